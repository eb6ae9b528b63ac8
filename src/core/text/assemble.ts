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

export function assemble(
  compiled: CompiledEntries,
  raw: PhraseMatch[],
  text: string,
  folded: boolean,
): PhraseMatch[] {
  const fold = folded ? foldTable16() : null;
  const out: PhraseMatch[] = [];
  const gapped = new Map<number, PhraseMatch[][]>();
  for (const m of raw) {
    const phrase = compiled.entryOf[m.phrase]!;
    const entry = compiled.entries[phrase]!;
    if (entry.segments.length === 1) {
      out.push({ phrase, start: m.start, end: m.end });
      continue;
    }
    let bySeg = gapped.get(phrase);
    if (!bySeg) gapped.set(phrase, (bySeg = entry.segments.map(() => [])));
    bySeg[entry.segments.indexOf(m.phrase)]!.push(m);
  }
  for (const [phrase, bySeg] of gapped) {
    const entry = compiled.entries[phrase]!;
    for (const first of bySeg[0] ?? []) {
      const end = chain(bySeg, 1, first.end, entry.maxGap);
      if (end >= 0) out.push({ phrase, start: first.start, end });
    }
  }
  const kept = out.filter((m) => {
    const e = compiled.entries[m.phrase]!;
    return (
      !e.notFollowedBy.some((w) => followedBy(text, m.end, w, fold)) &&
      !e.notPrecededBy.some((w) => precededBy(text, m.start, w, fold))
    );
  });
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.phrase - b.phrase);
}
