// The settlement statement as data (./settlement.ts): the one schema that both reads a stored statement back
// (src/store/schema/settlement.ts parses every row with it) and describes it in the API (src/http/routes/
// settlement-schemas.ts). A statement is stored once and read for years, so the stored form tolerates what later
// versions added: a line kind that did not exist when it was built (e.g. 'idea-reward', seed 001 金点子) has no
// lines in it, and its total reads as 0.
import { z } from 'zod';
import { LINE_KINDS, type SettlementStatement, type SettlementTotals } from './settlement.ts';

export const kpiItemIdSchema = z.enum(['answerRate', 'satisfaction', 'qa']);
export const lineKindSchema = z.enum(LINE_KINDS);

export const kpiItemResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('measured'),
    value: z.number().describe('rates as a fraction (0.97); the QA score in points (92.5)'),
    numerator: z.number(),
    denominator: z.number(),
    points: z.number(),
    centipoints: z.number(),
    clamped: z.enum(['floor', 'cap']).nullable(),
  }),
  z.object({
    kind: z.literal('no-data'),
    value: z.null(),
    points: z.number(),
    centipoints: z.number(),
    rule: z.enum(['base', 'zero']),
  }),
]);

export const agentKpiSchema = z.object({
  agentId: z.string(),
  month: z.string(),
  policyVersion: z.string(),
  items: z.object({
    answerRate: kpiItemResultSchema,
    satisfaction: kpiItemResultSchema,
    qa: kpiItemResultSchema,
  }),
  totalPoints: z.number(),
  totalCentipoints: z.number(),
  monthlyFeeFen: z.number(),
  outcome: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('bonus'), percent: z.number(), amountFen: z.number() }),
    z.object({
      kind: z.literal('deduction'),
      percent: z.number(),
      amountFen: z.number(),
      capped: z.boolean(),
    }),
    z.object({ kind: z.literal('on-target') }),
  ]),
  bonusFen: z.number(),
  deductionFen: z.number(),
});

export const settlementLineSchema = z.object({
  kind: lineKindSchema,
  agentId: z.string().optional(),
  reference: z
    .string()
    .optional()
    .describe('id of the record the line comes from (complaint, callback, loss, incident, adjusting entry)'),
  date: z.string().optional(),
  description: z.string().describe('Chinese text for the printed statement and the export'),
  amountFen: z.number().describe('signed: positive is owed to the vendor, negative is deducted'),
});

const TOTAL_KEYS = [...LINE_KINDS, 'netFen'] as const;

/** Totals by kind and net, read from storage: kinds the statement predates default to 0. */
const storedTotalsSchema = z.object(
  Object.fromEntries(TOTAL_KEYS.map((k) => [k, z.number().int().default(0)])) as Record<
    (typeof TOTAL_KEYS)[number],
    z.ZodDefault<z.ZodNumber>
  >,
);

export const storedStatementSchema: z.ZodType<SettlementStatement> = z.object({
  vendorId: z.string(),
  month: z.string(),
  policyVersion: z.string(),
  kpi: z.array(agentKpiSchema),
  lines: z.array(settlementLineSchema),
  totals: storedTotalsSchema.transform((t): SettlementTotals => t),
});
