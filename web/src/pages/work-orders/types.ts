// Shapes of the work-order API as the server declares them (generated OpenAPI types), named for the screens.
import type { ResponseOf } from '../../api/typed.ts';

export type OrderList = ResponseOf<'/api/work-orders', 'get'>;
export type Order = OrderList['items'][number];
export type OrderDetail = ResponseOf<'/api/work-orders/{id}', 'get'>;
export type EventType = OrderDetail['events'][number]['type'];
export type Branch = ResponseOf<'/api/branches', 'get'>['items'][number];
export type Policy = ResponseOf<'/api/sla-policies', 'get'>['items'][number];
export type Duration = Policy['reply'];
export type SlaState = Order['sla']['state'];
export type Priority = Order['priority'];

/**
 * What a new order, an event on one or the SLA scan changes: the orders, the inboxes of those it puts work on, and
 * the branch league table computed from the orders.
 */
export const WORK_ORDER_CHANGES = ['work-orders', 'notifications', 'branch-evaluation'] as const;

export const EVENT_TYPES: EventType[] = [
  'reply',
  'resolve',
  'pause',
  'resume',
  'bounce-back',
  'redo',
  'reopen',
  'urge',
  'escalate',
];
export const PRIORITIES: Priority[] = ['urgent', 'high', 'normal', 'low'];
export const SLA_STATES: SlaState[] = ['breached', 'at-risk', 'on-track', 'paused', 'met'];
export const SLA_COLOR: Record<SlaState, string> = {
  'on-track': 'success',
  'at-risk': 'warning',
  breached: 'error',
  paused: 'default',
  met: 'processing',
};
export const PRIORITY_COLOR: Record<Priority, string> = {
  urgent: 'red',
  high: 'orange',
  normal: 'blue',
  low: 'default',
};
