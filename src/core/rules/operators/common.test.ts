// The table-driven spoken-text helpers equal their regular-expression definitions, including astral symbols
// (emoji are \p{S}: not spoken), CJK extension characters (spoken) and lone surrogates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSpoken, spokenEquals, spokenHash, spokenLength } from './common.ts';
import { sentences } from './repetition.ts';

const unit = fc.constantFrom(
  '您',
  '好',
  '，',
  '。',
  ' ',
  '_',
  '~',
  '😀',
  '𠀀',
  '\uD83D',
  '\uDE00',
  'a',
  '1',
  '¥',
  '\n',
  '？',
);
const text = fc.array(unit, { maxLength: 40 }).map((u) => u.join(''));
const byRegex = (t: string): string => t.replace(/[\s\p{P}\p{S}_]+/gu, '');

describe('spoken text', () => {
  it('foldSpoken and spokenLength equal the regex definition', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(foldSpoken(t)).toBe(byRegex(t));
        expect(spokenLength(t)).toBe(byRegex(t).length);
        const mid = t.length >> 1;
        const from = Math.min(1, mid);
        expect(spokenLength(t, from, mid)).toBe(byRegex(t.slice(from, mid)).length);
      }),
      { numRuns: 500 },
    );
  });

  it('spokenEquals and spokenHash agree with comparing foldSpoken of the slices', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const same = byRegex(a) === byRegex(b);
        expect(spokenEquals(a, 0, a.length, b, 0, b.length)).toBe(same);
        if (same) expect(spokenHash(a, 0, a.length)).toBe(spokenHash(b, 0, b.length));
        const cut = a.length >> 1;
        expect(spokenEquals(a, 0, cut, a.slice(0, cut), 0, cut)).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(spokenEquals('请您，重启', 0, 5, '请您重启。', 0, 5)).toBe(true);
    expect(spokenEquals('请您重启', 0, 4, '请您重启吧', 0, 5)).toBe(false);
  });

  it('drops emoji and keeps extension-B characters', () => {
    expect(foldSpoken('好的😀，𠀀_了 ')).toBe('好的𠀀了');
    expect(spokenLength('好的😀，𠀀_了 ')).toBe(5);
  });

  it('splits clauses at commas and sentence ends and trims non-spoken units', () => {
    const t = ' 您好，_请稍等。好的！';
    expect(sentences(t).map((s) => t.slice(s.start, s.end))).toEqual(['您好', '请稍等', '好的']);
  });
});
