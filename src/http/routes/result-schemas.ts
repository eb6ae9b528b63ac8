// Answer shapes shared by every route that shows a checked conversation: the conversation v1 body as stored, the
// evaluator's hits (src/core/rules/result.ts) and score parts (src/core/scoring/types.ts).
import { z } from 'zod';
import { conversationSchema, roleSchema } from '../../core/conversation/schema.ts';
import type { Hit } from '../../core/rules/result.ts';
import type { StoredHit } from '../../store/schema/index.ts';

/** The stored conversation v1 body (defaults applied), as importers produced it. */
export const conversationBodySchema = conversationSchema;

export const hitSchema = z.object({
  rule: z.string(),
  category: z.string(),
  turn: z.number().describe('0-based index into the conversation’s turns'),
  start: z.number().describe('UTF-16 offset into the turn’s text'),
  end: z.number(),
  text: z.string(),
  deduction: z.number().describe('points this hit costs (0 for flags and repeated once-per-call rules)'),
  suggestion: z.string().optional(),
  item: z.string().optional(),
  role: roleSchema.optional(),
  message: z.string().optional(),
  messageId: z
    .string()
    .optional()
    .describe(
      'stable id of an operator’s message (docs/rules.md “Operators”), for saying it in other languages',
    ),
  messageValues: z.record(z.string(), z.string()).optional().describe('the figures in the message, by name'),
  atMs: z.number().optional(),
  durationMs: z.number().optional(),
  confidence: z.number().optional().describe('a learned model’s confidence, 0 … 1'),
  suggested: z
    .boolean()
    .optional()
    .describe('found below the rule’s threshold: shown for review, no deduction'),
  review: z.enum(['low-asr-confidence']).optional(),
});

/** Points per scorecard category. */
export const categoryScoresSchema = z.record(z.string(), z.number());

export const scorePartSchema = z.object({
  total: z.number(),
  categories: categoryScoresSchema,
  fatal: z.boolean(),
});

/**
 * Stored hits are the evaluator's hits saved as JSON (src/store/repo/results.ts, src/packs/score-bulk.ts); the store
 * types them loosely (a rule id plus evidence), the answers declare them as what they are.
 */
export const storedHits = (hits: readonly StoredHit[]): Hit[] => hits as unknown as Hit[];
