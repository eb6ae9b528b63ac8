// Every job of the application, listed once: `zhijian serve` and `zhijian worker` work these, and the scheduled ones
// are scheduled here. A new job is a module in definitions/ plus one line below.
import type { AnyJobDefinition } from './define.ts';
import { purgeExpiredSessions } from './definitions/purge-expired-sessions.ts';
import { ingestBatchJob } from './definitions/ingest-batch.ts';
import { ingestResumeJob } from './definitions/ingest-resume.ts';
import { rescoreChunkJob, rescorePlanJob } from './definitions/rescore.ts';
import { packPreviewJob } from './definitions/pack-preview.ts';
import { runSamplingPlansJob } from './definitions/run-sampling-plans.ts';
import { deliverWebhookJob, dispatchWebhooksJob } from './definitions/webhooks.ts';
import { applyRetentionJob } from './definitions/apply-retention.ts';
import { blocklistExpireJob, blocklistScanJob } from './definitions/telephony.ts';
import { transcribeRecordingJob } from './definitions/transcribe-recording.ts';
import { scanSlaJob } from './definitions/scan-sla.ts';
import { escalateLiveAlertsJob } from './definitions/escalate-live-alerts.ts';
import { scanCallbacksJob } from './definitions/scan-callbacks.ts';
import { rebuildOverviewDaysJob } from './definitions/rebuild-overview-days.ts';
import { scoreConversationsJob } from '../qa/score-job.ts';

export const JOBS: readonly AnyJobDefinition[] = [
  purgeExpiredSessions,
  ingestBatchJob,
  scoreConversationsJob,
  ingestResumeJob,
  rescorePlanJob,
  rescoreChunkJob,
  packPreviewJob,
  runSamplingPlansJob,
  dispatchWebhooksJob,
  deliverWebhookJob,
  applyRetentionJob,
  blocklistScanJob,
  blocklistExpireJob,
  transcribeRecordingJob,
  scanSlaJob,
  escalateLiveAlertsJob,
  scanCallbacksJob,
  rebuildOverviewDaysJob,
];

export interface ScheduledJob {
  job: AnyJobDefinition;
  /** Cron expression (5 fields) in the contact center's time zone. */
  cron: string;
  payload: unknown;
}

export const SCHEDULES: readonly ScheduledJob[] = [
  { job: purgeExpiredSessions, cron: '17 3 * * *', payload: {} },
  { job: ingestResumeJob, cron: '*/5 * * * *', payload: {} },
  // After midnight, once the previous day (week, month) has closed and its calls are scored.
  { job: runSamplingPlansJob, cron: '30 2 * * *', payload: {} },
  // Sweeps webhook deliveries whose immediate kick was lost (an event written by a process without a queue).
  { job: dispatchWebhooksJob, cron: '* * * * *', payload: {} },
  // Auto-block candidates every 5 minutes (seed 003 快速的来电反应机制); periodic blocks end within a minute.
  { job: blocklistScanJob, cron: '*/5 * * * *', payload: {} },
  { job: blocklistExpireJob, cron: '* * * * *', payload: {} },
  // Work-order reminders and escalations (seed 004): a deadline is noticed within five minutes.
  { job: scanSlaJob, cron: '*/5 * * * *', payload: {} },
  { job: escalateLiveAlertsJob, cron: '* * * * *', payload: {} },
  // Callback tasks (seed 002 (三)): new complaints and voicemails get a task, and a task still open at its due
  // midnight is charged, within five minutes.
  { job: scanCallbacksJob, cron: '*/5 * * * *', payload: {} },
  // The dashboard overview's per-day tallies of days a re-score or an ingest marked.
  { job: rebuildOverviewDaysJob, cron: '*/5 * * * *', payload: {} },
];
