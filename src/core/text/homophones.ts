// Homophone classes for ASR confusions (issue 3: "homophone classes via pinyin, e.g. sentence-final 吗/嘛/么").
// Characters with the same toneless pinyin share a class; the sentence-final particles ASR swaps freely
// (吗/嘛/么/麽) are joined explicitly because their dictionary readings differ (ma/me/mo).
import { PINYIN_GROUPS } from './pinyin-table.ts';

/** Particles transcribed interchangeably at the end of a question; seed 002 lists 嘛 among the filler particles. */
const PARTICLE_GROUPS: readonly string[] = ['吗嘛么麽'];

let groupTable: Int32Array | undefined;

function buildGroupTable(): Int32Array {
  const table = new Int32Array(0x10000).fill(-1);
  const groups = PINYIN_GROUPS.split('|');
  groups.forEach((g, index) => {
    const chars = g.slice(g.indexOf(':') + 1);
    for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = index;
  });
  PARTICLE_GROUPS.forEach((chars, k) => {
    const index = groups.length + k;
    for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = index;
  });
  return table;
}

/** Homophone group of a (folded) UTF-16 unit, or -1 when it has no pinyin. */
export function homophoneGroup(unit: number): number {
  groupTable ??= buildGroupTable();
  return groupTable[unit] ?? -1;
}
