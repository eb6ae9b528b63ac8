// Answers of the notification inbox and the webhook subscriptions (./notifications.ts), with their presenters.
import { z } from 'zod';
import { WEBHOOK_FORMATS, formatFromUrl } from '../../notify/presets.ts';
import type { NotificationRow, WebhookDeliveryRow, WebhookSubscriptionRow } from '../../store/index.ts';
import { NOTIFICATION_KINDS, WEBHOOK_DELIVERY_STATUSES } from '../../store/schema/index.ts';
import { declared } from '../declared.ts';

const kindSchema = z.enum(NOTIFICATION_KINDS);

export const notificationSchema = z.object({
  id: z.number(),
  kind: kindSchema,
  params: z
    .record(z.string(), z.unknown())
    .describe('what the web UI needs to word the message (ids, scores, counts, deadlines)'),
  link: z.string().describe('the web UI path that opens what the notification is about'),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const notificationPageSchema = z.object({
  total: z.number(),
  unread: z.number(),
  items: z.array(notificationSchema),
});

export const notificationSummarySchema = z.object({
  unread: z.number(),
  // An object with every kind optional (not a record keyed by the enum), so the generated web type keeps the kinds.
  byKind: z
    .object(
      Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.number()])) as Record<
        (typeof NOTIFICATION_KINDS)[number],
        z.ZodNumber
      >,
    )
    .partial()
    .describe('unread notifications per kind; kinds without any are left out'),
});

export const subscriptionSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  events: z.array(kindSchema).describe('event kinds delivered; empty = every kind'),
  active: z.boolean(),
  format: z
    .enum(WEBHOOK_FORMATS)
    .describe(
      'the message shape, from the URL: a 企业微信 / 钉钉 / 飞书 robot gets its own (src/notify/presets.ts)',
    ),
  createdAt: z.string(),
});

export const deliverySchema = z.object({
  id: z.number(),
  event: kindSchema,
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: z.number(),
  lastStatusCode: z.number().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()).describe('the JSON body sent (a retry sends the same bytes)'),
});

export const presentNotification = (n: NotificationRow) =>
  declared(notificationSchema, {
    id: n.id,
    kind: n.kind,
    params: n.params,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  });

export const presentSubscription = (s: WebhookSubscriptionRow) =>
  declared(subscriptionSchema, {
    id: s.id,
    name: s.name,
    url: s.url,
    events: s.events,
    active: s.active,
    format: formatFromUrl(s.url),
    createdAt: s.createdAt.toISOString(),
  });

export const presentDelivery = (d: WebhookDeliveryRow) =>
  declared(deliverySchema, {
    id: d.id,
    event: d.event,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    createdAt: d.createdAt.toISOString(),
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    payload: d.payload,
  });
