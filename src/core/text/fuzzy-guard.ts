// Homophone and near-pinyin tolerance without firing inside other words. A class-folded match is kept when it is
// literal (every phrase character present in order, fillers and stutters allowed between them); otherwise only
// when the phrase has at least three characters, its FIRST character is literal (下一步知道 is not 不知道: 步 for 不
// would start the match inside the word 下一步) and at most one character in three was substituted (我不之道,
// 不关我的是, 你听我所). Two-character phrases (稍等, 亲, 滚蛋) only match literally: one substitution there is
// half the phrase, and ASR-written homophones of short words are ordinary words (请 for 亲).
import { NOISE, foldUnit, normalizePhrase } from './fold.ts';
import type { PhraseEntry, PhraseMatch } from './types.ts';

const GAP = /…|\.\.\./gu;

/** Units of `text.slice(from, to)` folded like phrases are, noise dropped. */
function spokenFolded(text: string, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const u = foldUnit(text.charCodeAt(i));
    if (u !== NOISE) out += String.fromCharCode(u);
  }
  return out;
}

/** How many characters of `p` are missing from `s` when matched greedily as a subsequence. */
function missing(p: string, s: string): number {
  let j = 0;
  let miss = 0;
  for (let i = 0; i < p.length; i++) {
    const k = s.indexOf(p[i]!, j);
    if (k < 0) miss++;
    else j = k + 1;
  }
  return miss;
}

export function acceptFuzzy(pattern: string, text: string, m: PhraseMatch): boolean {
  const s = spokenFolded(text, m.start, m.end);
  const miss = missing(pattern, s);
  if (miss === 0) return true;
  if (pattern.length < 3 || s[0] !== pattern[0]) return false;
  return miss <= Math.floor(pattern.length / 3);
}

export function guardFuzzy(
  entries: readonly (string | PhraseEntry)[],
  findAll: (text: string) => PhraseMatch[],
): (text: string) => PhraseMatch[] {
  const patterns = entries.map((e) =>
    normalizePhrase((typeof e === 'string' ? e : e.pattern).replace(GAP, '')),
  );
  return (text) => {
    const all = findAll(text);
    if (all.length === 0) return all;
    let out: PhraseMatch[] | undefined;
    for (let i = 0; i < all.length; i++) {
      const m = all[i]!;
      const ok = acceptFuzzy(patterns[m.phrase] ?? '', text, m);
      if (ok) out?.push(m);
      else out ??= all.slice(0, i);
    }
    return out ?? all;
  };
}
