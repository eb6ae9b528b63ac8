// After a command that may have written webhook deliveries, hand them to the queue at once instead of waiting for
// the minute sweep. A failure here loses nothing (the rows stay in the outbox), so it never fails the request.
import { dispatchWebhooksJob } from '../jobs/definitions/webhooks.ts';
import type { JobSender } from '../jobs/define.ts';

export async function kickWebhooks(jobs: JobSender | null | undefined): Promise<void> {
  if (!jobs) return;
  try {
    await jobs.send(dispatchWebhooksJob, {});
  } catch {
    // The scheduled `dispatch-webhooks` sweep sends it within a minute.
  }
}
