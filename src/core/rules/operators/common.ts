// Option schemas shared by several operators: phrase lists and text-layer match options.
import { z } from 'zod';

export const matchSchema = z
  .object({
    mode: z.enum(['exact', 'normalized', 'tolerant']).optional(),
    maxFillers: z.number().int().min(0).max(5).optional(),
    stutter: z.boolean().optional(),
    homophones: z.boolean().optional(),
    nearPinyin: z.boolean().optional(),
    maxGap: z.number().int().min(0).max(50).optional(),
  })
  .strict()
  .describe('Text-layer match options (overrides the pack-level `match`).');
export type MatchSpec = z.infer<typeof matchSchema>;

export const phraseEntrySchema = z.union([
  z.string().min(1),
  z
    .object({
      pattern: z.string().min(1),
      notFollowedBy: z.array(z.string().min(1)).optional(),
      notPrecededBy: z.array(z.string().min(1)).optional(),
      maxGap: z.number().int().min(0).max(50).optional(),
      /** Professional phrasing to propose instead (seed 000 习惯用语 → 专业表达). */
      suggestion: z.string().min(1).optional(),
    })
    .strict(),
]);
export type PhraseSpec = z.infer<typeof phraseEntrySchema>;

export const phraseListSchema = z.array(phraseEntrySchema).min(1);

export const msSchema = z.number().int().nonnegative().describe('milliseconds');

/** Non-spoken characters: punctuation, symbols, spaces and the ASR pause mark `_`. */
export const NON_SPOKEN = /[\s\p{P}\p{S}_]/u;

let nonSpokenTable: Uint8Array | undefined;

/**
 * `table[unit]` is 1 when the UTF-16 unit alone is {@link NON_SPOKEN}. Built once (the check hot path folds every
 * turn: a per-unit table lookup instead of a Unicode-property regex and no allocation when nothing is dropped).
 */
export function nonSpokenUnits(): Uint8Array {
  if (nonSpokenTable === undefined) {
    nonSpokenTable = new Uint8Array(0x10000);
    for (let u = 0; u < 0x10000; u++) if (NON_SPOKEN.test(String.fromCharCode(u))) nonSpokenTable[u] = 1;
  }
  return nonSpokenTable;
}

/** Length of the non-spoken code point at `i` (0 when it is spoken), reading no further than `limit`; astral
 * symbols (emoji) are two units. */
function nonSpokenAt(text: string, i: number, limit: number, table: Uint8Array): number {
  const u = text.charCodeAt(i);
  if (table[u] === 1) return 1;
  if (u >= 0xd800 && u <= 0xdbff && i + 1 < limit) {
    const v = text.charCodeAt(i + 1);
    if (v >= 0xdc00 && v <= 0xdfff && NON_SPOKEN.test(text.slice(i, i + 2))) return 2;
  }
  return 0;
}

/** The text without punctuation, symbols, spaces and `_` (what was actually spoken). */
export function foldSpoken(text: string): string {
  const table = nonSpokenUnits();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length;) {
    const skip = nonSpokenAt(text, i, text.length, table);
    if (skip === 0) {
      i++;
      continue;
    }
    if (i > from) out += text.slice(from, i);
    i += skip;
    from = i;
  }
  return from === 0 ? text : from < text.length ? out + text.slice(from) : out;
}

/** Spoken characters of `text` (or of `text.slice(from, to)`, without slicing). */
export function spokenLength(text: string, from = 0, to = text.length): number {
  const table = nonSpokenUnits();
  let n = to - from;
  for (let i = from; i < to;) {
    const skip = nonSpokenAt(text, i, to, table);
    n -= skip;
    i += skip === 0 ? 1 : skip;
  }
  return n;
}

/** A hash of the spoken characters of `text.slice(from, to)` (equal for equal {@link foldSpoken} results). */
export function spokenHash(text: string, from: number, to: number): number {
  return spokenHashIfLong(text, from, to, 0);
}

/**
 * {@link spokenHash} of `text.slice(from, to)` when it has at least `min` spoken characters ({@link spokenLength}),
 * else -1: one walk instead of two, for repetition, which asks both of every clause of every agent turn.
 */
export function spokenHashIfLong(text: string, from: number, to: number, min: number): number {
  const table = nonSpokenUnits();
  let h = 0x811c9dc5;
  let n = 0;
  for (let i = from; i < to;) {
    const skip = nonSpokenAt(text, i, to, table);
    if (skip !== 0) {
      i += skip;
      continue;
    }
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    n++;
    i++;
  }
  return n >= min ? h >>> 0 : -1;
}

/** Whether two ranges have the same spoken characters: `foldSpoken` of both slices are equal, without slicing. */
export function spokenEquals(
  a: string,
  aFrom: number,
  aTo: number,
  b: string,
  bFrom: number,
  bTo: number,
): boolean {
  const table = nonSpokenUnits();
  let i = aFrom;
  let j = bFrom;
  for (;;) {
    for (let skip = 0; i < aTo && (skip = nonSpokenAt(a, i, aTo, table)) !== 0;) i += skip;
    for (let skip = 0; j < bTo && (skip = nonSpokenAt(b, j, bTo, table)) !== 0;) j += skip;
    if (i >= aTo || j >= bTo) return i >= aTo && j >= bTo;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

/** Span of the turn text without surrounding whitespace, for whole-turn evidence. */
export function trimmedSpan(text: string): { start: number; end: number } {
  const start = text.length - text.trimStart().length;
  return { start, end: Math.max(start, text.trimEnd().length) };
}
