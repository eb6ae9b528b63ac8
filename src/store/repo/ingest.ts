// Ingest batches, their stored records and their error reports (docs/product.md "Conversation v1"). The records are written before
// the API answers; chunk jobs (src/ingest) claim a chunk's pending records with FOR UPDATE and commit their
// outcomes together with the conversations, so a retried or concurrently re-run chunk finds nothing left to do.
import { and, asc, eq, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import { ingestBatches, ingestErrors, ingestRecords } from '../schema/index.ts';
import type { IngestBatchStatus, IngestOutcome } from '../schema/index.ts';
import type { Store, StoreDb } from '../store.ts';
import { storableText } from '../../core/text/storable.ts';
import { appendAudit } from './audit.ts';

export type IngestBatchRow = typeof ingestBatches.$inferSelect;

export interface NewIngestRecord {
  line: number;
  file?: string | null;
  raw: string;
}

export interface NewIngestError {
  line: number;
  field: string;
  message: string;
  severity?: 'error' | 'warning';
  file?: string | null;
}

const RECORD_SLICE = 1000;

/**
 * What a reader finds in an upload, in order: a record to store, a problem to report, or records it rejected
 * (they have errors but no stored record). An upload is read as a stream of these, so a large body is stored
 * without ever being held in memory whole (src/ingest/jsonl-stream.ts).
 */
export type IngestItem = { record: NewIngestRecord } | { error: NewIngestError } | { rejected: number };

/**
 * Store a batch with its records split into chunks of `chunkSize`, and the errors already known (rows an importer
 * skipped, counted as rejected), from its items as they are read, in one transaction: the batch row first, the records in slices
 * of RECORD_SLICE as they come, then the counts, the errors and the audit entry. Whatever the reader throws (a
 * body that stops decoding half way, one too large) rolls the whole batch back, as if it had never been sent;
 * `empty` is thrown when the upload held neither a record nor a problem.
 */
export async function storeIngestBatch(
  store: Store,
  b: {
    id: string;
    source: string;
    createdByUserId: string | null;
    items: Iterable<IngestItem> | AsyncIterable<IngestItem>;
    chunkSize: number;
    createdAt: Date;
    empty?: () => Error;
  },
): Promise<{ chunks: number; total: number }> {
  return store.db.transaction(async (tx) => {
    await tx.insert(ingestBatches).values({
      id: b.id,
      source: storableText(b.source),
      createdByUserId: b.createdByUserId,
      createdAt: b.createdAt,
      total: 0,
      rejected: 0,
      chunks: 0,
      status: 'queued',
      finishedAt: null,
    });
    let stored = 0;
    let rejected = 0;
    const errors: NewIngestError[] = [];
    let slice: NewIngestRecord[] = [];
    const flush = async (): Promise<void> => {
      if (slice.length === 0) return;
      const first = stored - slice.length;
      await tx.insert(ingestRecords).values(
        slice.map((r, k) => ({
          batchId: b.id,
          seq: first + k + 1,
          line: r.line,
          file: r.file == null ? null : storableText(r.file),
          chunk: Math.floor((first + k) / b.chunkSize),
          raw: r.raw,
        })),
      );
      slice = [];
    };
    for await (const item of b.items) {
      if ('record' in item) {
        slice.push(item.record);
        stored++;
        if (slice.length === RECORD_SLICE) await flush();
      } else if ('error' in item) errors.push(item.error);
      else rejected += item.rejected;
    }
    await flush();
    if (stored === 0 && errors.length === 0 && b.empty) throw b.empty();
    const chunks = Math.ceil(stored / b.chunkSize);
    const total = stored + rejected;
    await tx
      .update(ingestBatches)
      .set({
        total,
        rejected,
        chunks,
        status: chunks === 0 ? 'done' : 'queued',
        finishedAt: chunks === 0 ? b.createdAt : null,
      })
      .where(eq(ingestBatches.id, b.id));
    await insertIngestErrors(tx, b.id, errors);
    // Who loaded which calls is part of the record (docs/deploy.md, audit): one entry per batch, in the same
    // transaction, naming the source and counts (never the records' content, which the batch itself keeps).
    await appendAudit(
      { db: tx },
      {
        actorUserId: b.createdByUserId,
        action: 'ingest.submit',
        entity: 'ingest_batch',
        entityId: b.id,
        after: { source: storableText(b.source), total, rejected, chunks },
      },
    );
    return { chunks, total };
  });
}

export async function insertIngestErrors(
  db: StoreDb,
  batchId: string,
  errors: readonly NewIngestError[],
): Promise<void> {
  for (let i = 0; i < errors.length; i += RECORD_SLICE) {
    await db.insert(ingestErrors).values(
      errors.slice(i, i + RECORD_SLICE).map((e) => ({
        batchId,
        line: e.line,
        // Error texts may quote the input: never let a NUL or lone surrogate from it fail the report itself.
        field: storableText(e.field),
        message: storableText(e.message),
        severity: e.severity ?? 'error',
        file: e.file == null ? null : storableText(e.file),
      })),
    );
  }
}

export async function markIngestJobsQueued(store: Store, batchId: string, at: Date): Promise<void> {
  await store.db.update(ingestBatches).set({ jobsQueuedAt: at }).where(eq(ingestBatches.id, batchId));
}

export interface PendingRecord {
  seq: number;
  line: number;
  file: string | null;
  raw: string;
}

/** The chunk's records without an outcome (read before the chunk's transaction, to parse them outside it). */
export async function pendingRecords(store: Store, batchId: string, chunk: number): Promise<PendingRecord[]> {
  return store.db
    .select({
      seq: ingestRecords.seq,
      line: ingestRecords.line,
      file: ingestRecords.file,
      raw: ingestRecords.raw,
    })
    .from(ingestRecords)
    .where(
      and(eq(ingestRecords.batchId, batchId), eq(ingestRecords.chunk, chunk), isNull(ingestRecords.outcome)),
    )
    .orderBy(asc(ingestRecords.seq));
}

/**
 * Inside the chunk's transaction: the sequence numbers still pending, locked until the transaction ends, so a
 * second runner of the same chunk waits and then finds them done.
 */
export async function claimPendingRecords(tx: StoreDb, batchId: string, chunk: number): Promise<Set<number>> {
  const rows = await tx
    .select({ seq: ingestRecords.seq })
    .from(ingestRecords)
    .where(
      and(eq(ingestRecords.batchId, batchId), eq(ingestRecords.chunk, chunk), isNull(ingestRecords.outcome)),
    )
    .for('update');
  return new Set(rows.map((r) => r.seq));
}

export interface RecordOutcome {
  seq: number;
  outcome: IngestOutcome;
  conversationId: string | null;
  conversationVersion: number | null;
}

/** Set the outcomes of claimed records and add them to the batch's counters (inside the chunk's transaction). */
export async function recordOutcomes(
  tx: StoreDb,
  batchId: string,
  outcomes: readonly RecordOutcome[],
): Promise<void> {
  if (outcomes.length === 0) return;
  await tx.execute(sql`
    update ingest_records r
       set outcome = v.outcome, conversation_id = v.conversation_id, conversation_version = v.conversation_version
      from jsonb_to_recordset(${JSON.stringify(outcomes.map((o) => ({ seq: o.seq, outcome: o.outcome, conversation_id: o.conversationId, conversation_version: o.conversationVersion })))}::jsonb)
           as v(seq int, outcome text, conversation_id text, conversation_version int)
     where r.batch_id = ${batchId} and r.seq = v.seq`);
  const rejected = outcomes.filter((o) => o.outcome === 'rejected').length;
  await tx
    .update(ingestBatches)
    .set({
      accepted: sql`${ingestBatches.accepted} + ${outcomes.length - rejected}`,
      rejected: sql`${ingestBatches.rejected} + ${rejected}`,
      status: sql`case when ${ingestBatches.status} = 'queued' then 'running'::ingest_batch_status else ${ingestBatches.status} end`,
    })
    .where(eq(ingestBatches.id, batchId));
}

/** Conversations of a chunk that were inserted or updated and whose scoring is not queued yet. */
export async function unqueuedScoring(store: Store, batchId: string, chunk: number): Promise<string[]> {
  const rows = await store.db
    .selectDistinct({ id: ingestRecords.conversationId })
    .from(ingestRecords)
    .where(
      and(
        eq(ingestRecords.batchId, batchId),
        eq(ingestRecords.chunk, chunk),
        inArray(ingestRecords.outcome, ['inserted', 'updated']),
        eq(ingestRecords.scoreQueued, false),
      ),
    );
  return rows.flatMap((r) => (r.id === null ? [] : [r.id]));
}

export async function markScoringQueued(store: Store, batchId: string, chunk: number): Promise<void> {
  await store.db
    .update(ingestRecords)
    .set({ scoreQueued: true })
    .where(
      and(
        eq(ingestRecords.batchId, batchId),
        eq(ingestRecords.chunk, chunk),
        inArray(ingestRecords.outcome, ['inserted', 'updated']),
        eq(ingestRecords.scoreQueued, false),
      ),
    );
}

/** The next chunk with pending records after `after` (wrapping to the first), or undefined when none is left. */
export async function nextPendingChunk(
  store: Store,
  batchId: string,
  after: number,
): Promise<number | undefined> {
  const [row] = await store.db
    .select({ chunk: ingestRecords.chunk })
    .from(ingestRecords)
    .where(and(eq(ingestRecords.batchId, batchId), isNull(ingestRecords.outcome)))
    .orderBy(sql`${ingestRecords.chunk} <= ${after}`, asc(ingestRecords.chunk))
    .limit(1);
  return row?.chunk;
}

/** Compact the raw lines and mark the batch done when no record is pending any more; idempotent, called by every chunk. */
export async function finishBatchIfComplete(store: Store, batchId: string, at: Date): Promise<boolean> {
  const [pending] = await store.db
    .select({ n: sql<number>`count(*)::int` })
    .from(ingestRecords)
    .where(and(eq(ingestRecords.batchId, batchId), isNull(ingestRecords.outcome)));
  if ((pending?.n ?? 0) > 0) return false;
  // Compaction: once every record has its outcome, the raw text of a stored record is only a copy of its
  // conversation's body (57 % of the database at 100k calls, docs/scaling.md). Rejected records keep theirs, so
  // an error line can still be read back; the rows stay for the batch's outcome counts. Before `done`, so a
  // finished batch is always compacted.
  await store.db
    .update(ingestRecords)
    .set({ raw: '' })
    .where(
      and(
        eq(ingestRecords.batchId, batchId),
        ne(ingestRecords.outcome, 'rejected'),
        ne(ingestRecords.raw, ''),
      ),
    );
  await store.db.transaction(async (tx) => {
    const done = await tx
      .update(ingestBatches)
      .set({ status: 'done', finishedAt: at })
      .where(and(eq(ingestBatches.id, batchId), sql`${ingestBatches.status} <> 'done'`))
      .returning({ id: ingestBatches.id });
    // Only the chunk that actually finished the batch writes its audit entry, so it appears once.
    if (done.length === 0) return;
    const counts = await tx
      .select({ outcome: ingestRecords.outcome, n: sql<number>`count(*)::int` })
      .from(ingestRecords)
      .where(eq(ingestRecords.batchId, batchId))
      .groupBy(ingestRecords.outcome);
    await appendAudit(
      { db: tx },
      {
        actorUserId: null,
        action: 'ingest.finish',
        entity: 'ingest_batch',
        entityId: batchId,
        after: Object.fromEntries(counts.map((c) => [c.outcome ?? 'pending', c.n])),
      },
    );
  });
  return true;
}

export async function setIngestBatchStatus(
  store: Store,
  batchId: string,
  status: IngestBatchStatus,
): Promise<void> {
  await store.db.update(ingestBatches).set({ status }).where(eq(ingestBatches.id, batchId));
}

export interface IngestBatchReport {
  batch: IngestBatchRow;
  outcomes: Record<IngestOutcome | 'pending', number>;
  errors: {
    line: number;
    field: string;
    message: string;
    severity: 'error' | 'warning';
    file: string | null;
  }[];
  errorCount: number;
  warningCount: number;
}

/** The batch with its outcome counts and its first `errorLimit` errors and warnings (by line). */
export async function getIngestBatch(
  store: Store,
  batchId: string,
  errorLimit = 1000,
): Promise<IngestBatchReport | undefined> {
  const [batch] = await store.db.select().from(ingestBatches).where(eq(ingestBatches.id, batchId));
  if (!batch) return undefined;
  const counts = await store.db
    .select({ outcome: ingestRecords.outcome, n: sql<number>`count(*)::int` })
    .from(ingestRecords)
    .where(eq(ingestRecords.batchId, batchId))
    .groupBy(ingestRecords.outcome);
  const outcomes = { inserted: 0, updated: 0, unchanged: 0, rejected: 0, pending: 0 };
  for (const c of counts) outcomes[c.outcome ?? 'pending'] = c.n;
  const severities = await store.db
    .select({ severity: ingestErrors.severity, n: sql<number>`count(*)::int` })
    .from(ingestErrors)
    .where(eq(ingestErrors.batchId, batchId))
    .groupBy(ingestErrors.severity);
  const errors = await store.db
    .select({
      line: ingestErrors.line,
      field: ingestErrors.field,
      message: ingestErrors.message,
      severity: ingestErrors.severity,
      file: ingestErrors.file,
    })
    .from(ingestErrors)
    .where(eq(ingestErrors.batchId, batchId))
    .orderBy(asc(ingestErrors.file), asc(ingestErrors.line), asc(ingestErrors.id))
    .limit(errorLimit);
  return {
    batch,
    outcomes,
    errors,
    errorCount: severities.find((s) => s.severity === 'error')?.n ?? 0,
    warningCount: severities.find((s) => s.severity === 'warning')?.n ?? 0,
  };
}

/** Batches stored but whose chunk jobs were never all sent (the process died right after storing them). */
export async function batchesWithoutJobs(store: Store, createdBefore: Date): Promise<IngestBatchRow[]> {
  return store.db
    .select()
    .from(ingestBatches)
    .where(
      and(
        isNull(ingestBatches.jobsQueuedAt),
        sql`${ingestBatches.status} <> 'done'`,
        lt(ingestBatches.createdAt, createdBefore),
      ),
    );
}
