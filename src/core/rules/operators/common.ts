// Option schemas shared by several operators: phrase lists and text-layer match options.
import { z } from 'zod';

export const matchSchema = z
  .object({
    mode: z.enum(['exact', 'normalized', 'tolerant']).optional(),
    maxFillers: z.number().int().min(0).max(5).optional(),
    stutter: z.boolean().optional(),
    homophones: z.boolean().optional(),
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

const NON_SPOKEN_ALL = /[\s\p{P}\p{S}_]+/gu;

/** The text without punctuation, symbols, spaces and `_` (what was actually spoken). */
export function foldSpoken(text: string): string {
  return text.replace(NON_SPOKEN_ALL, '');
}

export function spokenLength(text: string): number {
  return foldSpoken(text).length;
}

/** Span of the turn text without surrounding whitespace, for whole-turn evidence. */
export function trimmedSpan(text: string): { start: number; end: number } {
  const start = text.length - text.trimStart().length;
  return { start, end: Math.max(start, text.trimEnd().length) };
}
