// Commands on live calls and alerts (one module per capability): end a call (stored as a conversation through the
// normal ingest path and scored in full), handle an alert (acknowledge / take over / dismiss with a reason, audited),
// escalate alerts nobody acknowledged in time. Row scope: an alert the caller may not see is NOT_FOUND.
import { liveCalls } from '../ops/metrics.ts';
import { and, eq } from 'drizzle-orm';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import { alertRecipients, alertVisibleTo, escalationAudiences } from '../core/live/alerts.ts';
import type { JobSender } from '../jobs/define.ts';
import { submitIngest } from '../ingest/submit.ts';
import { emitEvent } from '../notify/events.ts';
import { kickWebhooks } from '../notify/kick.ts';
import {
  appendAudit,
  claimDueEscalations,
  endLiveCall,
  getLiveAlert,
  handleLiveAlert,
  setLiveCallBatch,
  type Store,
} from '../store/index.ts';
import { liveAlerts } from '../store/schema/index.ts';
import { publishLive } from './bus.ts';
import { alertData, placement, type LiveHub } from './hub.ts';
import type { AlertData } from './messages.ts';

export async function endCall(
  hub: LiveHub,
  jobs: JobSender | null | undefined,
  p: Principal,
  callId: string,
  now: Date,
): Promise<{ callId: string; conversationId: string; batchId: string }> {
  if (!jobs) throw new AppError('UNAVAILABLE', 'this process runs no job queue to store the call');
  const s = await hub.state(callId);
  await s.chain; // the call's segments still being checked come first
  await hub.refresh(s); // segments another process took are part of the call too
  if (!(await endLiveCall(hub.store, callId, now)))
    throw new AppError('CONFLICT', `call ${callId} has ended`);
  const conversation = hub.conversation(s);
  hub.drop(callId);
  liveCalls.inc({ event: 'ended' });
  const { batchId } = await submitIngest(hub.store, jobs, {
    source: 'live',
    createdByUserId: p.id,
    now,
    records: [{ line: 1, raw: JSON.stringify(conversation) }],
    errors: [],
    rejected: 0,
  });
  await setLiveCallBatch(hub.store, callId, batchId);
  await hub.publish({ type: 'call', callId, state: 'ended', to: placement(s, []) });
  return { callId, conversationId: callId, batchId };
}

export type AlertAction = 'acknowledge' | 'take-over' | 'dismiss';
const STATE_OF = { acknowledge: 'acknowledged', 'take-over': 'taken_over', dismiss: 'dismissed' } as const;

export async function handleAlert(
  store: Store,
  p: Principal,
  id: string,
  action: AlertAction,
  reason: string | undefined,
  now: Date,
): Promise<AlertData> {
  if (action === 'dismiss' && !reason?.trim()) throw new AppError('BAD_INPUT', 'a dismissal needs a reason');
  const row = await store.db.transaction(async (tx) => {
    const before = await getLiveAlert({ db: tx }, id);
    if (!before || !alertVisibleTo(p, { teamId: before.teamId, audiences: before.audiences }))
      throw new AppError('NOT_FOUND', `no alert ${id}`);
    const after = await handleLiveAlert({ db: tx }, id, {
      state: STATE_OF[action],
      userId: p.id,
      at: now,
      reason: reason?.trim() || null,
    });
    if (!after) throw new AppError('CONFLICT', `alert ${id} was already ${before.state}`);
    await appendAudit(
      { db: tx },
      {
        actorUserId: p.id,
        action: `live_alert.${action}`,
        entity: 'live_alert',
        entityId: id,
        before: { state: before.state },
        after: { state: after.state, reason: after.reason },
      },
    );
    return after;
  });
  const data = alertData(row);
  await publishLive(store, { type: 'alert', alert: data, to: placement(row, row.audiences) });
  return data;
}

/**
 * Escalates the open alerts whose acknowledgement time has passed: each is claimed once (atomic update, so safe
 * with several processes sweeping), its audience widened to QA and the admin, told in the inbox and by webhook.
 */
export async function escalateDueAlerts(
  store: Store,
  jobs: JobSender | null | undefined,
  now: Date,
): Promise<number> {
  const due = await claimDueEscalations(store, now);
  for (const a of due) {
    const audiences = escalationAudiences(a.audiences);
    const row = await store.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(liveAlerts)
        .set({ audiences })
        .where(and(eq(liveAlerts.id, a.id)))
        .returning();
      await emitEvent(
        { db: tx },
        {
          kind: 'live.alert.escalated',
          params: {
            alertId: a.id,
            callId: a.callId,
            agentId: a.agentId,
            rule: a.rule,
            text: a.text,
            severity: a.severity,
          },
          link: `/live?alert=${encodeURIComponent(a.id)}`,
          recipients: alertRecipients({ teamId: a.teamId, audiences }),
        },
        now,
      );
      await appendAudit(
        { db: tx },
        {
          actorUserId: null,
          action: 'live_alert.escalate',
          entity: 'live_alert',
          entityId: a.id,
          after: { audiences },
        },
      );
      return updated!;
    });
    await publishLive(store, { type: 'alert', alert: alertData(row), to: placement(row, audiences) });
  }
  if (due.length > 0) await kickWebhooks(jobs);
  return due.length;
}
