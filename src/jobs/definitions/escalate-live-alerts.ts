// Escalates live alerts nobody acknowledged within their rule's seconds (src/live/commands.ts). Every serving
// process also sweeps every few seconds (src/http/routes/live.ts), so escalation keeps second-level precision;
// this scheduled job is the sweep of last resort when no server is up. Claims are atomic: no double escalation.
import { z } from 'zod';
import { escalateDueAlerts } from '../../live/commands.ts';
import { defineJob } from '../define.ts';

export const escalateLiveAlertsJob = defineJob({
  id: 'escalate-live-alerts',
  payload: z.object({}).strict(),
  retry: { limit: 2, delaySeconds: 10, backoff: false },
  expireInSeconds: 60,
  async handler(_payload, { store, queue }) {
    await escalateDueAlerts(store, queue, new Date());
  },
});
