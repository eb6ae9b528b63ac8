// Live calls and their alerts (docs/product.md "Integration endpoints": live calls; seed 004 asks
// team leaders and expert seats to step in while a complaint is still forming). A call in progress is held in memory
// by the process that receives it, and every final segment, event and alert is written here first, so a restart
// (or another process) picks the call up where it was. Partial segments are transient and never stored.
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

export const LIVE_CALL_STATES = ['live', 'ended'] as const;
export type LiveCallState = (typeof LIVE_CALL_STATES)[number];

export const liveCalls = pgTable(
  'live_calls',
  {
    callId: text('call_id').primaryKey(),
    agentId: text('agent_id').notNull(),
    /** Copied from the agent at open, for the row scope (a team leader sees their team's calls). */
    teamId: text('team_id'),
    vendorId: text('vendor_id'),
    number: text('number'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    state: text('state', { enum: LIVE_CALL_STATES }).notNull().default('live'),
    /** Hold / transfer / hang-up events as in conversation v1. */
    events: jsonb('events').$type<Record<string, unknown>[]>().notNull().default([]),
    /** The ingest batch the ended call was stored through. */
    batchId: text('batch_id'),
  },
  (t) => [index('live_calls_state_idx').on(t.state, t.teamId)],
);

export const liveSegments = pgTable(
  'live_segments',
  {
    callId: text('call_id')
      .notNull()
      .references(() => liveCalls.callId, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    role: text('role').notNull(),
    text: text('text').notNull(),
    startMs: integer('start_ms'),
    endMs: integer('end_ms'),
    confidence: real('confidence'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.seq] })],
);

export const LIVE_ALERT_STATES = ['open', 'acknowledged', 'taken_over', 'dismissed'] as const;
export type LiveAlertState = (typeof LIVE_ALERT_STATES)[number];
export const LIVE_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type LiveSeverity = (typeof LIVE_SEVERITIES)[number];
/** Who an alert rule tells: the agent's team leader, the QA roles, the admin, the expert-seat group. */
export const ALERT_AUDIENCES = ['team_leader', 'qa', 'admin', 'expert_seat'] as const;
export type AlertAudience = (typeof ALERT_AUDIENCES)[number];

/** One hit found during the call (every live hit, alerted or not: the live side of the live-vs-final diff). */
export const liveHits = pgTable(
  'live_hits',
  {
    callId: text('call_id')
      .notNull()
      .references(() => liveCalls.callId, { onDelete: 'cascade' }),
    /** rule:turn:start:end (src/core/rules/live.ts liveHitKey). */
    key: text('key').notNull(),
    rule: text('rule').notNull(),
    turn: integer('turn').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.key] })],
);

export const liveAlerts = pgTable(
  'live_alerts',
  {
    id: text('id').primaryKey(),
    callId: text('call_id')
      .notNull()
      .references(() => liveCalls.callId, { onDelete: 'cascade' }),
    agentId: text('agent_id').notNull(),
    teamId: text('team_id'),
    vendorId: text('vendor_id'),
    alertRuleId: text('alert_rule_id').notNull(),
    rule: text('rule').notNull(),
    text: text('text').notNull(),
    turn: integer('turn').notNull(),
    severity: text('severity', { enum: LIVE_SEVERITIES }).notNull(),
    audiences: text('audiences').array().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    state: text('state', { enum: LIVE_ALERT_STATES }).notNull().default('open'),
    handledByUserId: text('handled_by_user_id'),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    reason: text('reason'),
    /** Seconds after `at` when an open alert escalates; null = never. */
    escalateAfterSeconds: integer('escalate_after_seconds'),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
  },
  (t) => [
    index('live_alerts_at_idx').on(t.at),
    index('live_alerts_open_idx').on(t.state, t.escalatedAt),
    index('live_alerts_call_idx').on(t.callId),
  ],
);

/** Which live hits raise an alert, how severe, to whom, and when an unanswered one escalates. */
export const liveAlertRules = pgTable('live_alert_rules', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Rule ids of the pack that raise this alert; empty = every rule that decides mid-call. */
  rules: text('rules').array().notNull(),
  severity: text('severity', { enum: LIVE_SEVERITIES }).notNull(),
  audiences: text('audiences').array().notNull(),
  escalateAfterSeconds: integer('escalate_after_seconds'),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
