// Shapes of the notification and webhook endpoints (src/http/routes/notifications.ts), taken from the generated
// OpenAPI types.
import { everyOf, type ResponseOf } from './typed.ts';

export type NotificationPage = ResponseOf<'/api/notifications', 'get'>;
export type AppNotification = NotificationPage['items'][number];
export type NotificationSummary = ResponseOf<'/api/notifications/summary', 'get'>;

export type WebhookSubscription = ResponseOf<'/api/webhooks', 'get'>['items'][number];
/** Events a webhook may take: the inbox kinds and the live-call alerts (src/live). */
export type WebhookEvent = WebhookSubscription['events'][number];
/** The kinds of the inbox and of webhooks are the same list on the server. */
export type NotificationKind = WebhookEvent;
/** Every event, in the order the subscription form offers them. */
export const WEBHOOK_EVENTS = everyOf<WebhookEvent>()([
  'review.assigned',
  'review.finalized',
  'appeal.filed',
  'appeal.decided',
  // service operations (seed 004): deadlines near or breached, and what another side asked of the reader's orders
  'work-order.due-soon',
  'work-order.escalated',
  'work-order.urged',
  'work-order.redo',
  'work-order.bounced',
  'callback.due',
  'live.alert',
  'live.alert.escalated',
]);

/** The message shape, detected by the server from the URL (src/notify/presets.ts). */
export type WebhookFormat = WebhookSubscription['format'];

export type WebhookDelivery = ResponseOf<'/api/webhooks/{id}/deliveries', 'get'>['items'][number];
