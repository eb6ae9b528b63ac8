// Notifications and webhooks: what needs a person's attention (a review an agent may appeal, an appeal waiting for
// a leader, review tasks assigned to an inspector, an appeal decided) is written once, in the transaction of the
// command that caused it, as one inbox row per recipient and one delivery row per matching webhook subscription
// (an outbox: the signed POST is sent by the `deliver-webhook` job after commit, with retries).
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { users } from './users.ts';

export const NOTIFICATION_KINDS = [
  'review.assigned',
  'review.finalized',
  'appeal.filed',
  'appeal.decided',
  // service operations (seed 004): a work order's deadline is near, a breached order escalated to the reader
  'work-order.due-soon',
  'work-order.escalated',
  // …and what the branch must act on: the complaint desk urged an order (催办), asked for a redo (重办); and what the
  // desk must act on: a branch handed an order back (退单)
  'work-order.urged',
  'work-order.redo',
  'work-order.bounced',
  // a callback task (seed 002 回访) was created: due by the next working day
  'callback.due',
  // Live calls (src/live): an alert raised during a call, and one nobody acknowledged in time.
  'live.alert',
  'live.alert.escalated',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    /** What the web UI needs to word the message in the reader's language (ids, scores, counts, deadlines). */
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    /** The web UI path that opens what the notification is about. */
    link: text('link').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.readAt, t.createdAt)],
);

export const webhookSubscriptions = pgTable('webhook_subscriptions', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  url: text('url').notNull(),
  /** HMAC-SHA256 key of the signature header; shown once at creation, kept in clear because signing needs it. */
  secret: text('secret').notNull(),
  /** Event kinds delivered; empty = every kind. */
  events: text('events').array().$type<NotificationKind[]>().notNull(),
  active: boolean('active').notNull().default(true),
  createdByUserId: text('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subscriptionId: text('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    event: text('event').$type<NotificationKind>().notNull(),
    /** The JSON body sent, fixed at the time of the event (a retry sends the same bytes). */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: WEBHOOK_DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** When a delivery job was sent for it; null = still to hand to the queue. */
    enqueuedAt: timestamp('enqueued_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    /** The id of the inbox event that caused it, for tracing (not a foreign key: inbox rows are per user). */
    sourceId: bigint('source_id', { mode: 'number' }),
  },
  (t) => [
    index('webhook_deliveries_sub_idx').on(t.subscriptionId, t.createdAt),
    index('webhook_deliveries_pending_idx').on(t.status, t.enqueuedAt),
  ],
);
