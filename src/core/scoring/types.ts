// The scorecard model of seed 002 (质检标准): three categories with a maximum each, items that deduct per
// occurrence, fatal items that zero the total, manual items only a reviewer can judge.
import { z } from 'zod';

export const CATEGORY_IDS = ['professional', 'attitude', 'language'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];
export const categoryIdSchema = z.enum(CATEGORY_IDS);

export const scorecardItemSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9.-]*$/, 'item ids are lower-case words joined by . or -'),
    name: z.string().min(1),
    category: categoryIdSchema,
    /** Points deducted per occurrence (seed 002: 2 / 2 / 1 / 0.5). */
    deduction: z.number().nonnegative().multipleOf(0.5),
    /** `machine`: judged by rules; `manual`: only a reviewer can judge, full marks until one deducts. */
    judged: z.enum(['machine', 'manual']),
    /** A fatal item zeroes the whole score (seed 004 服务关键性错误). */
    fatal: z.boolean().default(false),
    seed: z.string().min(1),
  })
  .strict();
export type ScorecardItem = z.infer<typeof scorecardItemSchema>;

export const scorecardSchema = z
  .object({
    categories: z
      .object({
        professional: z.object({ name: z.string(), max: z.number().positive() }).strict(),
        attitude: z.object({ name: z.string(), max: z.number().positive() }).strict(),
        language: z.object({ name: z.string(), max: z.number().positive() }).strict(),
      })
      .strict(),
    items: z.array(scorecardItemSchema).min(1),
  })
  .strict();
export type Scorecard = z.infer<typeof scorecardSchema>;

export type CategoryScores = Record<CategoryId, number>;

/** The machine's tally for one item on one conversation. */
export type MachineTally =
  | { readonly item: string; readonly kind: 'na' }
  | { readonly item: string; readonly kind: 'counted'; readonly occurrences: number };

/** A reviewer's decision on one item (manual items, or overriding a machine item after review). */
export type ManualJudgement =
  | { readonly item: string; readonly kind: 'na' }
  | { readonly item: string; readonly kind: 'deduct'; readonly occurrences: number }
  | { readonly item: string; readonly kind: 'pass' };

export type ItemStatus =
  | { readonly kind: 'pass' }
  | { readonly kind: 'na' }
  /** manual item nobody has judged yet: full marks for now */
  | { readonly kind: 'pending' }
  | { readonly kind: 'deducted'; readonly occurrences: number; readonly points: number };

export interface ItemScore {
  readonly item: string;
  readonly name: string;
  readonly category: CategoryId;
  readonly judged: 'machine' | 'manual';
  readonly fatal: boolean;
  readonly machine: ItemStatus;
  readonly human: ItemStatus | undefined;
}

export interface ScorePart {
  readonly total: number;
  readonly categories: CategoryScores;
  readonly fatal: boolean;
}

export interface ScoreBreakdown {
  /** Machine judgement alone (manual items at full marks). */
  readonly machine: ScorePart;
  /** Final score: reviewer judgements override the machine's per item; equals `machine` before review. */
  readonly final: ScorePart;
  readonly reviewed: boolean;
  readonly items: readonly ItemScore[];
}
