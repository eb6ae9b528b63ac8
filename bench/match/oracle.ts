// Independent oracles for the benchmark's agreement column. The quadratic reference of src/core/text is
// too slow for 50k phrases × a megabyte of text, so this one hashes every substring of each phrase length:
// obviously correct, and shares no code with the automaton.
import { buildAlphabet } from '../../src/core/text/alphabet.ts';
import { compileEntries } from '../../src/core/text/entries.ts';
import {
  DEFAULT_FILLERS,
  DEFAULT_MAX_FILLERS,
  normalize,
  normalizePhrase,
} from '../../src/core/text/index.ts';
import { referenceScanTolerant } from '../../src/core/text/reference-tolerant.ts';
import { tolerantOptions } from '../../src/core/text/scan-tolerant.ts';
import { buildTrie } from '../../src/core/text/trie.ts';

export interface Span {
  start: number;
  end: number;
  phrase: string;
}

export function hashOracle(phrases: readonly string[]): (text: string) => Span[] {
  const set = new Set(phrases.filter((p) => p.length > 0));
  const lengths = [...new Set([...set].map((p) => p.length))].sort((a, b) => a - b);
  return (text) => {
    const out: Span[] = [];
    for (let i = 0; i < text.length; i++)
      for (const len of lengths) {
        if (i + len > text.length) break;
        const s = text.slice(i, i + len);
        if (set.has(s)) out.push({ start: i, end: i + len, phrase: s });
      }
    return out;
  };
}

/** Normalized mode by rewriting: normalize text and phrases, match exactly, map spans back. */
export function normalizedOracle(phrases: readonly string[]): (text: string) => Span[] {
  const byNorm = new Map<string, string>();
  for (const p of phrases) {
    const n = normalize(p).text;
    if (n.length > 0 && !byNorm.has(n)) byNorm.set(n, p);
  }
  const exact = hashOracle([...byNorm.keys()]);
  return (text) => {
    const { text: folded, map } = normalize(text);
    return exact(folded).map((m) => ({
      start: map[m.start]!,
      end: map[m.end - 1]! + 1,
      phrase: byNorm.get(m.phrase)!,
    }));
  };
}

/**
 * Tolerant mode (default options) by the recursive reference walk of src/core/text: it shares the trie with the
 * fast scanner but none of its scanning (folded stream, explicit stack, plain-path shortcut, claim hashing).
 */
export function tolerantOracle(phrases: readonly string[]): (text: string) => Span[] {
  const compiled = compileEntries(phrases, 'tolerant', 10);
  const alphabet = buildAlphabet(compiled.patterns, { fold: true, homophones: false });
  const trie = buildTrie(alphabet.seqs, alphabet.numClasses);
  const opts = tolerantOptions(
    DEFAULT_MAX_FILLERS,
    DEFAULT_FILLERS.map(normalizePhrase).filter((f) => f.length > 0),
    true,
  );
  return (text) =>
    referenceScanTolerant(trie, alphabet.classOf, text, opts).map((m) => ({
      start: m.start,
      end: m.end,
      phrase: phrases[compiled.entryOf[m.phrase]!]!,
    }));
}

export const spanKey = (spans: readonly Span[]): string =>
  spans
    .map((s) => `${s.start}:${s.end}:${s.phrase}`)
    .sort()
    .join('|');

export const wordKey = (words: readonly string[]): string => [...new Set(words)].sort().join('|');
