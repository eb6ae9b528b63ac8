// Daily retention run (src/ops/retention.ts): anonymise or delete conversations older than the configured months.
// `serve` schedules it with RETENTION_MONTHS / RETENTION_MODE as its payload, or removes the schedule when unset.
import { z } from 'zod';
import { applyRetention } from '../../ops/retention.ts';
import { defineJob } from '../define.ts';

export const RETENTION_CRON = '45 3 * * *';

export const applyRetentionJob = defineJob({
  id: 'apply-retention',
  payload: z.object({ months: z.number().int().min(1), mode: z.enum(['delete', 'anonymise']) }).strict(),
  retry: { limit: 3, delaySeconds: 300, backoff: true },
  // batches of 1000 conversations, each its own short transaction: a re-run goes on where this one stopped
  expireInSeconds: 30 * 60,
  async handler(policy, { store }) {
    await applyRetention(store, policy, new Date());
  },
});
