// Daily job `run-sampling-plans`: every active scheduled sampling plan samples its last complete period (yesterday,
// last week, last month in the contact center's zone). Runs are idempotent per plan and conversation version, so a
// retry or a second run the same day creates nothing new, and late-ingested calls of the period are picked up.
import { z } from 'zod';
import { previousPeriod } from '../../core/time/index.ts';
import { runPlan } from '../../review/sampling.ts';
import { parseSettings } from '../../settings/settings.ts';
import { listSamplingPlans } from '../../store/index.ts';
import { defineJob } from '../define.ts';

export const runSamplingPlansJob = defineJob({
  id: 'run-sampling-plans',
  payload: z.object({}).strict(),
  retry: { limit: 3, delaySeconds: 300, backoff: true },
  expireInSeconds: 30 * 60,
  async handler(_payload, { store }) {
    const now = new Date();
    const { timeZone } = parseSettings(process.env);
    for (const plan of await listSamplingPlans(store, { scheduled: true, active: true })) {
      await runPlan(store, plan, previousPeriod(plan.period, now, timeZone), null, now);
    }
  },
});
