// Keeps the dashboard overview's per-day tallies built (src/store/repo/overview-rollup.ts): a re-score or a large
// ingest marks many days at once, and rebuilding them here spares the next dashboard view from reading those days'
// calls itself. A view never waits for this job: a day still marked is read from the calls.
import { z } from 'zod';
import { rebuildRecentOverviewDays } from '../../store/repo/overview-rollup.ts';
import { defineJob } from '../define.ts';

export const rebuildOverviewDaysJob = defineJob({
  id: 'rebuild-overview-days',
  payload: z.object({}).strict(),
  retry: { limit: 1, delaySeconds: 60, backoff: false },
  expireInSeconds: 5 * 60,
  async handler(_payload, { store }) {
    // Within a few minutes' run: what is left waits for the next run (every five minutes).
    await rebuildRecentOverviewDays(store, new Date(), 120_000);
  },
});
