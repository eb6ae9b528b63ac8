// Impact preview runs (docs/product.md "Rules as code": an impact preview before publishing): a preview over a period is
// a background job, not a request, so a month of calls never holds the web process; the run records its progress
// (conversations compared so far out of the period's total) and, once done, its summary.
import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

export const PREVIEW_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type PreviewStatus = (typeof PREVIEW_STATUSES)[number];

export const previewRuns = pgTable(
  'preview_runs',
  {
    id: text('id').primaryKey(),
    status: text('status', { enum: PREVIEW_STATUSES }).notNull().default('queued'),
    packId: text('pack_id').notNull(),
    /** The candidate revision previewed and the published revision it is compared with. */
    packVersion: integer('pack_version').notNull(),
    baselineVersion: integer('baseline_version').notNull(),
    /** Period of started_at: from inclusive, to exclusive. */
    periodFrom: timestamp('period_from', { withTimezone: true }).notNull(),
    periodTo: timestamp('period_to', { withTimezone: true }).notNull(),
    /** Conversations compared at most, and moved conversations kept in the summary. */
    maxConversations: integer('max_conversations').notNull(),
    changedLimit: integer('changed_limit').notNull(),
    /** Conversations the run will compare (min of the period's count and the maximum); null until counted. */
    total: integer('total'),
    done: integer('done').notNull().default(0),
    /** The impact summary (src/packs/impact-summary.ts) with `truncated` and `elapsedMs`, once done. */
    result: jsonb('result'),
    createdByUserId: text('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    error: text('error'),
  },
  (t) => [index('preview_runs_created_idx').on(t.createdAt)],
);
