// Homophone and near-pinyin tolerance without firing inside other words. A class-folded match is kept when it is
// literal (every phrase character present in order, fillers and stutters allowed between them); otherwise only
// when the phrase has at least three characters, its FIRST character is literal (下一步知道 is not 不知道: 步 for 不
// would start the match inside the word 下一步) and at most one character in three was substituted (我不之道,
// 不关我的是, 你听我所). Two-character phrases (稍等, 亲, 滚蛋) only match literally: one substitution there is
// half the phrase, and ASR-written homophones of short words are ordinary words (请 for 亲).
// About half the class-folded candidates fail, so the tolerant scanner checks one-segment entries itself, before
// building a match object (./scan-plain.ts, ./scan-tolerant.ts); guardFuzzy checks the rest once assembled.
import { NOISE, foldTable16, normalizePhrase } from './fold.ts';
import type { PhraseEntry, PhraseMatch } from './types.ts';

const GAP = /…|\.\.\./gu;

/**
 * Whether `m` is kept: how many units of `pattern` are missing from the span's folded, noise-free units when matched
 * greedily as a subsequence (each found at the first place after the previous one), and whether the span starts
 * with the pattern's first unit. Read off the text through the fold table, without building the folded span:
 * this runs for every match of every turn.
 */
export function acceptFuzzy(pattern: string, text: string, m: PhraseMatch): boolean {
  return acceptSpan(pattern, text, m.start, m.end);
}

/** {@link acceptFuzzy} for the span start..end, before a match object is built for it. */
export function acceptSpan(pattern: string, text: string, start: number, end: number): boolean {
  const fold = foldTable16();
  let miss = 0;
  let j = start;
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern.charCodeAt(i);
    let k = j;
    while (k < end) {
      const u = fold[text.charCodeAt(k)]!;
      if (u === p && u !== NOISE) break;
      k++;
    }
    if (k < end) j = k + 1;
    else miss++;
  }
  if (miss === 0) return true;
  if (pattern.length < 3) return false;
  let first = start;
  while (first < end && fold[text.charCodeAt(first)] === NOISE) first++;
  if (first >= end || fold[text.charCodeAt(first)] !== pattern.charCodeAt(0)) return false;
  const limit = Math.floor(pattern.length / 3);
  if (miss <= limit) return true;
  // The greedy walk over-counts when a phrase repeats a character: 有完没完 against 有玩没完 finds its first 完 at
  // the text's last 完 and then misses both 没 and 完. The longest common subsequence counts the one substitution.
  return pattern.length - commonSubsequence(pattern, text, first, end, fold) <= limit;
}

let row = new Int32Array(64);

/** Length of the longest common subsequence of `pattern` and the span's folded units, noise skipped. */
function commonSubsequence(
  pattern: string,
  text: string,
  start: number,
  end: number,
  fold: Uint16Array,
): number {
  const n = pattern.length;
  if (row.length < n + 1) row = new Int32Array(n + 1);
  row.fill(0, 0, n + 1);
  for (let k = start; k < end; k++) {
    const u = fold[text.charCodeAt(k)]!;
    if (u === NOISE) continue;
    // One row, updated left to right: `diagonal` keeps the previous row's value at i − 1 before it is overwritten.
    let diagonal = 0;
    for (let i = 1; i <= n; i++) {
      const above = row[i]!;
      row[i] = pattern.charCodeAt(i - 1) === u ? diagonal + 1 : Math.max(above, row[i - 1]!);
      diagonal = above;
    }
  }
  return row[n]!;
}

/** The pattern each entry's matches are checked against: the phrase as written, gaps removed, folded. */
export function guardPatterns(entries: readonly (string | PhraseEntry)[]): string[] {
  return entries.map((e) => normalizePhrase((typeof e === 'string' ? e : e.pattern).replace(GAP, '')));
}

/**
 * Drops the matches {@link acceptFuzzy} rejects. With `toCheck`, only entries where it is 1 are checked: the
 * tolerant scanner already checks one-segment entries, before it builds the match (gap entries are checked
 * here, on the assembled span).
 */
export function guardFuzzy(
  entries: readonly (string | PhraseEntry)[],
  findAll: (text: string) => PhraseMatch[],
  toCheck?: Uint8Array,
): (text: string) => PhraseMatch[] {
  const patterns = guardPatterns(entries);
  return (text) => {
    const all = findAll(text);
    if (all.length === 0) return all;
    let out: PhraseMatch[] | undefined;
    for (let i = 0; i < all.length; i++) {
      const m = all[i]!;
      const ok =
        (toCheck !== undefined && toCheck[m.phrase] === 0) || acceptFuzzy(patterns[m.phrase] ?? '', text, m);
      if (ok) out?.push(m);
      else out ??= all.slice(0, i);
    }
    return out ?? all;
  };
}
