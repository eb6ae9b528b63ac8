// The rule-pack file format (YAML or JSON), validated once at load. The published JSON Schema
// (packs/schema/rule-pack.schema.json) is generated from this module, so editors complete exactly what loads.
import { z } from 'zod';
import { categoryIdSchema, scorecardSchema } from '../scoring/types.ts';
import { matchSchema, msSchema, phraseListSchema } from './operators/common.ts';
import { OPERATORS } from './operators/index.ts';
import { PACK_VERSION_PATTERN } from './version.ts';

const roleSchema = z.enum(['agent', 'customer', 'any']).describe('Whose turns the condition looks at.');
const conditionIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'condition ids are lower-case words joined by -');

const positionSchema = z
  .union([
    z.literal('whole'),
    z.object({ first: z.number().int().min(1) }).strict(),
    z.object({ last: z.number().int().min(1) }).strict(),
    z
      .object({
        afterEvent: z.enum(['hold', 'hangup', 'transfer']),
        withinMs: msSchema.optional(),
        withinTurns: z.number().int().min(1).optional(),
      })
      .strict(),
    z
      .object({
        after: conditionIdSchema,
        withinMs: msSchema.optional(),
        withinTurns: z.number().int().min(1).optional(),
      })
      .strict(),
  ])
  .describe(
    'Which turns (after the role filter): whole, first N, last N, or within a window after an event or another condition’s hit.',
  );
export type PositionInput = z.infer<typeof positionSchema>;

const exceptSchema = z
  .object({
    quoted: z
      .boolean()
      .optional()
      .describe('Ignore hits inside quotes or after 您说/您刚才说 (default: true for agent conditions).'),
    echo: z
      .boolean()
      .optional()
      .describe('Ignore hits repeating the customer’s own words (default: true for agent conditions).'),
    question: z
      .boolean()
      .optional()
      .describe('Ignore hits in a sentence that asks the customer a question (ends in 吗/么/？).'),
    negated: z
      .boolean()
      .optional()
      .describe(
        'Ignore hits that are negated (我不是要投诉, 没有不满意) or mentioned after 不会/不能…说 (default: true outside `not`).',
      ),
    overlaps: phraseListSchema
      .optional()
      .describe('A match of one of these overlapping the hit cancels it (不知道您 cancels 不知道).'),
    turnContains: phraseListSchema
      .optional()
      .describe('Any match of these in the same turn cancels the hit.'),
    match: matchSchema.optional(),
  })
  .strict();
export type ExceptInput = z.infer<typeof exceptSchema>;

const commonShape = {
  id: conditionIdSchema.optional().describe('Name for `in: {after: id}` references within the rule.'),
  role: roleSchema.optional(),
  in: positionSchema.optional(),
  except: exceptSchema.optional(),
  atLeast: z
    .number()
    .int()
    .min(1)
    .default(1)
    .describe('The condition holds only with at least this many hits.'),
  evidence: z
    .boolean()
    .default(true)
    .describe('Report this condition’s hits as evidence (false: context only).'),
};

const commonObject = z.object(commonShape);
type CommonInput = z.output<typeof commonObject>;

/** A validated condition: the operator id, the fields every condition has, and the operator's own options. */
export interface ConditionInput {
  op: string;
  common: CommonInput;
  options: Record<string, unknown>;
}

const [firstOp, ...restOps] = OPERATORS.map((op) =>
  op.options
    .safeExtend({
      op: z.literal(op.id).describe(`${op.names.en} (${op.names.zh}): ${op.summary}`),
      ...commonShape,
    })
    .strict(),
);
if (firstOp === undefined) throw new Error('no operators registered');
export const conditionSchema = z
  .discriminatedUnion('op', [firstOp, ...restOps])
  .transform((c): ConditionInput => {
    const options: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(c)) if (k !== 'op' && !(k in commonShape)) options[k] = v;
    // Already validated by the branch above; parsing again only recovers the static type of the common fields.
    return { op: String(c.op), common: commonObject.parse(c), options };
  });

export type NodeInput =
  | { all: NodeInput[] }
  | { any: NodeInput[] }
  | { not: NodeInput; message?: string | undefined }
  | ConditionInput;

export const nodeSchema: z.ZodType<NodeInput, unknown> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(nodeSchema).min(1) }).strict(),
    z.object({ any: z.array(nodeSchema).min(1) }).strict(),
    z.object({ not: nodeSchema, message: z.string().optional() }).strict(),
    conditionSchema,
  ]),
);

export const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'rule ids are lower-case words joined by -'),
    name: z.string().min(1),
    description: z.string().default(''),
    seed: z.string().min(1).describe('The seed text the rule implements, e.g. "002 违禁词语".'),
    item: z.string().optional().describe('Scorecard item to deduct from (omit for a flag).'),
    category: categoryIdSchema.optional().describe('Required for flags; otherwise taken from the item.'),
    count: z
      .enum(['each', 'once'])
      .default('each')
      .describe('each: one deduction per hit; once: one per conversation.'),
    channels: z
      .array(z.enum(['voice', 'chat']))
      .min(1)
      .optional()
      .describe('Only check these channels.'),
    suggestion: z.string().optional().describe('Default professional phrasing for the rule’s hits.'),
    when: nodeSchema,
  })
  .strict();
export type RuleInput = z.output<typeof ruleSchema>;

export const packSchema = z
  .object({
    $schema: z.string().optional(),
    pack: z.string().regex(/^[a-z][a-z0-9-]*$/, 'pack ids are lower-case words joined by -'),
    version: z
      .string()
      .regex(PACK_VERSION_PATTERN, 'version is semantic: MAJOR.MINOR.PATCH, each part between 0 and 999'),
    description: z.string().default(''),
    match: matchSchema.optional().describe('Default text-layer options for every phrase list.'),
    golden: z.string().optional().describe('Folder of golden conversations, relative to the pack file.'),
    scorecard: scorecardSchema,
    rules: z.array(ruleSchema).min(1),
  })
  .strict();
export type PackInput = z.output<typeof packSchema>;
