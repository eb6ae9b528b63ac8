// Jobs `rescore-plan` {runId} and `rescore-chunk` {runId, chunk}: the background re-score of a period
// (src/packs/rescore.ts). Both are safe to run again: the plan is stored once, a chunk saves once.
import { z } from 'zod';
import { planRescore, rescoreChunk } from '../../packs/rescore.ts';
import { defineJob } from '../define.ts';

export const rescoreChunkJob = defineJob({
  id: 'rescore-chunk',
  payload: z.object({ runId: z.string().min(1), chunk: z.number().int().min(0) }),
  retry: { limit: 5, delaySeconds: 10, backoff: true },
  expireInSeconds: 10 * 60,
  async handler({ runId, chunk }, { store }) {
    await rescoreChunk(store, runId, chunk, new Date());
  },
});

export const rescorePlanJob = defineJob({
  id: 'rescore-plan',
  payload: z.object({ runId: z.string().min(1) }),
  retry: { limit: 3, delaySeconds: 10, backoff: true },
  expireInSeconds: 30 * 60,
  async handler({ runId }, { store, queue }) {
    for (const chunk of await planRescore(store, runId)) await queue.send(rescoreChunkJob, { runId, chunk });
  },
});
