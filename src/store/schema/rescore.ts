// Background re-score runs (docs/product.md "Rules as code"): a run is split into chunks of
// conversation ids; a chunk's results and its `done` mark commit together, so a retried chunk is skipped and the
// progress counter never counts a conversation twice.
import { boolean, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

export const RESCORE_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type RescoreStatus = (typeof RESCORE_STATUSES)[number];

export const rescoreRuns = pgTable(
  'rescore_runs',
  {
    id: text('id').primaryKey(),
    status: text('status', { enum: RESCORE_STATUSES }).notNull().default('queued'),
    packId: text('pack_id').notNull(),
    packVersion: integer('pack_version').notNull(),
    /** Period of started_at: from inclusive, to exclusive. */
    periodFrom: timestamp('period_from', { withTimezone: true }).notNull(),
    periodTo: timestamp('period_to', { withTimezone: true }).notNull(),
    /** Conversations in the period; null until the planning job counted them. */
    total: integer('total'),
    chunks: integer('chunks'),
    createdByUserId: text('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    error: text('error'),
  },
  (t) => [index('rescore_runs_created_idx').on(t.createdAt)],
);

export const rescoreChunks = pgTable(
  'rescore_chunks',
  {
    runId: text('run_id')
      .notNull()
      .references(() => rescoreRuns.id, { onDelete: 'cascade' }),
    chunk: integer('chunk').notNull(),
    ids: text('ids').array().notNull(),
    done: boolean('done').notNull().default(false),
    /**
     * When a worker claimed the chunk (before evaluating it, so no two workers evaluate the same chunk); a claim
     * older than the lease (src/packs/rescore.ts) is taken over, so a killed worker's chunk is done by another.
     */
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.runId, t.chunk] })],
);
