// Public entry of the text layer: normalization with an offset map and a compiled, variant-tolerant
// multi-phrase matcher. Exact and normalized modes run an Aho–Corasick automaton over character classes;
// tolerant mode walks the same trie from every start, allowing fillers, stutters and noise inside a phrase.
import { buildAlphabet } from './alphabet.ts';
import { assemble } from './assemble.ts';
import { compileEntries } from './entries.ts';
import { DEFAULT_FILLERS, DEFAULT_MAX_FILLERS } from './fillers.ts';
import { normalizePhrase } from './fold.ts';
import { exactScanner, normalizedScanner } from './scan-automaton.ts';
import { tolerantOptions, tolerantScanner } from './scan-tolerant.ts';
import { guardFuzzy, guardPatterns } from './fuzzy-guard.ts';
import { buildTrie } from './trie.ts';
import type { MatchMode, MatchOptions, PhraseEntry, PhraseMatch, PhraseMatcher } from './types.ts';

export type {
  MatchMode,
  MatchOptions,
  NormalizedText,
  PhraseEntry,
  PhraseMatch,
  PhraseMatcher,
} from './types.ts';
export { normalize, normalizePhrase, foldUnit, NOISE } from './fold.ts';
export { DEFAULT_FILLERS, DEFAULT_MAX_FILLERS } from './fillers.ts';
export { matchOptionsSchema, phraseEntrySchema, phraseListSchema, MATCH_MODES } from './schema.ts';

/** Default largest `…` gap, in UTF-16 units of the original text. */
export const DEFAULT_MAX_GAP = 10;

export function compilePhrases(
  entries: readonly (string | PhraseEntry)[],
  options: MatchOptions = {},
): PhraseMatcher {
  const mode: MatchMode = options.mode ?? 'exact';
  const compiled = compileEntries(entries, mode, options.maxGap ?? DEFAULT_MAX_GAP);
  const folded = mode !== 'exact';
  const homophones = folded && options.homophones === true;
  const alphabet = buildAlphabet(compiled.patterns, {
    fold: folded,
    homophones,
    nearPinyin: options.nearPinyin === true,
  });
  const trie = buildTrie(alphabet.seqs, alphabet.numClasses);
  const lens = Int32Array.from(alphabet.seqs, (s) => s.length);
  const { classOf } = alphabet;

  // Homophone matches are checked against the entry as written (./fuzzy-guard.ts). The tolerant scanner checks
  // one-segment entries itself, so the many rejected candidates are never built; gap entries are checked once
  // assembled.
  let guardInScan: (string | null)[] | undefined;
  let toCheck: Uint8Array | undefined;
  if (homophones && mode === 'tolerant') {
    const patterns = guardPatterns(entries);
    guardInScan = compiled.patterns.map((_, p) => {
      const entry = compiled.entryOf[p]!;
      return compiled.entries[entry]!.segments.length === 1 ? patterns[entry]! : null;
    });
    toCheck = Uint8Array.from(compiled.entries, (e) => (e.segments.length > 1 ? 1 : 0));
  }

  let scan: (text: string) => PhraseMatch[];
  switch (mode) {
    case 'exact':
      scan = exactScanner(trie, classOf, lens);
      break;
    case 'normalized':
      scan = normalizedScanner(trie, classOf, lens);
      break;
    case 'tolerant': {
      const tolerant = tolerantOptions(
        options.maxFillers ?? DEFAULT_MAX_FILLERS,
        (options.fillers ?? DEFAULT_FILLERS).map(normalizePhrase).filter((f) => f.length > 0),
        options.stutter ?? true,
      );
      scan = tolerantScanner(trie, classOf, lens, tolerant, guardInScan);
      break;
    }
  }
  const assembled = compiled.direct ? scan : (text: string) => assemble(compiled, scan(text), text, folded);
  const findAll =
    !homophones || (toCheck !== undefined && !toCheck.includes(1))
      ? assembled
      : guardFuzzy(entries, assembled, toCheck);
  return { size: entries.length, mode, findAll, test: (text) => findAll(text).length > 0 };
}
