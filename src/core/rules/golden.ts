// Golden conversations of a pack: `<case>/conversation.json` + `<case>/expected.json`. The expectation pins the
// score and the exact hit list (rule, turn, span, text, deduction), so any change in a rule shows up as a diff.
import { z } from 'zod';
import { categoryIdSchema } from '../scoring/types.ts';
import type { CheckResult } from './result.ts';

const expectedHitSchema = z
  .object({
    rule: z.string(),
    turn: z.number().int().nonnegative(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
    deduction: z.number(),
    category: categoryIdSchema.optional(),
    suggestion: z.string().optional(),
  })
  .strict();

export const expectedSchema = z
  .object({
    description: z.string().optional(),
    score: z
      .object({
        total: z.number(),
        categories: z
          .object({ professional: z.number(), attitude: z.number(), language: z.number() })
          .strict(),
      })
      .strict(),
    fatal: z.boolean(),
    hits: z.array(expectedHitSchema),
    notApplicable: z.array(z.string()).optional(),
  })
  .strict();
export type Expected = z.infer<typeof expectedSchema>;
type ExpectedHit = z.infer<typeof expectedHitSchema>;

const key = (h: ExpectedHit): string =>
  `${h.rule}@${h.turn}[${h.start},${h.end}) 「${h.text}」 −${h.deduction}${h.suggestion === undefined ? '' : ` → ${h.suggestion}`}`;

/** The expectation a result would satisfy exactly (used to write a new case after reading it). */
export function expectationOf(r: CheckResult, description?: string): Expected {
  return {
    ...(description === undefined ? {} : { description }),
    score: r.score,
    fatal: r.fatal,
    hits: r.hits.map((h) => ({
      rule: h.rule,
      turn: h.turn,
      start: h.start,
      end: h.end,
      text: h.text,
      deduction: h.deduction,
      ...(h.suggestion === undefined ? {} : { suggestion: h.suggestion }),
    })),
    notApplicable: [...r.notApplicable],
  };
}

/** Differences between an expectation and a result, as readable lines; empty when they agree. */
export function compareGolden(expected: Expected, actual: CheckResult): string[] {
  const diffs: string[] = [];
  if (expected.score.total !== actual.score.total)
    diffs.push(`score.total: expected ${expected.score.total}, got ${actual.score.total}`);
  for (const c of ['professional', 'attitude', 'language'] as const) {
    if (expected.score.categories[c] !== actual.score.categories[c])
      diffs.push(
        `score.categories.${c}: expected ${expected.score.categories[c]}, got ${actual.score.categories[c]}`,
      );
  }
  if (expected.fatal !== actual.fatal) diffs.push(`fatal: expected ${expected.fatal}, got ${actual.fatal}`);
  const actualHits = actual.hits.map((h) =>
    key({
      rule: h.rule,
      turn: h.turn,
      start: h.start,
      end: h.end,
      text: h.text,
      deduction: h.deduction,
      ...(h.suggestion === undefined ? {} : { suggestion: h.suggestion }),
    }),
  );
  const expectedHits = expected.hits.map((h) => key(h.suggestion === undefined ? { ...h } : h));
  for (const k of expectedHits) if (!actualHits.includes(k)) diffs.push(`missing hit ${k}`);
  for (const k of actualHits) if (!expectedHits.includes(k)) diffs.push(`unexpected hit ${k}`);
  if (expected.notApplicable !== undefined) {
    const e = [...expected.notApplicable].sort().join(',');
    const a = [...actual.notApplicable].sort().join(',');
    if (e !== a) diffs.push(`notApplicable: expected [${e}], got [${a}]`);
  }
  return diffs;
}
