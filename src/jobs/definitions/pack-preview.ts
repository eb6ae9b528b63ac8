// Job `pack-preview` {runId}: the impact preview of a pack version over a period (src/packs/preview-run.ts), run by
// `zhijian worker` or serve's job workers instead of inside the request. Safe to run again: a preview only reads.
import { z } from 'zod';
import { workPreviewRun } from '../../packs/preview-run.ts';
import { defineJob } from '../define.ts';

export const packPreviewJob = defineJob({
  id: 'pack-preview',
  payload: z.object({ runId: z.string().min(1) }),
  retry: { limit: 3, delaySeconds: 10, backoff: true },
  expireInSeconds: 60 * 60,
  async handler({ runId }, { store }) {
    await workPreviewRun(store, runId, () => new Date());
  },
});
