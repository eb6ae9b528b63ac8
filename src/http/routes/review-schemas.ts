// Answers of the review, reviews, appeals and sampling routes: review tasks, appeals and the task view the review
// screen works in (presented by ./review-present.ts).
import { z } from 'zod';
import { APPEAL_STATUSES } from '../../core/review/appeal.ts';
import { VERDICTS } from '../../core/review/types.ts';
import { categoryIdSchema } from '../../core/scoring/types.ts';
import { REVIEW_TASK_STATUSES } from '../../store/schema/index.ts';
import {
  categoryScoresSchema,
  conversationBodySchema,
  hitSchema,
  scorePartSchema,
} from './result-schemas.ts';

export const taskSchema = z.object({
  id: z.number(),
  planId: z
    .string()
    .nullable()
    .describe('the sampling plan that chose it; null for a review started by hand'),
  runId: z.number().nullable(),
  conversationId: z.string(),
  conversationVersion: z.number(),
  resultId: z.number().describe('the result (pack version) whose hits are reviewed'),
  agentId: z.string().nullable(),
  teamId: z.string().nullable(),
  vendorId: z.string().nullable(),
  inspectorUserId: z.string(),
  reasons: z
    .array(z.string())
    .describe('why it was chosen: random, per-agent, fatal, agent-hangup, complaint-risk, rule:<id>'),
  status: z.enum(REVIEW_TASK_STATUSES),
  machineTotal: z.number(),
  finalTotal: z.number().nullable(),
  finalCategories: categoryScoresSchema.nullable(),
  finalFatal: z.boolean().nullable(),
  createdAt: z.string(),
  finalizedAt: z.string().nullable(),
  appealDeadline: z.string().nullable().describe('exclusive end of the appeal period'),
  comment: z.string().nullable().describe('the inspector’s words to the agent, given at finalization'),
});

/** A row of the task and review lists: the task plus when and where the conversation took place. */
export const taskListItemSchema = taskSchema.extend({
  startedAt: z.string().nullable(),
  channel: z.enum(['voice', 'chat']),
});

export const appealSchema = z.object({
  id: z.number(),
  taskId: z.number(),
  conversationId: z.string().optional().describe('given in lists'),
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('hit'), hit: z.number().nullable() }),
    z.object({ kind: z.literal('item'), item: z.string().nullable() }),
  ]),
  rule: z.string().nullable().describe('the contested rule (hit appeals)'),
  item: z.string().nullable(),
  agentId: z.string().nullable(),
  teamId: z.string().nullable(),
  filedByUserId: z.string(),
  reason: z.string(),
  filedAt: z.string(),
  status: z.enum(APPEAL_STATUSES),
  decidedByUserId: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  totalBefore: z.number().nullable(),
  totalAfter: z.number().nullable(),
});

/** A task with its conversation version, hits (indexed), verdicts, deductions, appeals and the score they yield. */
export const taskViewSchema = z.object({
  task: taskSchema,
  conversation: conversationBodySchema.nullable(),
  hits: z.array(hitSchema.extend({ index: z.number(), ruleName: z.string().nullable() })),
  judgements: z.array(
    z.object({
      hit: z.number(),
      rule: z.string(),
      verdict: z.enum(VERDICTS),
      reason: z.string(),
      judgedByUserId: z.string(),
      judgedAt: z.string(),
    }),
  ),
  deductions: z.array(
    z.object({
      item: z.string(),
      occurrences: z.number(),
      reason: z.string(),
      judgedByUserId: z.string(),
      judgedAt: z.string(),
    }),
  ),
  manualItems: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      category: categoryIdSchema,
      deduction: z.number(),
      fatal: z.boolean(),
    }),
  ),
  pendingHits: z.array(z.number()).describe('indexes of hits without a verdict yet'),
  score: z
    .object({ machine: scorePartSchema, final: scorePartSchema })
    .describe('`final` is a preview while the task is open; once finalized it is the stored final score'),
  appeals: z.array(appealSchema),
  actions: z
    .object({ work: z.boolean(), next: z.boolean() })
    .describe('what the caller may do here: work the open task; go on to their next task'),
});

export const taskPageSchema = z.object({ total: z.number(), items: z.array(taskListItemSchema) });
