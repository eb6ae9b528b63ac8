// Jobs `rescore-plan` {runId} and `rescore-chunk` {runId, chunk}: the background re-score of a period
// (src/packs/rescore.ts). Both are safe to run again: the plan is stored once, a chunk saves once.
import { z } from 'zod';
import { planRescore, rescoreChunk } from '../../packs/rescore.ts';
import { nextRescoreChunk } from '../../store/index.ts';
import { defineJob } from '../define.ts';

const STEAL_MS = 60_000;

export const rescoreChunkJob = defineJob({
  id: 'rescore-chunk',
  payload: z.object({ runId: z.string().min(1), chunk: z.number().int().min(0) }),
  retry: { limit: 5, delaySeconds: 10, backoff: true },
  // Above STEAL_MS and one chunk; a killed worker's chunk is handed on after this (see ingest-batch).
  expireInSeconds: 2 * 60,
  async handler({ runId, chunk }, { store }) {
    // As ingest-batch does: go on with the run's next chunks for a while, so a run is not paced by the polling.
    const until = Date.now() + STEAL_MS;
    await rescoreChunk(store, runId, chunk, new Date());
    for (let next = await nextRescoreChunk(store, runId, chunk); next !== undefined && Date.now() < until;) {
      await rescoreChunk(store, runId, next, new Date());
      next = await nextRescoreChunk(store, runId, next);
    }
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
