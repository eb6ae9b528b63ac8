// The records of an ingest batch, stored before the API answers (ARCHITECTURE.md "The path of a conversation": a worker
// killed mid-batch loses nothing and duplicates nothing): a chunk job sets each record's outcome in the same transaction that stores its
// conversation, so a retried chunk skips what is done and a crashed one redoes exactly what was rolled back.
import { boolean, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { ingestBatches } from './conversations.ts';

export const INGEST_OUTCOMES = ['inserted', 'updated', 'unchanged', 'rejected'] as const;
export type IngestOutcome = (typeof INGEST_OUTCOMES)[number];

export const ingestRecords = pgTable(
  'ingest_records',
  {
    batchId: text('batch_id')
      .notNull()
      .references(() => ingestBatches.id, { onDelete: 'cascade' }),
    /** 1-based record number in the batch (the order records were received). */
    seq: integer('seq').notNull(),
    /** Line of the record in its source: JSONL line, array element number, or 0 for an imported file. */
    line: integer('line').notNull(),
    /** Uploaded file name for multipart ingest. */
    file: text('file'),
    chunk: integer('chunk').notNull(),
    /** The record as received (one JSONL line, or the JSON of one array element / imported conversation). */
    raw: text('raw').notNull(),
    /** Null until its chunk committed. */
    outcome: text('outcome', { enum: INGEST_OUTCOMES }),
    conversationId: text('conversation_id'),
    conversationVersion: integer('conversation_version'),
    /** Set once the scoring of this record's conversation was queued (a re-run of the chunk does not queue it again). */
    scoreQueued: boolean('score_queued').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.batchId, t.seq] }),
    index('ingest_records_chunk_idx').on(t.batchId, t.chunk),
  ],
);
