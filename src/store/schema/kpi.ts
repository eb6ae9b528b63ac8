// KPI inputs of docs/product.md (seed 002 二 "客服岗位的Kpi以及计费方式"): the versioned contract policy and the daily call
// statistics per agent. The maths lives in src/core/kpi; these tables only keep what it is computed from.
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { vendors } from './organisation.ts';
import { disciplineWindowSchema } from '../../core/kpi/discipline.ts';
import { kpiPolicySchema } from '../../core/kpi/policy.ts';
import { storedJson } from '../json.ts';

/**
 * One version of the KPI/settlement policy. `vendor_id` null = the default for every vendor without its own;
 * a statement uses the vendor's (else the default's) version with the latest `effective_from` ≤ its month.
 * Versions are never edited: a changed contract is a new row, so every approved statement can be recomputed.
 */
export const kpiPolicies = pgTable(
  'kpi_policies',
  {
    id: text('id').primaryKey(),
    vendorId: text('vendor_id').references(() => vendors.id),
    /** The policy's own `version` (e.g. `v1`), printed on every statement computed with it. */
    version: text('version').notNull(),
    /** First month (`YYYY-MM`) the version applies to. */
    effectiveFrom: text('effective_from').notNull(),
    body: storedJson('kpi_policies.body', kpiPolicySchema).notNull(),
    /** Counting window of seed 000's error ladder (not part of KpiPolicy, which holds seed 002's numbers). */
    disciplineWindow: storedJson('kpi_policies.discipline_window', disciplineWindowSchema).notNull(),
    createdByUserId: text('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('kpi_policies_default_version_uq')
      .on(t.version)
      .where(sql`${t.vendorId} is null`),
    uniqueIndex('kpi_policies_vendor_version_uq')
      .on(t.vendorId, t.version)
      .where(sql`${t.vendorId} is not null`),
  ],
);

/**
 * Daily call statistics of one agent from one source. Idempotency: (agent, day, source) is unique and an import
 * REPLACES the rows of every (agent, day) it contains under its source — re-importing a file changes nothing,
 * importing a corrected file corrects it. Several rows of one agent and day inside one file (skill groups) are
 * summed first. Different sources are different channels and add up, except that `conversations` (derived from
 * stored conversations' meta) only counts for days that no imported source covers.
 */
export const callStatsDaily = pgTable(
  'call_stats_daily',
  {
    agentId: text('agent_id').notNull(),
    /** Calendar day in the contact center's time zone. */
    date: date('date', { mode: 'string' }).notNull(),
    /** `import` unless the uploader names the system (e.g. `udesk`); `conversations` when derived. */
    source: text('source').notNull(),
    offered: integer('offered').notNull(),
    answered: integer('answered').notNull(),
    answeredWithin20s: integer('answered_within_20s').notNull(),
    abandonedInQueue: integer('abandoned_in_queue').notNull(),
    rated: integer('rated').notNull(),
    satisfied: integer('satisfied').notNull(),
    ratingAbandoned: integer('rating_abandoned').notNull(),
    /** Import that wrote the row last (audit_log entity `call_stats_import`). */
    importId: text('import_id').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('call_stats_daily_uq').on(t.agentId, t.date, t.source),
    index('call_stats_daily_date_idx').on(t.date),
  ],
);
