// Commands on webhook subscriptions (docs/webhooks.md): each change runs in one transaction with its audit
// entry. The signing secret is never audited (the entry keeps name, URL, event kinds and whether it is active); a
// generated one is answered once by the create command.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import {
  appendAudit,
  deleteWebhookSubscription,
  getWebhookSubscription,
  inTransaction,
  insertWebhookSubscription,
  requeueDelivery,
  updateWebhookSubscription,
  type Store,
  type WebhookSubscriptionRow,
} from '../store/index.ts';

type Editable = Pick<WebhookSubscriptionRow, 'name' | 'url' | 'events' | 'active'>;

const audited = (r: WebhookSubscriptionRow): Editable => ({
  name: r.name,
  url: r.url,
  events: r.events,
  active: r.active,
});

export async function createWebhook(
  store: Store,
  p: Principal,
  b: Pick<WebhookSubscriptionRow, 'name' | 'url' | 'events'> & { secret?: string | undefined },
  now: Date,
): Promise<{ subscription: WebhookSubscriptionRow; secret: string }> {
  // 钉钉 and 飞书 robots make the secret themselves (加签); otherwise zhijian generates one.
  const secret = b.secret ?? `whsec_${randomBytes(24).toString('base64url')}`;
  const subscription = await inTransaction(store, async (s) => {
    const created = await insertWebhookSubscription(s, {
      id: `wh-${randomUUID()}`,
      name: b.name,
      url: b.url,
      events: b.events,
      secret,
      createdByUserId: p.id,
      createdAt: now,
    });
    await appendAudit(s, {
      actorUserId: p.id,
      action: 'webhook.create',
      entity: 'webhook_subscription',
      entityId: created.id,
      after: audited(created),
    });
    return created;
  });
  return { subscription, secret };
}

export async function updateWebhook(
  store: Store,
  p: Principal,
  id: string,
  patch: Partial<Editable>,
): Promise<WebhookSubscriptionRow> {
  return inTransaction(store, async (s) => {
    const before = await getWebhookSubscription(s, id);
    if (!before) throw new AppError('NOT_FOUND', `Webhook ${id} not found`);
    const after = await updateWebhookSubscription(s, id, {
      ...(patch.name === undefined ? {} : { name: patch.name }),
      ...(patch.url === undefined ? {} : { url: patch.url }),
      ...(patch.events === undefined ? {} : { events: patch.events }),
      ...(patch.active === undefined ? {} : { active: patch.active }),
    });
    if (!after) throw new AppError('NOT_FOUND', `Webhook ${id} not found`);
    await appendAudit(s, {
      actorUserId: p.id,
      action: 'webhook.update',
      entity: 'webhook_subscription',
      entityId: id,
      before: audited(before),
      after: audited(after),
    });
    return after;
  });
}

/** Delete a subscription and its deliveries. */
export async function deleteWebhook(store: Store, p: Principal, id: string): Promise<void> {
  await inTransaction(store, async (s) => {
    const before = await getWebhookSubscription(s, id);
    if (!before || !(await deleteWebhookSubscription(s, id)))
      throw new AppError('NOT_FOUND', `Webhook ${id} not found`);
    await appendAudit(s, {
      actorUserId: p.id,
      action: 'webhook.delete',
      entity: 'webhook_subscription',
      entityId: id,
      before: audited(before),
    });
  });
}

/** Put a failed delivery back in the outbox (the caller kicks the sender after the commit). */
export async function retryDelivery(store: Store, p: Principal, id: number): Promise<void> {
  await inTransaction(store, async (s) => {
    if (!(await requeueDelivery(s, id)))
      throw new AppError('CONFLICT', `Delivery ${id} is not a failed delivery`);
    await appendAudit(s, {
      actorUserId: p.id,
      action: 'webhook.retry',
      entity: 'webhook_delivery',
      entityId: String(id),
    });
  });
}
