// Per-day tallies behind the dashboard overview (drizzle/0010_overview_rollup.sql, src/store/repo/overview-rollup.ts).
// Triggers on conversations and results append the UTC days a write touches to overview_changes; a marked or
// never-built day is rebuilt from the calls before it is read.
import { bigserial, date, index, integer, numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const overviewChanges = pgTable(
  'overview_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    day: date('day').notNull(),
  },
  (t) => [index('overview_changes_day_idx').on(t.day)],
);

export const overviewDays = pgTable('overview_days', {
  day: date('day').primaryKey(),
  builtAt: timestamp('built_at', { withTimezone: true }).notNull(),
});

/** Conversations of a day per agent, team, vendor and channel, with their latest results' count, sum and fatal. */
export const overviewDayTotals = pgTable(
  'overview_day_totals',
  {
    day: date('day').notNull(),
    agentId: text('agent_id'),
    teamId: text('team_id'),
    vendorId: text('vendor_id'),
    channel: text('channel').notNull(),
    calls: integer('calls').notNull(),
    scored: integer('scored').notNull(),
    totalSum: numeric('total_sum').notNull(),
    fatal: integer('fatal').notNull(),
  },
  (t) => [index('overview_day_totals_day_idx').on(t.day)],
);

/** Hits per rule of a day's latest results, per agent, team, vendor and channel. */
export const overviewDayRules = pgTable(
  'overview_day_rules',
  {
    day: date('day').notNull(),
    agentId: text('agent_id'),
    teamId: text('team_id'),
    vendorId: text('vendor_id'),
    channel: text('channel').notNull(),
    rule: text('rule').notNull(),
    hits: integer('hits').notNull(),
    conversations: integer('conversations').notNull(),
    deduction: numeric('deduction').notNull(),
  },
  (t) => [index('overview_day_rules_day_idx').on(t.day)],
);
