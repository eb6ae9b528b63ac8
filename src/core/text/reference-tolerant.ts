// Reference for tolerant mode: the plain recursive walk the fast scanner (./scan-tolerant.ts) must equal,
// checked by property tests. Obviously correct over fast: Sets, closures and recursion are fine here.
import { SKIP } from './alphabet.ts';
import { NOISE, foldTable16 } from './fold.ts';
import { MAX_STUTTER_SKIPS } from './fillers.ts';
import { stutterBreakTable } from './tolerant-options.ts';
import type { TolerantOptions } from './tolerant-options.ts';
import type { Trie } from './trie.ts';
import type { PhraseMatch } from './types.ts';

export function referenceScanTolerant(
  trie: Trie,
  classOf: Uint16Array,
  text: string,
  opts: TolerantOptions,
): PhraseMatch[] {
  const { base, check, outFirst, outCount, outIds } = trie;
  const fold = foldTable16();
  const breaks = stutterBreakTable();
  const n = text.length;
  const out: PhraseMatch[] = [];
  // A phrase is reported once per start and once per end: 我我不是 is one hit [0,4), not also [1,4).
  const seenEnd = new Set<number>();
  const seenStart = new Set<number>();
  const stride = n + 1;
  let perStart: PhraseMatch[] = [];

  const unitAt = (j: number): number => fold[text.charCodeAt(j)] ?? NOISE;
  const skipNoise = (j: number): number => {
    while (j < n && classOf[text.charCodeAt(j)] === SKIP) j++;
    return j;
  };
  /** A stutter repeat at j must follow the previous unit with no clause break (，。 …) in between. */
  const glued = (j: number): boolean => {
    for (let i = j - 1; i >= 0 && classOf[text.charCodeAt(i)] === SKIP; i--)
      if (breaks[text.charCodeAt(i)] === 1) return false;
    return true;
  };
  const matchToken = (j: number, token: string): number => {
    for (let k = 0; k < token.length; k++) {
      j = skipNoise(j);
      if (j >= n || unitAt(j) !== token.charCodeAt(k)) return -1;
      j++;
    }
    return j;
  };

  const walk = (
    s: number,
    j: number,
    start: number,
    last: number,
    prev: number,
    fillers: number,
    stutters: number,
  ): void => {
    const count = outCount[s]!;
    if (count > 0) {
      const end = last + 1;
      for (let k = outFirst[s]!; k < outFirst[s]! + count; k++) {
        const phrase = outIds[k]!;
        const ks = phrase * stride + start;
        const ke = phrase * stride + end;
        if (seenStart.has(ks) || seenEnd.has(ke)) continue;
        seenStart.add(ks);
        seenEnd.add(ke);
        perStart.push({ phrase, start, end });
      }
    }
    j = skipNoise(j);
    if (j >= n) return;
    const c = classOf[text.charCodeAt(j)]!;
    if (c !== 0) {
      const t = base[s]! + c;
      if (check[t] === s) walk(t, j + 1, start, j, last, fillers, stutters);
    }
    if (opts.stutter && stutters < MAX_STUTTER_SKIPS && glued(j)) {
      const u = unitAt(j);
      if (u === unitAt(last)) walk(s, j + 1, start, last, prev, fillers, stutters + 1);
      else if (prev >= 0 && u === unitAt(prev)) {
        const j2 = skipNoise(j + 1);
        if (j2 < n && glued(j2) && unitAt(j2) === unitAt(last))
          walk(s, j2 + 1, start, last, prev, fillers, stutters + 2);
      }
    }
    if (fillers > 0 && opts.fillerFirst[unitAt(j)] === 1) {
      for (const token of opts.fillers) {
        const after = matchToken(j, token);
        if (after > 0) walk(s, after, start, last, prev, fillers - 1, stutters);
      }
    }
  };

  for (let i = 0; i < n; i++) {
    const c = classOf[text.charCodeAt(i)]!;
    if (c === 0 || c === SKIP) continue;
    const t = base[0]! + c;
    if (check[t] !== 0) continue;
    perStart = [];
    walk(t, i + 1, i, i, -1, opts.maxFillers, 0);
    if (perStart.length > 1) perStart.sort((a, b) => a.end - b.end || a.phrase - b.phrase);
    for (const m of perStart) out.push(m);
  }
  return out;
}
