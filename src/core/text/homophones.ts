// Homophone classes for ASR confusions (docs/product.md: "homophone classes via pinyin, e.g. sentence-final 吗/嘛/么").
// Characters with the same toneless pinyin share a class; the sentence-final particles ASR swaps freely
// (吗/嘛/么/麽) are joined explicitly because their dictionary readings differ (ma/me/mo).
import { PINYIN_GROUPS } from './pinyin-table.ts';

/** Particles transcribed interchangeably at the end of a question; seed 002 lists 嘛 among the filler particles. */
const PARTICLE_GROUPS: readonly string[] = ['吗嘛么麽'];

let groupTable: Int32Array | undefined;
let nearTable: Int32Array | undefined;

/**
 * Near-pinyin key of a toneless syllable: the confusions regional speech and ASR make most (flat/retroflex
 * z/zh c/ch s/sh, front/back nasals in/ing en/eng an/ang), so 所/说, 吹/催, 亲/清 share a class.
 */
export function nearSyllable(s: string): string {
  return s.replace(/^([zcs])h/u, '$1').replace(/(i|e|a|ua)ng$/u, '$1n');
}

function buildNearTable(): Int32Array {
  const table = new Int32Array(0x10000).fill(-1);
  const keys = new Map<string, number>();
  for (const g of PINYIN_GROUPS.split('|')) {
    const colon = g.indexOf(':');
    const key = nearSyllable(g.slice(0, colon));
    let index = keys.get(key);
    if (index === undefined) keys.set(key, (index = keys.size));
    for (let i = colon + 1; i < g.length; i++) table[g.charCodeAt(i)] = index;
  }
  PARTICLE_GROUPS.forEach((chars, k) => {
    for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = keys.size + k;
  });
  return table;
}

/** Near-pinyin group of a (folded) UTF-16 unit, or -1 when it has no pinyin. */
export function nearPinyinGroup(unit: number): number {
  nearTable ??= buildNearTable();
  return nearTable[unit] ?? -1;
}

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
