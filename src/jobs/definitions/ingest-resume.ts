// Job `ingest-resume` (scheduled): a batch is stored before its chunk jobs are sent; if the server died in
// between, the batch has no jobs and would wait forever. This re-sends them (a duplicate chunk job finds its
// records done and changes nothing).
import { z } from 'zod';
import { queueChunks } from '../../ingest/submit.ts';
import { batchesWithoutJobs } from '../../store/index.ts';
import { defineJob } from '../define.ts';

/** Older than this, a batch without its jobs noted is no longer being queued by its request. */
const GRACE_MS = 5 * 60_000;

export const ingestResumeJob = defineJob({
  id: 'ingest-resume',
  payload: z.object({}).strict(),
  retry: { limit: 1, delaySeconds: 60, backoff: false },
  expireInSeconds: 10 * 60,
  async handler(_payload, { store, queue }) {
    const now = new Date();
    for (const b of await batchesWithoutJobs(store, new Date(now.getTime() - GRACE_MS))) {
      await queueChunks(store, queue, b.id, b.chunks, now);
    }
  },
});
