// Telephony policies (seeds 003 and 001): callers keyed by their normalised number with their class and its history,
// blocklist entries with their history, auto-block candidates, the policy settings and ingested IVR sessions.
// `blocklist_version` counts every change that may alter a lookup answer: the in-memory lookup index of every
// server process compares it (PostgreSQL NOTIFY tells them at once; the poll is the fallback).
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

export const CALLER_CLASS_VALUES = ['regular', 'harassment', 'non-routine'] as const;
export const BLOCK_STATE_VALUES = ['pending', 'active', 'lifted', 'expired', 'rejected'] as const;

export const callers = pgTable('callers', {
  number: text('number').primaryKey(),
  class: text('class', { enum: CALLER_CLASS_VALUES }).notNull().default('regular'),
  classSetBy: text('class_set_by'),
  classReason: text('class_reason'),
  classSetAt: timestamp('class_set_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const callerClassHistory = pgTable(
  'caller_class_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    number: text('number').notNull(),
    class: text('class', { enum: CALLER_CLASS_VALUES }).notNull(),
    setBy: text('set_by'),
    reason: text('reason').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('caller_class_history_number_idx').on(t.number, t.at)],
);

export const blocklistEntries = pgTable(
  'blocklist_entries',
  {
    id: text('id').primaryKey(),
    number: text('number').notNull(),
    class: text('class', { enum: CALLER_CLASS_VALUES }).notNull(),
    reason: text('reason').notNull(),
    /** permanent | day | week | month | until (then period_until holds the instant). */
    periodKind: text('period_kind', { enum: ['permanent', 'day', 'week', 'month', 'until'] }).notNull(),
    periodUntil: timestamp('period_until', { withTimezone: true }),
    state: text('state', { enum: BLOCK_STATE_VALUES }).notNull(),
    /** Who judged the number should be blocked (谁判定), who entered it (谁操作), who approved it. */
    decidedBy: text('decided_by').notNull(),
    operatedBy: text('operated_by').notNull(),
    approvedBy: text('approved_by'),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    until: timestamp('until', { withTimezone: true }),
    /** When someone should look at the entry again (维护周期). */
    reviewOn: text('review_on'),
    source: text('source', { enum: ['manual', 'auto'] }).notNull(),
    candidateId: text('candidate_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('blocklist_entries_number_idx').on(t.number),
    index('blocklist_entries_live_idx')
      .on(t.state, t.until)
      .where(sql`${t.state} in ('pending', 'active')`),
  ],
);

export const blocklistEvents = pgTable(
  'blocklist_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    entryId: text('entry_id')
      .notNull()
      .references(() => blocklistEntries.id, { onDelete: 'cascade' }),
    /** create | approve | reject | lift | expire */
    type: text('type').notNull(),
    /** Null for the system (the expiry job, an auto-block of a clear flood). */
    by: text('by'),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('blocklist_events_entry_idx').on(t.entryId, t.id)],
);

export const blocklistCandidates = pgTable(
  'blocklist_candidates',
  {
    id: text('id').primaryKey(),
    number: text('number').notNull(),
    calls: integer('calls').notNull(),
    windowMinutes: integer('window_minutes').notNull(),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
    flood: boolean('flood').notNull(),
    state: text('state', { enum: ['pending', 'confirmed', 'dismissed', 'blocked'] }).notNull(),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    note: text('note'),
    /** A dismissal keeps the number out of the proposals until then. */
    dismissedUntil: timestamp('dismissed_until', { withTimezone: true }),
    entryId: text('entry_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('blocklist_candidates_number_idx').on(t.number, t.state)],
);

/** One row (id 1): the policy settings as JSON (src/telephony/settings.ts) and the lookup index version. */
export const telephonySettings = pgTable('telephony_settings', {
  id: integer('id').primaryKey(),
  policy: jsonb('policy').$type<Record<string, unknown>>().notNull(),
  blocklistVersion: bigint('blocklist_version', { mode: 'number' }).notNull().default(0),
  updatedBy: text('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const ivrSessions = pgTable(
  'ivr_sessions',
  {
    id: text('id').primaryKey(),
    number: text('number'),
    callerClass: text('caller_class', { enum: CALLER_CLASS_VALUES }).notNull(),
    elapsedMs: integer('elapsed_ms').notNull(),
    questions: jsonb('questions').$type<{ intent: string; text?: string; atMs?: number }[]>().notNull(),
    action: text('action', { enum: ['human', 'callback', 'continue'] }).notNull(),
    priority: boolean('priority').notNull(),
    reasons: jsonb('reasons').$type<string[]>().notNull(),
    topIntent: text('top_intent'),
    /** decide = answered by POST /api/ivr/decide; ingest = loaded afterwards from the IVR's logs. */
    source: text('source', { enum: ['decide', 'ingest'] }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('ivr_sessions_at_idx').on(t.at)],
);
