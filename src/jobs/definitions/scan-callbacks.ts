// Scheduled job `scan-callbacks` (seed 002 二 (三) 回访不及时): opens a callback task for every new complaint and
// after-hours voicemail and turns the tasks still open past their due moment into the month's ¥50 lines. Safe to
// run on several workers at once and to retry (src/callbacks/tasks.ts scanCallbacks): tasks are unique per source,
// late tasks are claimed with SKIP LOCKED and charged at most once. The schedule lives in the queue's database,
// so it survives restarts and pg-boss sends each tick once across workers.
import { z } from 'zod';
import { scanCallbacks } from '../../callbacks/tasks.ts';
import { parseSettings } from '../../settings/settings.ts';
import { defineJob } from '../define.ts';

export const scanCallbacksJob = defineJob({
  id: 'scan-callbacks',
  payload: z.object({}).strict(),
  retry: { limit: 3, delaySeconds: 60, backoff: true },
  expireInSeconds: 10 * 60,
  async handler(_payload, { store }) {
    await scanCallbacks(store, new Date(), parseSettings(process.env).timeZone);
  },
});
