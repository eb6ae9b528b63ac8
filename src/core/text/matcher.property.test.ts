// Property tests: the compiled automaton gives exactly the reference's matches (exact mode), and normalized
// mode equals "rewrite the text with normalize(), match exactly, map spans back".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrases, normalize } from './index.ts';
import { referenceFindAll } from './reference.ts';
import type { PhraseMatch } from './types.ts';

// Few symbols so that overlaps and shared prefixes are frequent; 😀 is a surrogate pair and a lone
// high surrogate checks that matching is by UTF-16 unit like String#indexOf.
const unit = fc.constantFrom('a', 'b', 'A', '我', '不', '是', '說', '说', '，', ' ', '_', '😀', '\uD83D');
const phrase = fc.array(unit, { minLength: 0, maxLength: 5 }).map((u) => u.join(''));
const text = fc.array(unit, { maxLength: 60 }).map((u) => u.join(''));

function normalizedReference(phrases: readonly string[], t: string): PhraseMatch[] {
  const { text: folded, map } = normalize(t);
  return referenceFindAll(
    phrases.map((p) => normalize(p).text),
    folded,
  ).map((m) => ({ phrase: m.phrase, start: map[m.start]!, end: map[m.end - 1]! + 1 }));
}

describe('compilePhrases: exact mode equals the reference', () => {
  it('on random phrase sets and texts', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 12 }), text, (phrases, t) => {
        expect(compilePhrases(phrases).findAll(t)).toEqual(referenceFindAll(phrases, t));
      }),
      { numRuns: 400 },
    );
  });

  it('with duplicate phrases and phrases that are prefixes/suffixes of each other', () => {
    const phrases = ['不是', '我不是', '不是', '是', '我不', '我不是说', '😀', '😀😀'];
    const t = '我不是我不是说😀😀😀不是';
    expect(compilePhrases(phrases).findAll(t)).toEqual(referenceFindAll(phrases, t));
  });
});

describe('compilePhrases: normalized mode equals normalize-then-match', () => {
  it('on random phrase sets and texts', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 12 }), text, (phrases, t) => {
        expect(compilePhrases(phrases, { mode: 'normalized' }).findAll(t)).toEqual(
          normalizedReference(phrases, t),
        );
      }),
      { numRuns: 400 },
    );
  });
});

describe('compilePhrases: larger lists', () => {
  it('agrees with the reference on a few hundred phrases', () => {
    const rnd = fc.sample(fc.array(unit, { minLength: 1, maxLength: 4 }), { seed: 7, numRuns: 300 });
    const phrases = rnd.map((u) => u.join(''));
    const t = fc.sample(text, { seed: 8, numRuns: 20 }).join('');
    expect(compilePhrases(phrases).findAll(t)).toEqual(referenceFindAll(phrases, t));
  });
});
