// The matchers the benchmark races, each wrapped to (a) count matches fast and (b) report comparable output
// for the agreement check: spans for matchers that give positions, distinct words for those that do not.
import { AhoCorasick } from '@monyone/aho-corasick';
import { AhoCorasick as AhoCorasickFast } from '@monyone/aho-corasick/fast';
import { Mint } from 'mint-filter';
import { SensitiveWordTool } from 'sensitive-word-tool';
import { compilePhrases } from '../../src/core/text/index.ts';
import type { MatchMode } from '../../src/core/text/index.ts';
import type { Span } from './oracle.ts';

export type Output = { kind: 'spans'; spans: Span[] } | { kind: 'words'; words: string[] } | { kind: 'none' };

export interface Runner {
  /** Matches in one text (the timed call). */
  count(text: string): number;
  output(text: string): Output;
}

export interface Contestant {
  name: string;
  /** exact / normalized / tolerant, or `floor` for the bare loop. */
  mode: MatchMode | 'floor';
  build(phrases: readonly string[]): Runner;
}

function zhijian(mode: MatchMode): Contestant {
  return {
    name: `zhijian ${mode}`,
    mode,
    build(phrases) {
      const m = compilePhrases(phrases, { mode });
      return {
        count: (t) => m.findAll(t).length,
        output: (t) => ({
          kind: 'spans',
          spans: m.findAll(t).map((x) => ({ start: x.start, end: x.end, phrase: phrases[x.phrase]! })),
        }),
      };
    },
  };
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const CONTESTANTS: Contestant[] = [
  zhijian('exact'),
  zhijian('normalized'),
  zhijian('tolerant'),
  {
    name: '@monyone/aho-corasick/fast',
    mode: 'exact',
    build(phrases) {
      const ac = new AhoCorasickFast([...phrases]);
      return {
        count: (t) => ac.matchInText(t).length,
        output: (t) => ({
          kind: 'spans',
          spans: ac.matchInText(t).map((m) => ({ start: m.begin, end: m.end, phrase: m.keyword })),
        }),
      };
    },
  },
  {
    name: '@monyone/aho-corasick',
    mode: 'exact',
    build(phrases) {
      const ac = new AhoCorasick([...phrases]);
      return {
        count: (t) => ac.matchInText(t).length,
        output: (t) => ({
          kind: 'spans',
          spans: ac.matchInText(t).map((m) => ({ start: m.begin, end: m.end, phrase: m.keyword })),
        }),
      };
    },
  },
  {
    name: 'mint-filter',
    mode: 'exact',
    build(phrases) {
      const mint = new Mint([...phrases]);
      return {
        count: (t) => mint.filter(t, { replace: false }).words.length,
        output: (t) => ({ kind: 'words', words: mint.filter(t, { replace: false }).words }),
      };
    },
  },
  {
    name: 'sensitive-word-tool',
    mode: 'exact',
    build(phrases) {
      // No noise words: the library would otherwise strip punctuation, which is not exact matching.
      const tool = new SensitiveWordTool({ wordList: [...phrases], noiseWords: '' });
      return { count: (t) => tool.match(t).length, output: (t) => ({ kind: 'words', words: tool.match(t) }) };
    },
  },
  {
    name: 'RegExp (joined)',
    mode: 'exact',
    build(phrases) {
      // Longest first so alternation prefers longer phrases; still one non-overlapping match per position.
      const re = new RegExp(
        [...phrases]
          .sort((a, b) => b.length - a.length)
          .map(escapeRe)
          .join('|'),
        'g',
      );
      const spans = (t: string): Span[] =>
        [...t.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, phrase: m[0] }));
      return { count: (t) => spans(t).length, output: (t) => ({ kind: 'spans', spans: spans(t) }) };
    },
  },
  {
    name: 'charCodeAt loop (floor)',
    mode: 'floor',
    build() {
      let sink = 0;
      return {
        count: (t) => {
          for (let i = 0; i < t.length; i++) sink = (sink + t.charCodeAt(i)) | 0;
          return sink & 0;
        },
        output: () => ({ kind: 'none' }),
      };
    },
  },
];
