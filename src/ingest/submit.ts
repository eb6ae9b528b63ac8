// Accepting an ingest request: store the batch and its records, then queue one `ingest-batch` job per chunk
// (docs/product.md: "answers {batchId} at once, and processes the batch as queued jobs").
import { randomUUID } from 'node:crypto';
import type { JobSender } from '../jobs/define.ts';
import { markIngestJobsQueued, storeIngestBatch, type IngestItem, type Store } from '../store/index.ts';
import { ingestBatchJob } from '../jobs/definitions/ingest-batch.ts';
import { itemsOf, type SplitInput } from './records.ts';

/** Records per chunk job: large enough for multi-row statements, small enough that a retry redoes little. */
export const INGEST_CHUNK_SIZE = 1000;

export interface SubmitResult {
  batchId: string;
  total: number;
  chunks: number;
}

/** Accept an upload read whole (a split of records and errors). */
export async function submitIngest(
  store: Store,
  jobs: JobSender,
  input: SplitInput & { source: string; createdByUserId: string | null; now: Date; chunkSize?: number },
): Promise<SubmitResult> {
  const { records: _r, errors: _e, rejected: _n, ...rest } = input;
  return submitIngestItems(store, jobs, { ...rest, items: itemsOf(input) });
}

/**
 * Accept an upload read as it streams (src/ingest/jsonl-stream.ts): records are stored as they are read, so the
 * request's memory stays that of a slice of records, whatever the upload's size. `empty` is the error for an
 * upload without a single record or problem (nothing is stored then).
 */
export async function submitIngestItems(
  store: Store,
  jobs: JobSender,
  input: {
    items: Iterable<IngestItem> | AsyncIterable<IngestItem>;
    source: string;
    createdByUserId: string | null;
    now: Date;
    chunkSize?: number;
    empty?: () => Error;
  },
): Promise<SubmitResult> {
  const batchId = `ing-${randomUUID()}`;
  const { chunks, total } = await storeIngestBatch(store, {
    id: batchId,
    source: input.source,
    createdByUserId: input.createdByUserId,
    items: input.items,
    chunkSize: input.chunkSize ?? INGEST_CHUNK_SIZE,
    createdAt: input.now,
    ...(input.empty ? { empty: input.empty } : {}),
  });
  await queueChunks(store, jobs, batchId, chunks, input.now);
  return { batchId, total, chunks };
}

/** Send every chunk's job, then note it; a batch left without the note is re-queued by `ingest-resume`. */
export async function queueChunks(
  store: Store,
  jobs: JobSender,
  batchId: string,
  chunks: number,
  now: Date,
): Promise<void> {
  for (let chunk = 0; chunk < chunks; chunk++) await jobs.send(ingestBatchJob, { batchId, chunk });
  await markIngestJobsQueued(store, batchId, now);
}
