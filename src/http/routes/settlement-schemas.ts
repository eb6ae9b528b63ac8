// Answers of the settlement routes (./settlement.ts): the stored statement (src/core/kpi/settlement.ts) with its
// names, adjusting entries, the check against today's inputs (src/settlement/safety.ts) and what the caller may do.
import { z } from 'zod';
import { LINE_KINDS } from '../../core/kpi/index.ts';
import {
  agentKpiSchema,
  kpiItemIdSchema,
  lineKindSchema,
  settlementLineSchema as lineSchema,
} from '../../core/kpi/statement-schema.ts';

export const STATEMENT_ACTIONS = [
  'rebuild',
  'acknowledge',
  'confirm',
  'approve',
  'reopen',
  'adjust',
] as const;
export type StatementActionName = (typeof STATEMENT_ACTIONS)[number];

// Every line kind and the net, each present (an object, not a record keyed by the enum, for the generated types).
const totalsSchema = z.object(
  Object.fromEntries([...LINE_KINDS, 'netFen'].map((k) => [k, z.number()])) as Record<
    (typeof LINE_KINDS)[number] | 'netFen',
    z.ZodNumber
  >,
);

const acknowledgementSchema = z.object({
  fingerprint: z.string(),
  userId: z.string(),
  at: z.string(),
  note: z.string(),
});

const safetySchema = z.object({
  checked: z
    .boolean()
    .describe('whether the check ran (approved statements are locked: corrections are adjusting entries)'),
  inputsChanged: z.boolean(),
  diff: z
    .object({
      changed: z.boolean(),
      policyVersion: z.object({ before: z.string(), after: z.string() }),
      lines: z.array(
        z.object({
          key: z.string(),
          kind: lineKindSchema,
          agentId: z.string().nullable(),
          description: z.string(),
          beforeFen: z.number().nullable().describe('null when the line is new'),
          afterFen: z.number().nullable().describe('null when the line is gone'),
        }),
      ),
      totals: z.array(
        z.object({ kind: z.enum([...LINE_KINDS, 'netFen']), beforeFen: z.number(), afterFen: z.number() }),
      ),
      netBeforeFen: z.number(),
      netAfterFen: z.number(),
    })
    .nullable(),
  missingKpiData: z.array(
    z.object({
      agentId: z.string(),
      item: kpiItemIdSchema,
      rule: z.enum(['base', 'zero']),
      points: z.number(),
      needsAcknowledgement: z.boolean(),
    }),
  ),
  fingerprint: z.string().describe('of the statement as it would be built now; an acknowledgement names it'),
  attentionNeeded: z
    .boolean()
    .describe('whether confirming / approving needs a rebuild or an acknowledgement'),
  acknowledgements: z.object({
    'vendor-manager': acknowledgementSchema.nullable(),
    client: acknowledgementSchema.nullable(),
  }),
});

export const statementStateSchema = z.enum(['draft', 'confirmed', 'approved']);

export const statementDetailSchema = z.object({
  id: z.string(),
  vendorId: z.string(),
  vendorName: z.string(),
  month: z.string(),
  state: statementStateSchema,
  policyVersion: z.string(),
  asOf: z.string().describe('local day the draft was (re)built'),
  builtAt: z.string(),
  confirmedBy: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  statement: z.object({
    vendorId: z.string(),
    month: z.string(),
    policyVersion: z.string(),
    kpi: z.array(agentKpiSchema),
    lines: z.array(lineSchema),
    totals: totalsSchema,
  }),
  agentNames: z.record(z.string(), z.string()),
  adjustments: z.array(
    z.object({
      id: z.string(),
      corrects: z.string(),
      description: z.string(),
      amountFen: z.number(),
      settledInStatementId: z.string().nullable().describe('the later statement that pays it'),
      createdBy: z.string(),
      createdAt: z.string(),
    }),
  ),
  safety: safetySchema,
  permittedActions: z
    .array(z.enum(STATEMENT_ACTIONS))
    .describe('what the caller may do with the statement now: the UI shows these buttons and no others'),
  net: z.string().describe('the net amount formatted in yuan'),
  netFen: z.number(),
  adjustmentsFen: z.number(),
  problems: z.array(z.string()).describe('totals that differ from the sum of their lines (empty when sound)'),
});
