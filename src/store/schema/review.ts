// Review, appeal, sampling and calibration (docs/product.md "Review, appeals, sampling and calibration"). A review task is one
// conversation version put in front of one inspector, by a sampling plan run; it holds the inspector's verdict on
// every machine hit and the manual item deductions (seed 002 质检标准), and once finalized the final score, which
// is also written to the result it reviewed (results.total, the score every list and statistic shows).
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { planScopeSchema, samplingRuleSchema } from '../../core/review/sampling.ts';
import { CATEGORY_IDS, type CategoryScores } from '../../core/scoring/types.ts';
import { conversations } from './conversations.ts';
import { results } from './rules.ts';
import { users } from './users.ts';
import { z } from 'zod';
import { storedJson } from '../json.ts';

/** Points per scorecard category (the reviewer's final scores). */
const categoryScoresSchema: z.ZodType<CategoryScores> = z.object(
  Object.fromEntries(CATEGORY_IDS.map((c) => [c, z.number()])) as Record<keyof CategoryScores, z.ZodNumber>,
);

export const samplingPlans = pgTable('sampling_plans', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  rule: storedJson('sampling_plans.rule', samplingRuleSchema).notNull(),
  scope: storedJson('sampling_plans.scope', planScopeSchema).notNull(),
  /** The period a scheduled run samples (the last complete day, week or month) and the "per period" of N per agent. */
  period: text('period', { enum: ['day', 'week', 'month'] }).notNull(),
  /** Run by the daily `run-sampling-plans` job after each period closes. */
  scheduled: boolean('scheduled').notNull().default(false),
  /** Seed of the random draws and of the tie-breaking order of inspectors: a run is reproducible. */
  seed: integer('seed').notNull(),
  active: boolean('active').notNull().default(true),
  createdByUserId: text('created_by_user_id').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const samplingRuns = pgTable(
  'sampling_runs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => samplingPlans.id, { onDelete: 'cascade' }),
    periodFrom: timestamp('period_from', { withTimezone: true }).notNull(),
    periodTo: timestamp('period_to', { withTimezone: true }).notNull(),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull(),
    /** Null for a scheduled run. */
    actorUserId: text('actor_user_id'),
    candidates: integer('candidates').notNull(),
    created: integer('created').notNull(),
  },
  (t) => [index('sampling_runs_plan_idx').on(t.planId, t.ranAt)],
);

export const REVIEW_TASK_STATUSES = ['open', 'finalized'] as const;
export type ReviewTaskStatus = (typeof REVIEW_TASK_STATUSES)[number];

export const reviewTasks = pgTable(
  'review_tasks',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    planId: text('plan_id').references(() => samplingPlans.id, { onDelete: 'set null' }),
    runId: bigint('run_id', { mode: 'number' }).references(() => samplingRuns.id, { onDelete: 'set null' }),
    conversationId: text('conversation_id').notNull(),
    conversationVersion: integer('conversation_version').notNull(),
    /** The result (pack version) whose hits are reviewed; its total becomes the final score. */
    resultId: bigint('result_id', { mode: 'number' })
      .notNull()
      .references(() => results.id, { onDelete: 'cascade' }),
    /** Copied from the conversation so that scoped queues and appeals are one indexed filter. */
    agentId: text('agent_id'),
    teamId: text('team_id'),
    vendorId: text('vendor_id'),
    inspectorUserId: text('inspector_user_id')
      .notNull()
      .references(() => users.id),
    /** Why the plan chose it: random, per-agent, fatal, agent-hangup, complaint-risk, rule:<id>. */
    reasons: text('reasons').array().notNull(),
    status: text('status', { enum: REVIEW_TASK_STATUSES }).notNull().default('open'),
    machineTotal: doublePrecision('machine_total').notNull(),
    finalTotal: doublePrecision('final_total'),
    finalCategories: storedJson('review_tasks.final_categories', categoryScoresSchema),
    finalFatal: boolean('final_fatal'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    finalizedAt: timestamp('finalized_at', { withTimezone: true }),
    /** Exclusive end of the appeal period (3 working days after finalization by default). */
    appealDeadline: timestamp('appeal_deadline', { withTimezone: true }),
    /** The inspector's words to the agent at finalization (coaching), shown with the review and its notification. */
    comment: text('comment'),
  },
  (t) => [
    // A plan never samples the same conversation version twice, however often it is re-run.
    uniqueIndex('review_tasks_plan_conv_uq').on(t.planId, t.conversationId, t.conversationVersion),
    index('review_tasks_inspector_idx').on(t.inspectorUserId, t.status),
    index('review_tasks_status_idx').on(t.status, t.createdAt),
    index('review_tasks_agent_idx').on(t.agentId, t.finalizedAt),
    index('review_tasks_team_idx').on(t.teamId, t.finalizedAt),
    index('review_tasks_finalized_idx').on(t.finalizedAt),
    index('review_tasks_conversation_idx').on(t.conversationId),
    foreignKey({
      columns: [t.conversationId, t.conversationVersion],
      foreignColumns: [conversations.id, conversations.version],
    }).onDelete('cascade'),
  ],
);

export const reviewHitJudgements = pgTable(
  'review_hit_judgements',
  {
    taskId: bigint('task_id', { mode: 'number' })
      .notNull()
      .references(() => reviewTasks.id, { onDelete: 'cascade' }),
    /** 0-based index into the reviewed result's hits. */
    hit: integer('hit').notNull(),
    rule: text('rule').notNull(),
    verdict: text('verdict', { enum: ['confirm', 'reject'] }).notNull(),
    reason: text('reason').notNull(),
    judgedByUserId: text('judged_by_user_id').notNull(),
    judgedAt: timestamp('judged_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.hit] }), index('review_hit_judgements_rule_idx').on(t.rule)],
);

export const reviewItemDeductions = pgTable(
  'review_item_deductions',
  {
    taskId: bigint('task_id', { mode: 'number' })
      .notNull()
      .references(() => reviewTasks.id, { onDelete: 'cascade' }),
    item: text('item').notNull(),
    occurrences: integer('occurrences').notNull(),
    reason: text('reason').notNull(),
    judgedByUserId: text('judged_by_user_id').notNull(),
    judgedAt: timestamp('judged_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.item] })],
);

export const appeals = pgTable(
  'appeals',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    taskId: bigint('task_id', { mode: 'number' })
      .notNull()
      .references(() => reviewTasks.id, { onDelete: 'cascade' }),
    targetKind: text('target_kind', { enum: ['hit', 'item'] }).notNull(),
    /** `hit:<index>` or `item:<id>`: one appeal per deduction. */
    targetKey: text('target_key').notNull(),
    hit: integer('hit'),
    item: text('item'),
    /** The contested rule (hit appeals), for per-rule precision. */
    rule: text('rule'),
    agentId: text('agent_id'),
    teamId: text('team_id'),
    vendorId: text('vendor_id'),
    filedByUserId: text('filed_by_user_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: ['open', 'upheld', 'rejected'] })
      .notNull()
      .default('open'),
    decidedByUserId: text('decided_by_user_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
    totalBefore: doublePrecision('total_before'),
    totalAfter: doublePrecision('total_after'),
  },
  (t) => [
    uniqueIndex('appeals_target_uq').on(t.taskId, t.targetKey),
    index('appeals_status_idx').on(t.status, t.filedAt),
    index('appeals_team_idx').on(t.teamId, t.status),
    index('appeals_agent_idx').on(t.agentId, t.status),
    index('appeals_decided_idx').on(t.decidedAt),
  ],
);

/** Exceptions to Monday–Friday for appeal deadlines: public holidays and make-up working days (调休). */
export const workCalendarDays = pgTable('work_calendar_days', {
  day: date('day', { mode: 'string' }).primaryKey(),
  kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
  name: text('name').notNull().default(''),
});

export const calibrationSessions = pgTable('calibration_sessions', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  name: text('name').notNull(),
  status: text('status', { enum: ['open', 'closed'] })
    .notNull()
    .default('open'),
  createdByUserId: text('created_by_user_id')
    .notNull()
    .references(() => users.id),
  /** The reference rater whose judgements the others are compared with (a QA lead taking part), if any. */
  leadUserId: text('lead_user_id').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
});

export const calibrationConversations = pgTable(
  'calibration_conversations',
  {
    sessionId: bigint('session_id', { mode: 'number' })
      .notNull()
      .references(() => calibrationSessions.id, { onDelete: 'cascade' }),
    conversationId: text('conversation_id').notNull(),
    conversationVersion: integer('conversation_version').notNull(),
    resultId: bigint('result_id', { mode: 'number' })
      .notNull()
      .references(() => results.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.conversationId] })],
);

export const calibrationParticipants = pgTable(
  'calibration_participants',
  {
    sessionId: bigint('session_id', { mode: 'number' })
      .notNull()
      .references(() => calibrationSessions.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.userId] }),
    index('calibration_participants_user_idx').on(t.userId),
  ],
);

const hitVerdictSchema = z.object({
  hit: z.number().int(),
  verdict: z.enum(['confirm', 'reject']),
  reason: z.string(),
});
export type CalibrationHitVerdict = z.infer<typeof hitVerdictSchema>;
const deductionSchema = z.object({ item: z.string(), occurrences: z.number().int(), reason: z.string() });
export type CalibrationDeduction = z.infer<typeof deductionSchema>;

export const calibrationScores = pgTable(
  'calibration_scores',
  {
    sessionId: bigint('session_id', { mode: 'number' })
      .notNull()
      .references(() => calibrationSessions.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    conversationId: text('conversation_id').notNull(),
    hits: storedJson('calibration_scores.hits', z.array(hitVerdictSchema)).notNull(),
    deductions: storedJson('calibration_scores.deductions', z.array(deductionSchema)).notNull(),
    total: doublePrecision('total').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId, t.conversationId] })],
);
