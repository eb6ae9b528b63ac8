// Public entry of the text layer. Until the compiled automaton lands (issue 3) this serves
// exact mode from the reference implementation so that callers can be written against the contract.
import { referenceFindAll } from './reference.ts';
import type { MatchOptions, PhraseEntry, PhraseMatcher } from './types.ts';

export type { MatchMode, MatchOptions, PhraseEntry, PhraseMatch, PhraseMatcher } from './types.ts';

export function compilePhrases(
  entries: readonly (string | PhraseEntry)[],
  _options: MatchOptions = {},
): PhraseMatcher {
  const phrases = entries.map((e) => (typeof e === 'string' ? e : e.pattern));
  return { size: phrases.length, findAll: (text) => referenceFindAll(phrases, text) };
}
