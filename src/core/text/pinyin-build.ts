// Derives homophone groups (toneless pinyin of the primary reading) for the CJK Unified Ideographs block from
// pinyin-pro. Only the generator (./generate-tables.ts) and the sync test import this: at run time the text
// layer uses the generated ./pinyin-table.ts, so matching never loads pinyin-pro's dictionary.
import { pinyin } from 'pinyin-pro';

const FIRST = 0x4e00;
const LAST = 0x9fff;

/** Toneless syllable → characters reading it (primary reading only, so 了 stays with 乐/勒 and not with 料). */
export function buildPinyinGroups(): Map<string, string> {
  let all = '';
  for (let c = FIRST; c <= LAST; c++) all += String.fromCharCode(c);
  const readings = pinyin(all, { toneType: 'none', type: 'array' });
  const groups = new Map<string, string>();
  if (readings.length !== all.length) throw new Error('pinyin-pro returned an unexpected number of readings');
  for (let i = 0; i < all.length; i++) {
    const py = readings[i] ?? '';
    if (!/^[a-zü]+$/.test(py)) continue;
    groups.set(py, (groups.get(py) ?? '') + all[i]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
