// Property test: with homophones, the tolerant scanner checks one-segment entries' candidates itself (before it
// builds them) and the guard checks only gap entries afterwards. The result must be exactly the plain
// composition: every candidate of the reference walk, assembled, then every match through the guard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAlphabet } from './alphabet.ts';
import { assemble } from './assemble.ts';
import { compileEntries } from './entries.ts';
import { DEFAULT_FILLERS } from './fillers.ts';
import { normalizePhrase } from './fold.ts';
import { guardFuzzy } from './fuzzy-guard.ts';
import { compilePhrases } from './index.ts';
import { referenceScanTolerant } from './reference-tolerant.ts';
import { tolerantOptions } from './scan-tolerant.ts';
import { buildTrie } from './trie.ts';
import type { PhraseEntry } from './types.ts';

// Homophones and near-pinyin of each other (不/步/部, 知/之/只/资, 道/到, 是/事/时/四), fillers, repeats, breaks.
const unit = fc.constantFrom(
  '不',
  '步',
  '部',
  '知',
  '之',
  '只',
  '资',
  '道',
  '到',
  '是',
  '事',
  '四',
  '我',
  '嗯',
  '那',
  '个',
  '，',
  '_',
);
const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((u) => u.join(''));
const entry: fc.Arbitrary<string | PhraseEntry> = fc.oneof(
  word,
  fc.record({
    pattern: fc.tuple(word, word).map(([a, b]) => `${a}…${b}`),
    maxGap: fc.integer({ min: 0, max: 6 }),
  }),
  fc.record({ pattern: word, notFollowedBy: fc.array(word, { maxLength: 1 }) }),
);
const text = fc.array(unit, { maxLength: 40 }).map((u) => u.join(''));

describe('homophone guard inside the tolerant scanner', () => {
  it('equals assembling every candidate and guarding afterwards', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 8 }),
        text,
        fc.boolean(),
        fc.integer({ min: 0, max: 2 }),
        (entries, t, nearPinyin, maxFillers) => {
          const options = { mode: 'tolerant', homophones: true, nearPinyin, maxFillers } as const;
          const compiled = compileEntries(entries, 'tolerant', 10);
          const alphabet = buildAlphabet(compiled.patterns, { fold: true, homophones: true, nearPinyin });
          const trie = buildTrie(alphabet.seqs, alphabet.numClasses);
          const opts = tolerantOptions(maxFillers, DEFAULT_FILLERS.map(normalizePhrase), true);
          const plain = guardFuzzy(entries, (x) =>
            assemble(compiled, referenceScanTolerant(trie, alphabet.classOf, x, opts), x, true),
          );
          const matcher = compilePhrases(entries, options);
          expect(matcher.findAll(t)).toEqual(plain(t));
          expect(matcher.findAll(t + t)).toEqual(plain(t + t));
        },
      ),
      { numRuns: 200 },
    );
  });
});
