// Turns segment matches into entry matches: chains `…` gap segments within their maximum gap and drops
// matches excluded by their context (`notFollowedBy`/`notPrecededBy`, e.g. 不知道 + 您 is a question, not a refusal).
import { NOISE, foldTable16 } from './fold.ts';
import type { CompiledEntries } from './entries.ts';
import type { PhraseMatch } from './types.ts';

/** Whether the text right after `end` (or right before `start`) reads as `word`, skipping noise when folding. */
function followedBy(text: string, end: number, word: string, fold: Uint16Array | null): boolean {
  let j = end;
  for (let k = 0; k < word.length; k++) {
    if (fold) while (j < text.length && fold[text.charCodeAt(j)] === NOISE) j++;
    if (j >= text.length) return false;
    const u = text.charCodeAt(j);
    if ((fold ? fold[u] : u) !== word.charCodeAt(k)) return false;
    j++;
  }
  return true;
}

function precededBy(text: string, start: number, word: string, fold: Uint16Array | null): boolean {
  let j = start - 1;
  for (let k = word.length - 1; k >= 0; k--) {
    if (fold) while (j >= 0 && fold[text.charCodeAt(j)] === NOISE) j--;
    if (j < 0) return false;
    const u = text.charCodeAt(j);
    if ((fold ? fold[u] : u) !== word.charCodeAt(k)) return false;
    j--;
  }
  return true;
}

/** Earliest chain of the remaining segments after `from`, each starting within `gap` units; returns its end or -1. */
function chain(bySeg: PhraseMatch[][], k: number, from: number, gap: number): number {
  const list = bySeg[k];
  if (!list) return from;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i]!.start - from <= gap; i++) {
    const end = chain(bySeg, k + 1, list[i]!.end, gap);
    if (end >= 0) return end;
  }
  return -1;
}

/** Whether `ms` is already in the final order (start, end, phrase): then sorting would not move anything. */
function ordered(ms: readonly PhraseMatch[]): boolean {
  for (let i = 1; i < ms.length; i++) {
    const a = ms[i - 1]!;
    const b = ms[i]!;
    if (
      a.start > b.start ||
      (a.start === b.start && (a.end > b.end || (a.end === b.end && a.phrase > b.phrase)))
    )
      return false;
  }
  return true;
}

/**
 * `raw` is the scanner's fresh result for this call and nobody else's: it is rewritten in place (pattern ids become
 * entry ids, excluded matches are dropped) instead of copied. Every turn of every conversation passes here, so
 * the usual case (single-segment entries, no context word, scanner order kept) allocates nothing.
 */
export function assemble(
  compiled: CompiledEntries,
  raw: PhraseMatch[],
  text: string,
  folded: boolean,
): PhraseMatch[] {
  const fold = folded ? foldTable16() : null;
  const { entryOf, entries } = compiled;
  let gapped: Map<number, PhraseMatch[][]> | undefined;
  let w = 0;
  for (let r = 0; r < raw.length; r++) {
    const m = raw[r]!;
    const phrase = entryOf[m.phrase]!;
    const entry = entries[phrase]!;
    if (entry.segments.length === 1) {
      (m as { phrase: number }).phrase = phrase;
      raw[w++] = m;
      continue;
    }
    const seg = entry.segments.indexOf(m.phrase);
    let bySeg = gapped?.get(phrase);
    if (bySeg === undefined) {
      // A later segment met before any match of the entry's first one can join no chain: `raw` is in start order
      // and a chain's later segments start after its first one ends. Most turns hold only such stray segments
      // (the 看 of 自己去…看), so they are dropped here without building the per-entry lists.
      if (seg !== 0) continue;
      gapped ??= new Map();
      gapped.set(phrase, (bySeg = entry.segments.map(() => [])));
    }
    bySeg[seg]!.push(m);
  }
  // Assigning `length` is a slow path even when it changes nothing (most calls drop nothing).
  if (w !== raw.length) raw.length = w;
  const out = raw;
  if (gapped !== undefined)
    for (const [phrase, bySeg] of gapped) {
      const entry = entries[phrase]!;
      for (const first of bySeg[0] ?? []) {
        const end = chain(bySeg, 1, first.end, entry.maxGap);
        if (end >= 0) out.push({ phrase, start: first.start, end });
      }
    }
  w = 0;
  for (let r = 0; r < out.length; r++) {
    const m = out[r]!;
    const e = entries[m.phrase]!;
    let excluded = false;
    for (let k = 0; k < e.notFollowedBy.length && !excluded; k++)
      excluded = followedBy(text, m.end, e.notFollowedBy[k]!, fold);
    for (let k = 0; k < e.notPrecededBy.length && !excluded; k++)
      excluded = precededBy(text, m.start, e.notPrecededBy[k]!, fold);
    if (!excluded) out[w++] = m;
  }
  if (w !== out.length) out.length = w;
  // Sorting is stable, so an already ordered list (no gap chains: the scanners' order, and entry ids grow with
  // pattern ids) comes out as it is: skip it.
  return ordered(out) ? out : out.sort((a, b) => a.start - b.start || a.end - b.end || a.phrase - b.phrase);
}
