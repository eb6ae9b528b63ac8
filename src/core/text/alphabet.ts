// The character-class map: every UTF-16 unit of the input maps to the class of the phrase character it can
// stand for (0 = in no phrase, SKIP = noise). Normalization (traditional/full-width/case/punctuation) and
// homophones are folded in here once per phrase list, so scanning never rewrites the text.
import { NOISE, foldTable16 } from './fold.ts';
import { homophoneGroup, nearPinyinGroup } from './homophones.ts';

/** Class of a unit that normalized matching skips (punctuation, whitespace, ASR pause `_`). */
export const SKIP = 0xffff;

export interface Alphabet {
  /** unit → class; 128 KB, one per compiled list. */
  classOf: Uint16Array;
  numClasses: number;
  /** Class sequences of the (already canonical) patterns. */
  seqs: Uint16Array[];
}

export interface AlphabetOptions {
  /** Fold units through the normalization table and skip noise (normalized and tolerant modes). */
  fold: boolean;
  homophones: boolean;
  /** With homophones: near-pinyin syllables (z/zh, in/ing…) share a class too. */
  nearPinyin?: boolean;
}

export function buildAlphabet(patterns: readonly string[], opts: AlphabetOptions): Alphabet {
  // Keys: a unit, or 0x10000 + homophone group.
  const keyOf = (unit: number): number => {
    if (!opts.homophones) return unit;
    const g = opts.nearPinyin === true ? nearPinyinGroup(unit) : homophoneGroup(unit);
    return g >= 0 ? 0x10000 + g : unit;
  };
  const freq = new Map<number, number>();
  for (const p of patterns)
    for (let i = 0; i < p.length; i++) {
      const k = keyOf(p.charCodeAt(i));
      freq.set(k, (freq.get(k) ?? 0) + 1);
    }
  // Frequent classes get small numbers: the double array packs tighter and hot rows stay close together.
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (byFreq.length >= SKIP) throw new Error('too many distinct characters in one phrase list');
  const classOfKey = new Map<number, number>();
  byFreq.forEach(([k], i) => classOfKey.set(k, i + 1));

  const classOf = new Uint16Array(0x10000);
  if (!opts.fold && !opts.homophones) {
    for (const [k, c] of classOfKey) classOf[k] = c;
  } else {
    const fold = foldTable16();
    for (let u = 0; u < 0x10000; u++) {
      const f = opts.fold ? (fold[u] ?? u) : u;
      if (f === NOISE) classOf[u] = SKIP;
      else classOf[u] = classOfKey.get(keyOf(f)) ?? 0;
    }
  }
  const seqs = patterns.map((p) => {
    const s = new Uint16Array(p.length);
    for (let i = 0; i < p.length; i++) s[i] = classOfKey.get(keyOf(p.charCodeAt(i))) ?? 0;
    return s;
  });
  return { classOf, numClasses: byFreq.length, seqs };
}
