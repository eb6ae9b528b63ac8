// Job `ingest-batch` {batchId, chunk}: store one chunk of an ingest batch (src/ingest/chunk.ts), queue the
// scoring of what changed, and close the batch when its last chunk is done. Safe to run again at any point.
import { z } from 'zod';
import { processIngestChunk } from '../../ingest/chunk.ts';
import { scoreConversationsJob } from '../../qa/score-job.ts';
import { changedConversationIds, finishBatchIfComplete } from '../../store/index.ts';
import { defineJob } from '../define.ts';

/** score-conversations takes at most 1000 ids. */
const SCORE_SLICE = 500;

export const ingestBatchJob = defineJob({
  id: 'ingest-batch',
  payload: z.object({ batchId: z.string().min(1), chunk: z.number().int().min(0) }),
  retry: { limit: 5, delaySeconds: 5, backoff: true },
  // A chunk of 500 takes about a second; a worker that died holding one gives it back after this.
  expireInSeconds: 5 * 60,
  async handler({ batchId, chunk }, { store, queue }) {
    await processIngestChunk(store, batchId, chunk);
    // Also on a re-run that found the chunk already stored: the first run may have died before this point.
    // Scoring is idempotent (one result per conversation version and pack version).
    const ids = await changedConversationIds(store, batchId, chunk);
    for (let i = 0; i < ids.length; i += SCORE_SLICE) {
      await queue.send(scoreConversationsJob, { ids: ids.slice(i, i + SCORE_SLICE) });
    }
    await finishBatchIfComplete(store, batchId, new Date());
  },
});
