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

describe('lists too large for a resolved transition table', () => {
  // ./scan-plain.ts resolves failure links into a table only while it stays small; past that it walks the
  // failure links. Thousands of phrases over a thousand characters take that path.
  const pool = Array.from({ length: 1200 }, (_, i) => String.fromCharCode(0x4e00 + i * 7));
  let seed = 7;
  const rand = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const phrases = Array.from({ length: 3000 }, () =>
    Array.from({ length: 2 + rand(3) }, () => pool[rand(pool.length)]!).join(''),
  );
  const alphabet = buildAlphabet(phrases, { fold: true, homophones: false });
  const trie = buildTrie(alphabet.seqs, alphabet.numClasses);
  const lens = Int32Array.from(alphabet.seqs, (q) => q.length);
  const opts = tolerantOptions(2, DEFAULT_FILLERS.map(normalizePhrase), true);
  const fast = tolerantScanner(trie, alphabet.classOf, lens, opts);
  it('match the reference walk', () => {
    expect(trie.check.length * (alphabet.numClasses + 1)).toBeGreaterThan(1 << 19);
    // Texts made of phrase pieces, pool characters, fillers and punctuation, so matches and skips are dense.
    const piece = fc.oneof(
      fc.constantFrom(...phrases.slice(0, 200)),
      fc.constantFrom(...pool.slice(0, 50)),
      fc.constantFrom('嗯', '那个', '，', '_'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (ps) => {
        const t = ps.join('');
        expect(fast(t)).toEqual(referenceScanTolerant(trie, alphabet.classOf, t, opts));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the plain path gives up exactly when a skip can lead somewhere', () => {
  // A skip after a live partial match matters only if the walk can take a transition within the skip budget
  // (./scan-plain.ts): fillers at their longest and stutter repeats right up to that reach.
  const cases: [string[], string, number, boolean][] = [
    [['个嗯', '我'], '个就是嗯', 1, false],
    [['个嗯', '我'], '个就是说就是说嗯', 2, false],
    [['谢谢您', '谢'], '谢谢谢谢谢谢您', 0, true],
    [['谢谢', '好'], '谢谢谢谢好好的', 2, true],
    [['不是我', '是'], '不是是，我不是嗯嗯我', 2, true],
    [['我不是', '不'], '我我我我我不不是', 0, true],
    // Two-unit stutters (我不我不是), across a pause mark but not across a clause break.
    [['我不是'], '我不我不是', 0, true],
    [['我不是'], '他我不我_不是了', 0, true],
    [['我不是'], '我不，我不是', 0, true],
    [['我不是'], '我不我，不是', 0, true],
    // The whole stutter budget: three one-unit repeats, then a two-unit one (不 不 不, 我不), then 是.
    [['我不是'], '我不不不不我不是', 0, true],
    [['我不是'], '我不不不不我不嗯是', 1, true],
  ];
  it.each(cases)('%j in %s', (phrases, t, maxFillers, stutter) => {
    const canon = phrases.map(normalizePhrase);
    const alphabet = buildAlphabet(canon, { fold: true, homophones: false });
    const trie = buildTrie(alphabet.seqs, alphabet.numClasses);
    const opts = tolerantOptions(maxFillers, DEFAULT_FILLERS.map(normalizePhrase), stutter);
    const lens = Int32Array.from(alphabet.seqs, (q) => q.length);
    const fast = tolerantScanner(trie, alphabet.classOf, lens, opts);
    expect(fast(t)).toEqual(referenceScanTolerant(trie, alphabet.classOf, t, opts));
  });
});
