// Notifications and webhooks:
//   GET  /api/notifications                the caller's inbox, newest first (unread only on request)
//   GET  /api/notifications/summary        unread count, per kind (the menu badges)
//   POST /api/notifications/read           mark some (ids) or all of the caller's notifications read
//   GET  /api/webhooks                     subscriptions (admin), without their secrets
//   POST /api/webhooks                     subscribe a URL to event kinds; the signing secret is answered once
//   PATCH /api/webhooks/:id                rename, change URL or kinds, pause/resume
//   DELETE /api/webhooks/:id
//   GET  /api/webhooks/:id/deliveries      the latest deliveries with their attempts and last answer
//   POST /api/webhooks/deliveries/:id/retry  put a failed delivery back in the outbox
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { kickWebhooks } from '../../notify/kick.ts';
import { createWebhook, deleteWebhook, retryDelivery, updateWebhook } from '../../notify/webhooks.ts';
import {
  getWebhookSubscription,
  listNotifications,
  listWebhookDeliveries,
  listWebhookSubscriptions,
  markNotificationsRead,
  unreadByKind,
} from '../../store/index.ts';
import { NOTIFICATION_KINDS } from '../../store/schema/index.ts';
import type { AppContext } from '../context.ts';
import {
  deliverySchema,
  notificationPageSchema,
  notificationSummarySchema,
  presentDelivery,
  presentNotification,
  presentSubscription,
  subscriptionSchema,
} from './notification-schemas.ts';

const urlSchema = z
  .string()
  .max(2000)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'the URL must start with http:// or https://');
const eventsSchema = z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length);
const idParams = z.object({ id: z.string().min(1).max(100) });

export function notificationRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/notifications',
      {
        config: { action: 'notifications.read' },
        schema: {
          tags: ['notifications'],
          summary: 'The caller’s notifications, newest first',
          querystring: z.object({
            unread: z.enum(['true', 'false']).optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
          }),
          response: { 200: notificationPageSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'notifications.read');
        const q = req.query;
        const r = await listNotifications(ctx.store, p.id, {
          unreadOnly: q.unread === 'true',
          limit: q.pageSize,
          offset: (q.page - 1) * q.pageSize,
        });
        return { total: r.total, unread: r.unread, items: r.items.map(presentNotification) };
      },
    );

    app.get(
      '/notifications/summary',
      {
        config: { action: 'notifications.read' },
        schema: {
          tags: ['notifications'],
          summary: 'Unread notifications of the caller, in all and per kind',
          response: { 200: notificationSummarySchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'notifications.read');
        const byKind = await unreadByKind(ctx.store, p.id);
        return { unread: Object.values(byKind).reduce((a, b) => a + b, 0), byKind };
      },
    );

    app.post(
      '/notifications/read',
      {
        config: { action: 'notifications.read' },
        schema: {
          tags: ['notifications'],
          summary: 'Mark the given notifications (or, without ids, all) of the caller read',
          body: z
            .object({ ids: z.array(z.number().int().positive()).max(500).optional() })
            .strict()
            .nullish(),
          response: { 200: z.object({ marked: z.number().describe('notifications newly marked read') }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'notifications.read');
        const marked = await markNotificationsRead(ctx.store, p.id, ctx.now(), req.body?.ids);
        return { marked };
      },
    );

    app.get(
      '/webhooks',
      {
        config: { action: 'webhooks.manage' },
        schema: {
          tags: ['webhooks'],
          summary: 'Webhook subscriptions (secrets are never shown again)',
          response: { 200: z.object({ items: z.array(subscriptionSchema) }) },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'webhooks.manage');
        return { items: (await listWebhookSubscriptions(ctx.store)).map(presentSubscription) };
      },
    );

    app.post(
      '/webhooks',
      {
        config: { action: 'webhooks.manage' },
        schema: {
          tags: ['webhooks'],
          summary:
            'Subscribe a URL to notification events (empty list = all); answers the HMAC signing secret once',
          body: z
            .object({
              name: z.string().trim().min(1).max(100),
              url: urlSchema,
              events: eventsSchema.default([]),
              // 钉钉 and 飞书 robots generate the signing secret themselves (加签 / 签名校验, shown as "SEC…" in
              // the robot's security settings): the admin pastes it here. Otherwise zhijian generates one.
              secret: z.string().trim().min(8).max(200).optional(),
            })
            .strict(),
          response: {
            201: subscriptionSchema.extend({
              secret: z.string().describe('the HMAC signing secret, answered this once'),
            }),
          },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'webhooks.manage');
        const { subscription, secret } = await createWebhook(ctx.store, p, req.body, ctx.now());
        return reply.code(201).send({ ...presentSubscription(subscription), secret });
      },
    );

    app.patch(
      '/webhooks/:id',
      {
        config: { action: 'webhooks.manage' },
        schema: {
          tags: ['webhooks'],
          summary: 'Change a webhook subscription (name, URL, event kinds, active)',
          params: idParams,
          body: z
            .object({
              name: z.string().trim().min(1).max(100).optional(),
              url: urlSchema.optional(),
              events: eventsSchema.optional(),
              active: z.boolean().optional(),
            })
            .strict(),
          response: { 200: subscriptionSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'webhooks.manage');
        return presentSubscription(await updateWebhook(ctx.store, p, req.params.id, req.body));
      },
    );

    app.delete(
      '/webhooks/:id',
      {
        config: { action: 'webhooks.manage' },
        schema: {
          tags: ['webhooks'],
          summary: 'Delete a webhook subscription and its deliveries',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'webhooks.manage');
        await deleteWebhook(ctx.store, p, req.params.id);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/webhooks/:id/deliveries',
      {
        config: { action: 'webhooks.manage' },
        schema: {
          tags: ['webhooks'],
          summary: 'The latest deliveries of a subscription (newest first) with attempts and last answer',
          params: idParams,
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
          response: { 200: z.object({ items: z.array(deliverySchema) }) },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'webhooks.manage');
        if (!(await getWebhookSubscription(ctx.store, req.params.id)))
          throw new AppError('NOT_FOUND', `Webhook ${req.params.id} not found`);
        const rows = await listWebhookDeliveries(ctx.store, req.params.id, req.query.limit);
        return { items: rows.map(presentDelivery) };
      },
    );

    app.post(
      '/webhooks/deliveries/:id/retry',
      {
        config: { action: 'webhooks.manage' },
        schema: {
          tags: ['webhooks'],
          summary: 'Send a failed delivery again (the same body, a new signature)',
          params: z.object({ id: z.coerce.number().int().positive() }),
          response: { 200: z.object({ queued: z.literal(true) }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'webhooks.manage');
        await retryDelivery(ctx.store, p, req.params.id);
        await kickWebhooks(ctx.jobs);
        return { queued: true as const };
      },
    );
    done();
  };
}
