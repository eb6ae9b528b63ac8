// Shapes of the notification and webhook endpoints (src/http/routes/notifications.ts).
export const NOTIFICATION_KINDS = [
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
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface AppNotification {
  id: number;
  kind: NotificationKind;
  params: Record<string, unknown>;
  link: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  total: number;
  unread: number;
  items: AppNotification[];
}

export interface NotificationSummary {
  unread: number;
  byKind: Partial<Record<NotificationKind, number>>;
}

/** Events a webhook may take: the inbox kinds and the live-call alerts (src/live). */
export const WEBHOOK_EVENTS = [...NOTIFICATION_KINDS, 'live.alert', 'live.alert.escalated'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The message shape, detected by the server from the URL (src/notify/presets.ts). */
export type WebhookFormat = 'zhijian' | 'wecom' | 'dingtalk' | 'feishu';

export interface WebhookSubscription {
  id: string;
  name: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  format: WebhookFormat;
  createdAt: string;
}

export interface WebhookDelivery {
  id: number;
  event: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  payload: Record<string, unknown>;
}
