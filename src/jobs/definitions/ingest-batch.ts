// Job `ingest-batch` {batchId, chunk}: store one chunk of an ingest batch (src/ingest/chunk.ts), queue the
// scoring of what changed, and close the batch when its last chunk is done. Safe to run again at any point.
//
// The queue hands a worker loop one job per polling interval, so after its own chunk a job goes on with the next
// pending chunks of the same batch for up to STEAL_MS: a batch is then stored at the speed of the database, not of
// the polling. The queued jobs of chunks done that way find nothing left and end at once.
import { z } from 'zod';
import { processIngestChunk } from '../../ingest/chunk.ts';
import { resultsFor } from '../../packs/score-bulk.ts';
import { packRevision, publishedPack } from '../../qa/packs.ts';
import { scoreConversationsJob } from '../../qa/score-job.ts';
import {
  finishBatchIfComplete,
  markScoringQueued,
  nextPendingChunk,
  saveResults,
  unqueuedScoring,
  type Store,
} from '../../store/index.ts';
import { defineJob, type JobSender } from '../define.ts';

/** score-conversations takes at most 1000 ids. */
const SCORE_SLICE = 1000;
const STEAL_MS = 60_000;

/** A batch of at least this many records is followed by ANALYZE, so the planner's row estimates keep up. */
const ANALYZE_MIN_RECORDS = 10_000;

async function storeChunk(store: Store, queue: JobSender, batchId: string, chunk: number): Promise<void> {
  await processIngestChunk(store, batchId, chunk);
  // Also when the chunk was already stored: the run that stored it may have died before queueing its scoring.
  const ids = await unqueuedScoring(store, batchId, chunk);
  if (ids.length === 0) return;
  // Scored here, as the chunk is stored: a score job per slice would wait for the next poll of its queue (one
  // slice per polling interval paced ingest-to-scored). Without a published pack the jobs wait for one.
  const pack = await publishedPack(store);
  if (pack === undefined)
    for (let i = 0; i < ids.length; i += SCORE_SLICE)
      await queue.send(scoreConversationsJob, { ids: ids.slice(i, i + SCORE_SLICE) });
  else
    for (let i = 0; i < ids.length; i += SCORE_SLICE) {
      const rows = await resultsFor(store, ids.slice(i, i + SCORE_SLICE), pack, packRevision(pack.version));
      await saveResults(store, rows, new Date());
    }
  await markScoringQueued(store, batchId, chunk);
}

/** ANALYZE the tables a large batch grew (PostgreSQL's autovacuum lags behind bulk loads; PGlite has none). */
async function analyzeAfterLargeBatch(store: Store, batchId: string): Promise<void> {
  const { rows } = await store.sql<{ n: number }>(
    'select count(*)::int as n from ingest_records where batch_id = $1',
    [batchId],
  );
  if ((rows[0]?.n ?? 0) < ANALYZE_MIN_RECORDS) return;
  await store.sql('analyze conversations');
  await store.sql('analyze results');
}

export const ingestBatchJob = defineJob({
  id: 'ingest-batch',
  payload: z.object({ batchId: z.string().min(1), chunk: z.number().int().min(0) }),
  retry: { limit: 5, delaySeconds: 5, backoff: true },
  // A worker that died holding the job gives it back after this (its chunk's transaction was rolled back) plus
  // pg-boss's supervision interval (src/jobs/queue.ts). Above STEAL_MS and one chunk, so a live job never expires.
  expireInSeconds: 2 * 60,
  async handler({ batchId, chunk }, { store, queue }) {
    const until = Date.now() + STEAL_MS;
    await storeChunk(store, queue, batchId, chunk);
    for (
      let next = await nextPendingChunk(store, batchId, chunk);
      next !== undefined && Date.now() < until;
    ) {
      await storeChunk(store, queue, batchId, next);
      next = await nextPendingChunk(store, batchId, next);
    }
    if (await finishBatchIfComplete(store, batchId, new Date())) await analyzeAfterLargeBatch(store, batchId);
  },
});
