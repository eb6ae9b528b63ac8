// Property tests: the fast tolerant scanner (typed-array DFS over the folded stream) gives exactly the
// matches of the recursive reference walk, for random phrase sets, texts and tolerance options.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAlphabet } from './alphabet.ts';
import { DEFAULT_FILLERS } from './fillers.ts';
import { normalizePhrase } from './fold.ts';
import { referenceScanTolerant } from './reference-tolerant.ts';
import { tolerantOptions, tolerantScanner } from './scan-tolerant.ts';
import { buildTrie } from './trie.ts';

// Fillers (嗯, 那个, 就是), repeated characters, clause breaks (，。 space), glue (_ …) and a surrogate pair.
const unit = fc.constantFrom(
  '我',
  '不',
  '是',
  '说',
  '嗯',
  '那',
  '个',
  '就',
  '谢',
  '嘛',
  '吗',
  '，',
  '_',
  '…',
  ' ',
  '😀',
  'A',
  'a',
);
const phrase = fc.array(unit, { minLength: 1, maxLength: 5 }).map((u) => u.join(''));
const text = fc.array(unit, { maxLength: 50 }).map((u) => u.join(''));
const options = fc.record({
  maxFillers: fc.integer({ min: 0, max: 3 }),
  stutter: fc.boolean(),
  homophones: fc.boolean(),
  fillers: fc.constantFrom<readonly string[]>(DEFAULT_FILLERS, ['嗯', '就是', '就'], ['不是']),
});

describe('tolerant scanner equals the reference walk', () => {
  it('on random phrase sets, texts and options', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 10 }), text, options, (phrases, t, o) => {
        const canon = phrases.map(normalizePhrase).filter((p) => p.length > 0);
        const alphabet = buildAlphabet(canon, { fold: true, homophones: o.homophones });
        const trie = buildTrie(alphabet.seqs, alphabet.numClasses);
        const opts = tolerantOptions(
          o.maxFillers,
          o.fillers.map(normalizePhrase).filter((f) => f.length > 0),
          o.stutter,
        );
        const lens = Int32Array.from(alphabet.seqs, (q) => q.length);
        const fast = tolerantScanner(trie, alphabet.classOf, lens, opts);
        const want = referenceScanTolerant(trie, alphabet.classOf, t, opts);
        expect(fast(t)).toEqual(want);
        // Buffers are reused between calls: a second, different text must not see the first one's state.
        expect(fast(t + t)).toEqual(referenceScanTolerant(trie, alphabet.classOf, t + t, opts));
      }),
      { numRuns: 400 },
    );
  });
});
