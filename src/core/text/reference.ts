// Naive reference matcher for exact mode: the oracle the compiled automaton is checked against.
// Quadratic on purpose: obviously correct is the point.
import type { PhraseMatch } from './types.ts';

export function referenceFindAll(phrases: readonly string[], text: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  phrases.forEach((p, phrase) => {
    if (p.length === 0) return;
    for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) {
      out.push({ phrase, start: i, end: i + p.length });
    }
  });
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.phrase - b.phrase);
}
