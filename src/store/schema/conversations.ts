// Conversations as ingested (conversation v1 in `body`), one row per version: re-ingesting the same id with the same
// content changes nothing, changed content becomes a new version (docs/product.md "Conversation v1"). Agent, team and vendor are
// copied onto each row at ingest so that every scoped query is one indexed filter, and so that a call stays with the
// team the agent belonged to on that day even after the agent moves.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { Conversation } from '../../core/conversation/schema.ts';
import { users } from './users.ts';

export const INGEST_BATCH_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type IngestBatchStatus = (typeof INGEST_BATCH_STATUSES)[number];
export const ingestBatchStatus = pgEnum('ingest_batch_status', INGEST_BATCH_STATUSES);

export const ingestBatches = pgTable(
  'ingest_batches',
  {
    id: text('id').primaryKey(),
    status: ingestBatchStatus('status').notNull().default('queued'),
    /** Where the records came from: `jsonl`, `json`, or an importer format with its file name. */
    source: text('source').notNull(),
    createdByUserId: text('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    total: integer('total').notNull().default(0),
    accepted: integer('accepted').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    /** Chunk jobs the batch was split into (src/ingest); set once the records are stored. */
    chunks: integer('chunks').notNull().default(0),
    /** Set once every chunk job was sent: a batch without it after a crash has its jobs sent again. */
    jobsQueuedAt: timestamp('jobs_queued_at', { withTimezone: true }),
  },
  (t) => [index('ingest_batches_created_idx').on(t.createdAt)],
);

export const ingestErrors = pgTable(
  'ingest_errors',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    batchId: text('batch_id')
      .notNull()
      .references(() => ingestBatches.id, { onDelete: 'cascade' }),
    /** FieldError of src/core/conversation/schema.ts: 1-based line or record number, dotted field path. */
    line: integer('line').notNull(),
    field: text('field').notNull(),
    message: text('message').notNull(),
    /** `error`: the record was not stored; `warning`: stored, but see the message (e.g. unknown agent). */
    severity: text('severity', { enum: ['error', 'warning'] })
      .notNull()
      .default('error'),
    /** Uploaded file the line refers to (multipart ingest); null for a JSON/JSONL body. */
    file: text('file'),
  },
  (t) => [index('ingest_errors_batch_idx').on(t.batchId, t.line)],
);

export const conversations = pgTable(
  'conversations',
  {
    id: text('id').notNull(),
    version: integer('version').notNull(),
    /** Exactly one row per id carries is_latest (enforced by a partial unique index). */
    isLatest: boolean('is_latest').notNull(),
    agentId: text('agent_id'),
    teamId: text('team_id'),
    vendorId: text('vendor_id'),
    channel: text('channel', { enum: ['voice', 'chat'] }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    /** Call length derived from turn and event times; null when the record carries no times. */
    durationMs: integer('duration_ms'),
    turnCount: integer('turn_count').notNull(),
    /** SHA-256 of the canonical JSON of `body`: the idempotency key of a replay. */
    contentHash: text('content_hash').notNull(),
    body: jsonb('body').$type<Conversation>().notNull(),
    /** The turns' text joined by newlines, for substring search that behaves the same on PGlite and PostgreSQL. */
    searchText: text('search_text').notNull(),
    /**
     * search_text with personal numbers masked (src/core/privacy/mask.ts): what roles that see masks search, so
     * a query cannot test digits they are not shown. Null for rows stored before it existed (then every digit
     * counts as masked) and, to save space, when masking changes nothing.
     */
    searchTextMasked: text('search_text_masked'),
    /**
     * Tolerant search key (src/store/repo/conversation-filter.ts searchKey): the matcher's folding of search_text,
     * traditional → simplified, no whitespace or punctuation. Null for rows stored before it existed until the
     * start-up backfill reaches them (searched literally meanwhile).
     */
    searchKey: text('search_key'),
    /** The key of the masked text (masked digits as U+E000); null when masking changes nothing. */
    searchKeyMasked: text('search_key_masked'),
    /** The customer's number of `meta`, normalised (src/core/telephony/number.ts), for the caller search. */
    callerNumber: text('caller_number'),
    ingestBatchId: text('ingest_batch_id').references(() => ingestBatches.id, { onDelete: 'set null' }),
    ingestedAt: timestamp('ingested_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.version] }),
    uniqueIndex('conversations_latest_uq')
      .on(t.id)
      .where(sql`${t.isLatest}`),
    index('conversations_agent_started_idx')
      .on(t.agentId, t.startedAt)
      .where(sql`${t.isLatest}`),
    index('conversations_team_started_idx')
      .on(t.teamId, t.startedAt)
      .where(sql`${t.isLatest}`),
    index('conversations_vendor_started_idx')
      .on(t.vendorId, t.startedAt)
      .where(sql`${t.isLatest}`),
    // (started_at, id): the keyset of re-score planning and previews, `(started_at, id) > ($t, $id)`. The
    // migration (drizzle/0009_api_scale.sql) adds INCLUDE (version, agent_id, team_id, vendor_id, channel), which
    // drizzle cannot declare, so period aggregates are index-only; it also adds the trigram index of search_key
    // (when pg_trgm is available) and conversations_unkeyed_idx.
    index('conversations_started_idx')
      .on(t.startedAt, t.id)
      .where(sql`${t.isLatest}`),
    // The conversation list's order exactly (newest first, undated last, id), so a page is an index range.
    index('conversations_list_idx')
      .on(t.startedAt.desc().nullsLast(), t.id)
      .where(sql`${t.isLatest}`),
    index('conversations_batch_idx').on(t.ingestBatchId),
    index('conversations_caller_idx')
      .on(t.callerNumber)
      .where(sql`${t.isLatest} and ${t.callerNumber} is not null`),
  ],
);
