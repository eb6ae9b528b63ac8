// Coaching (seeds 001 and 004): recording case libraries (优秀、问题、对比、服务感动客户、客户感动客服), training sessions
// built from them with attendance, per-agent coaching plans, agents' on-line dates for the tenure stages, and the
// suggestion box (金点子) whose adopted ideas carry a reward in fen onto the monthly settlement statement.
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { stageSettingsSchema } from '../../core/coaching/stage.ts';
import { z } from 'zod';
import { storedJson } from '../json.ts';

/** Library categories; the five of seed 004 are seeded, QA may rename, add and retire them. */
export const caseCategories = pgTable('case_categories', {
  id: text('id').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  /** Praise categories may name the agent in the study view once the agent agreed to share. */
  praise: boolean('praise').notNull(),
  position: integer('position').notNull(),
  active: boolean('active').notNull().default(true),
});

const caseHitSchema = z.object({ ruleId: z.string(), turn: z.number().int(), text: z.string() });
export type CaseHit = z.infer<typeof caseHitSchema>;

export const CONSENT_STATES = ['not_asked', 'asked', 'agreed', 'declined'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

/** A whole conversation or an excerpt (turn range) of one version, with its hits and the reviewer's note. */
export const coachingCases = pgTable(
  'coaching_cases',
  {
    id: text('id').primaryKey(),
    categoryId: text('category_id')
      .notNull()
      .references(() => caseCategories.id),
    conversationId: text('conversation_id').notNull(),
    conversationVersion: integer('conversation_version').notNull(),
    agentId: text('agent_id'),
    teamId: text('team_id'),
    vendorId: text('vendor_id'),
    /** Inclusive turn indexes; null = the whole conversation. */
    turnFrom: integer('turn_from'),
    turnTo: integer('turn_to'),
    title: text('title').notNull(),
    note: text('note').notNull(),
    hits: storedJson('coaching_cases.hits', z.array(caseHitSchema)).notNull(),
    ruleIds: text('rule_ids').array().notNull(),
    /** `packId@version` of the result the hits come from. */
    packVersions: text('pack_versions').array().notNull(),
    /** Lower-cased title, note, rule ids and excerpt text, for substring search. */
    searchText: text('search_text').notNull(),
    consent: text('consent', { enum: CONSENT_STATES }).notNull(),
    createdByUserId: text('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('coaching_cases_category_idx').on(t.categoryId, t.createdAt)],
);

export const trainingSessions = pgTable('training_sessions', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  /** seed 004: 晨训、班后训、现场、微课. */
  format: text('format', { enum: ['morning', 'after_shift', 'on_site', 'micro'] }).notNull(),
  teamId: text('team_id').notNull(),
  vendorId: text('vendor_id').notNull(),
  scheduledOn: date('scheduled_on', { mode: 'string' }).notNull(),
  caseIds: text('case_ids').array().notNull(),
  createdByUserId: text('created_by_user_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** One row per invited agent: attendance is recorded by the leader, studying by the agent. */
export const trainingAttendance = pgTable(
  'training_attendance',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    agentId: text('agent_id').notNull(),
    attended: boolean('attended').notNull().default(false),
    studiedCaseIds: text('studied_case_ids').array().notNull(),
    studiedAt: timestamp('studied_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.agentId] }),
    index('training_attendance_agent_idx').on(t.agentId),
  ],
);

export const coachingPlans = pgTable(
  'coaching_plans',
  {
    id: text('id').primaryKey(),
    agentId: text('agent_id').notNull(),
    teamId: text('team_id').notNull(),
    vendorId: text('vendor_id').notNull(),
    focusRules: text('focus_rules').array().notNull(),
    caseIds: text('case_ids').array().notNull(),
    note: text('note').notNull(),
    /** Review task created for the follow-up review (src/review/tasks.ts). */
    followUpTaskId: text('follow_up_task_id'),
    followUpConversationId: text('follow_up_conversation_id'),
    createdByUserId: text('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('coaching_plans_agent_idx').on(t.agentId)],
);

/** On-line date (上线日) of an agent, when it differs from hire + training days. */
export const agentOnboarding = pgTable('agent_onboarding', {
  agentId: text('agent_id').primaryKey(),
  onlineOn: date('online_on', { mode: 'string' }).notNull(),
});

export const coachingSettings = pgTable('coaching_settings', {
  id: text('id').primaryKey(),
  stages: storedJson('coaching_settings.stages', stageSettingsSchema).notNull(),
  updatedByUserId: text('updated_by_user_id'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const ideas = pgTable(
  'ideas',
  {
    id: text('id').primaryKey(),
    source: text('source', { enum: ['agent', 'customer_callback'] }).notNull(),
    /** The agent credited (and rewarded); null for a customer's proposal not credited to an agent. */
    agentId: text('agent_id'),
    teamId: text('team_id'),
    vendorId: text('vendor_id'),
    category: text('category', {
      enum: ['service', 'process', 'product', 'system', 'knowledge', 'other'],
    }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    conversationId: text('conversation_id'),
    state: text('state', { enum: ['received', 'evaluating', 'adopted', 'declined', 'duplicate'] }).notNull(),
    reason: text('reason'),
    duplicateOf: text('duplicate_of'),
    /** Reward of an adopted idea (integer fen), paid on the statement of `rewardMonth`. */
    rewardFen: bigint('reward_fen', { mode: 'number' }),
    rewardMonth: text('reward_month'),
    /** What adopting it changed (shown on the board). */
    effect: text('effect'),
    /** The effect record (seed 001): day measured, metric name with its value before and after, who and when. */
    effectOn: date('effect_on', { mode: 'string' }),
    effectMetric: text('effect_metric'),
    effectBefore: doublePrecision('effect_before'),
    effectAfter: doublePrecision('effect_after'),
    effectByUserId: text('effect_by_user_id'),
    effectAt: timestamp('effect_at', { withTimezone: true }),
    submittedByUserId: text('submitted_by_user_id'),
    decidedByUserId: text('decided_by_user_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('ideas_state_idx').on(t.state, t.createdAt),
    index('ideas_vendor_month_idx').on(t.vendorId, t.rewardMonth),
  ],
);
