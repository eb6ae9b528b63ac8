// Phrase entries → the internal patterns the automaton matches: a `…` gap splits an entry into segments,
// each segment is one pattern; context exclusions are kept per entry, canonical for the mode.
import { normalizePhrase } from './fold.ts';
import type { MatchMode, PhraseEntry } from './types.ts';

/** `…`, `⋯` or three or more ASCII dots inside a pattern mark a gap. */
const GAP_RE = /…+|⋯+|\.{3,}/;
const GAP_CHARS = /[…⋯]|\.\.\./;

export interface CompiledEntry {
  /** Internal pattern ids of the segments, in order; empty when nothing matchable is left. */
  segments: number[];
  notFollowedBy: string[];
  notPrecededBy: string[];
  maxGap: number;
}

export interface CompiledEntries {
  entries: CompiledEntry[];
  /** Canonical text of each internal pattern. */
  patterns: string[];
  /** Internal pattern id → entry index. */
  entryOf: number[];
  /** True when every entry is one non-empty segment without exclusions: matches need no assembly. */
  direct: boolean;
}

export function compileEntries(
  raw: readonly (string | PhraseEntry)[],
  mode: MatchMode,
  defaultMaxGap: number,
): CompiledEntries {
  const canon = mode === 'exact' ? (s: string): string => s : normalizePhrase;
  const patterns: string[] = [];
  const entryOf: number[] = [];
  let direct = true;
  const entries = raw.map((e, index): CompiledEntry => {
    const entry: PhraseEntry = typeof e === 'string' ? { pattern: e } : e;
    const pieces = GAP_CHARS.test(entry.pattern) ? entry.pattern.split(GAP_RE) : [entry.pattern];
    const parts = pieces.map(canon).filter((p) => p.length > 0);
    const segments = parts.map((p) => {
      patterns.push(p);
      entryOf.push(index);
      return patterns.length - 1;
    });
    const notFollowedBy = (entry.notFollowedBy ?? []).map(canon).filter((p) => p.length > 0);
    const notPrecededBy = (entry.notPrecededBy ?? []).map(canon).filter((p) => p.length > 0);
    if (segments.length !== 1 || notFollowedBy.length > 0 || notPrecededBy.length > 0) direct = false;
    return { segments, notFollowedBy, notPrecededBy, maxGap: entry.maxGap ?? defaultMaxGap };
  });
  return { entries, patterns, entryOf, direct };
}
