// Scheduled job `scan-sla` (seed 004 工單時效; docs/product.md "Integration endpoints": SLA timers run as queue jobs): reminders before a
// work order's deadline and escalation on breach. Safe to run on several workers at once and to retry: orders are
// claimed with SKIP LOCKED and each deadline is reminded and escalated at most once (src/service/sla-scan.ts).
import { z } from 'zod';
import { scanSla } from '../../service/sla-scan.ts';
import { parseSettings } from '../../settings/settings.ts';
import { defineJob } from '../define.ts';

export const scanSlaJob = defineJob({
  id: 'scan-sla',
  payload: z.object({}).strict(),
  retry: { limit: 3, delaySeconds: 60, backoff: true },
  expireInSeconds: 10 * 60,
  async handler(_payload, { store }) {
    await scanSla(store, new Date(), parseSettings(process.env).timeZone);
  },
});
