// Shapes of the notification and webhook endpoints (src/http/routes/notifications.ts).
export const NOTIFICATION_KINDS = [
  'review.assigned',
  'review.finalized',
  'appeal.filed',
  'appeal.decided',
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

export interface WebhookSubscription {
  id: string;
  name: string;
  url: string;
  events: NotificationKind[];
  active: boolean;
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
