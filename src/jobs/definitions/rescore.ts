// Jobs `rescore-plan` {runId} and `rescore-chunk` {runId, chunk}: the background re-score of a period
// (src/packs/rescore.ts). Both are safe to run again: the plan is stored once, a chunk saves once.
import { z } from 'zod';
import { planRescore, RESCORE_LANES, workRescoreRun } from '../../packs/rescore.ts';
import { parseSettings } from '../../settings/settings.ts';
import { defineJob } from '../define.ts';

export const rescoreChunkJob = defineJob({
  id: 'rescore-chunk',
  payload: z.object({ runId: z.string().min(1), chunk: z.number().int().min(0) }),
  retry: { limit: 5, delaySeconds: 10, backoff: true },
  expireInSeconds: 10 * 60,
  // `chunk` is the lane (0 … RESCORE_LANES − 1): every lane claims whichever chunks are left, one at a time.
  async handler({ runId }, { store }) {
    await workRescoreRun(store, runId, () => new Date(), parseSettings(process.env).timeZone);
  },
});

export const rescorePlanJob = defineJob({
  id: 'rescore-plan',
  payload: z.object({ runId: z.string().min(1) }),
  retry: { limit: 3, delaySeconds: 10, backoff: true },
  expireInSeconds: 30 * 60,
  async handler({ runId }, { store, queue }) {
    const pending = await planRescore(store, runId);
    for (let lane = 0; lane < Math.min(pending.length, RESCORE_LANES); lane++)
      await queue.send(rescoreChunkJob, { runId, chunk: lane });
  },
});
