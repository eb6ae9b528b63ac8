// Events that need someone's attention, written in the transaction of the command that caused them: an inbox row per
// recipient (the web UI words it from `kind` + `params` in the reader's language) and a delivery row per active
// webhook subscription taking that kind. The deliveries are sent after commit by the `dispatch-webhooks` and
// `deliver-webhook` jobs (src/jobs/definitions/webhooks.ts), so a rolled-back command notifies nobody.
import { randomUUID } from 'node:crypto';
import {
  type DbHandle,
  insertNotifications,
  insertWebhookDeliveries,
  recipientIds,
  subscriptionsFor,
} from '../store/index.ts';
import type { NotificationKind } from '../store/schema/index.ts';

export interface Recipients {
  userIds?: readonly string[];
  /** The user accounts of this agent. */
  agentId?: string | null;
  /** The team leaders of this team. */
  teamLeadersOf?: string | null;
  roles?: readonly string[];
  /** The back-office users of this branch or department (its work orders, seed 004). */
  branchUsersOf?: string | null;
}

export interface AppEvent {
  kind: NotificationKind;
  params: Record<string, unknown>;
  /** Web UI path of the thing the event is about. */
  link: string;
  recipients: Recipients;
  /** When nobody matches `recipients`, these are told instead (e.g. QA leads when a team has no leader account). */
  fallback?: Recipients;
}

/** The JSON body of a webhook delivery (documented in docs/webhooks.md). */
export interface WebhookBody {
  id: string;
  event: NotificationKind;
  occurredAt: string;
  data: Record<string, unknown>;
  link: string;
}

export async function emitEvent(tx: DbHandle, e: AppEvent, now: Date): Promise<{ recipients: string[] }> {
  let to = await recipientIds(tx, e.recipients);
  if (to.length === 0 && e.fallback) to = await recipientIds(tx, e.fallback);
  await insertNotifications(
    tx,
    to.map((userId) => ({ userId, kind: e.kind, params: e.params, link: e.link, createdAt: now })),
  );
  const subs = await subscriptionsFor(tx, e.kind);
  if (subs.length > 0) {
    const body: WebhookBody = {
      id: `evt-${randomUUID()}`,
      event: e.kind,
      occurredAt: now.toISOString(),
      data: e.params,
      link: e.link,
    };
    await insertWebhookDeliveries(
      tx,
      subs.map((s) => ({
        subscriptionId: s.id,
        event: e.kind,
        payload: body as unknown as Record<string, unknown>,
        createdAt: now,
      })),
    );
  }
  return { recipients: to };
}
