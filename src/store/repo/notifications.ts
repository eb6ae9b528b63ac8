// Notifications and webhook outbox repository: inbox rows per user (read/unread), webhook subscriptions and their
// deliveries. Writers run inside the transaction of the command that caused the event (src/notify/events.ts).
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  notifications,
  users,
  webhookDeliveries,
  webhookSubscriptions,
  type NotificationKind,
  type WebhookDeliveryStatus,
} from '../schema/index.ts';
import type { DbHandle } from '../store.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type WebhookSubscriptionRow = typeof webhookSubscriptions.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;

/** Active users matching one of the recipient selectors (a user id, or a role narrowed to an agent/team). */
export async function recipientIds(
  s: DbHandle,
  sel: {
    userIds?: readonly string[];
    agentId?: string | null;
    teamLeadersOf?: string | null;
    roles?: readonly string[];
    /** Back-office users of a branch or department (their work orders, seed 004). */
    branchUsersOf?: string | null;
  },
): Promise<string[]> {
  const conds: ReturnType<typeof sql>[] = [];
  if (sel.userIds && sel.userIds.length > 0)
    conds.push(
      sql`${users.id} in (${sql.join(
        sel.userIds.map((u) => sql`${u}`),
        sql`, `,
      )})`,
    );
  if (sel.agentId) conds.push(sql`(${users.role} = 'agent' and ${users.agentId} = ${sel.agentId})`);
  if (sel.teamLeadersOf)
    conds.push(sql`(${users.role} = 'team_leader' and ${users.teamId} = ${sel.teamLeadersOf})`);
  if (sel.branchUsersOf)
    conds.push(sql`(${users.role} = 'back_office' and ${users.branchId} = ${sel.branchUsersOf})`);
  if (sel.roles && sel.roles.length > 0)
    conds.push(
      sql`${users.role}::text in (${sql.join(
        sel.roles.map((r) => sql`${r}`),
        sql`, `,
      )})`,
    );
  if (conds.length === 0) return [];
  const rows = await s.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.disabled, false), sql`(${sql.join(conds, sql` or `)})`))
    .orderBy(asc(users.id));
  return rows.map((r) => r.id);
}

export async function insertNotifications(
  s: DbHandle,
  rows: readonly (typeof notifications.$inferInsert)[],
): Promise<NotificationRow[]> {
  if (rows.length === 0) return [];
  return s.db
    .insert(notifications)
    .values([...rows])
    .returning();
}

export async function listNotifications(
  s: DbHandle,
  userId: string,
  f: { unreadOnly: boolean; limit: number; offset: number },
): Promise<{ items: NotificationRow[]; total: number; unread: number }> {
  const where = and(
    eq(notifications.userId, userId),
    f.unreadOnly ? isNull(notifications.readAt) : undefined,
  );
  const [items, [count], [unread]] = await Promise.all([
    s.db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(f.limit)
      .offset(f.offset),
    s.db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(where),
    s.db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return { items, total: count?.n ?? 0, unread: unread?.n ?? 0 };
}

/** Unread notifications of one user per kind (the menu badges). */
export async function unreadByKind(
  s: DbHandle,
  userId: string,
): Promise<Partial<Record<NotificationKind, number>>> {
  const rows = await s.db
    .select({ kind: notifications.kind, n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .groupBy(notifications.kind);
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}

/** Marks the user's own notifications read (all when `ids` is absent); answers how many changed. */
export async function markNotificationsRead(
  s: DbHandle,
  userId: string,
  at: Date,
  ids?: readonly number[],
): Promise<number> {
  const rows = await s.db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids === undefined ? undefined : inArray(notifications.id, [...ids]),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

// ── webhooks ─────────────────────────────────────────────────────────────────────────────────────────────────────

export async function insertWebhookSubscription(
  s: DbHandle,
  row: typeof webhookSubscriptions.$inferInsert,
): Promise<WebhookSubscriptionRow> {
  const [out] = await s.db.insert(webhookSubscriptions).values(row).returning();
  return out!;
}

export function listWebhookSubscriptions(s: DbHandle): Promise<WebhookSubscriptionRow[]> {
  return s.db.select().from(webhookSubscriptions).orderBy(asc(webhookSubscriptions.createdAt));
}

export async function getWebhookSubscription(
  s: DbHandle,
  id: string,
): Promise<WebhookSubscriptionRow | undefined> {
  const [row] = await s.db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  return row;
}

export async function updateWebhookSubscription(
  s: DbHandle,
  id: string,
  patch: Partial<Pick<WebhookSubscriptionRow, 'name' | 'url' | 'events' | 'active'>>,
): Promise<WebhookSubscriptionRow | undefined> {
  const [row] = await s.db
    .update(webhookSubscriptions)
    .set(patch)
    .where(eq(webhookSubscriptions.id, id))
    .returning();
  return row;
}

export async function deleteWebhookSubscription(s: DbHandle, id: string): Promise<boolean> {
  const rows = await s.db
    .delete(webhookSubscriptions)
    .where(eq(webhookSubscriptions.id, id))
    .returning({ id: webhookSubscriptions.id });
  return rows.length > 0;
}

/** Active subscriptions that take this event kind. */
export async function subscriptionsFor(
  s: DbHandle,
  event: NotificationKind,
): Promise<WebhookSubscriptionRow[]> {
  const rows = await s.db
    .select()
    .from(webhookSubscriptions)
    .where(eq(webhookSubscriptions.active, true))
    .orderBy(asc(webhookSubscriptions.id));
  return rows.filter((r) => r.events.length === 0 || r.events.includes(event));
}

export async function insertWebhookDeliveries(
  s: DbHandle,
  rows: readonly (typeof webhookDeliveries.$inferInsert)[],
): Promise<WebhookDeliveryRow[]> {
  if (rows.length === 0) return [];
  return s.db
    .insert(webhookDeliveries)
    .values([...rows])
    .returning();
}

export async function getWebhookDelivery(s: DbHandle, id: number): Promise<WebhookDeliveryRow | undefined> {
  const [row] = await s.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
  return row;
}

export function listWebhookDeliveries(
  s: DbHandle,
  subscriptionId: string,
  limit: number,
): Promise<WebhookDeliveryRow[]> {
  return s.db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.subscriptionId, subscriptionId))
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit);
}

/** Pending deliveries not yet handed to the queue, oldest first. */
export async function unenqueuedDeliveries(s: DbHandle, limit: number): Promise<number[]> {
  const rows = await s.db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, 'pending'), isNull(webhookDeliveries.enqueuedAt)))
    .orderBy(asc(webhookDeliveries.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

export async function markDeliveriesEnqueued(s: DbHandle, ids: readonly number[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await s.db
    .update(webhookDeliveries)
    .set({ enqueuedAt: at })
    .where(inArray(webhookDeliveries.id, [...ids]));
}

export async function recordDeliveryAttempt(
  s: DbHandle,
  id: number,
  a: { status: WebhookDeliveryStatus; statusCode: number | null; error: string | null; at: Date },
): Promise<void> {
  await s.db
    .update(webhookDeliveries)
    .set({
      status: a.status,
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      lastStatusCode: a.statusCode,
      lastError: a.error,
      ...(a.status === 'delivered' ? { deliveredAt: a.at } : {}),
    })
    .where(eq(webhookDeliveries.id, id));
}

/** Puts a failed delivery back in the outbox (an admin's "retry"). */
export async function requeueDelivery(s: DbHandle, id: number): Promise<boolean> {
  const rows = await s.db
    .update(webhookDeliveries)
    .set({ status: 'pending', enqueuedAt: null })
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, 'failed')))
    .returning({ id: webhookDeliveries.id });
  return rows.length > 0;
}
