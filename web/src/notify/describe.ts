// Words a notification in the reader's language from its kind and parameters (the server stores no sentence).
import type { AppNotification } from '../api/notify-types.ts';
import { formatScore } from '../components/ScoreTag.tsx';
import { formatDateTime } from '../format/time.ts';
import type { Translate } from '../i18n/i18n.tsx';

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '—');
const score = (v: unknown): string => (typeof v === 'number' ? formatScore(v) : '—');

export function notificationTitle(n: AppNotification, t: Translate): string {
  return t(`notify.kind.${n.kind}`);
}

export function notificationText(n: AppNotification, t: Translate): string {
  const p = n.params;
  switch (n.kind) {
    case 'review.assigned':
      return t('notify.msg.review.assigned', { plan: str(p.planName), count: str(p.count) });
    case 'review.finalized': {
      const text = t('notify.msg.review.finalized', {
        conversation: str(p.conversationId),
        total: score(p.total),
        machine: score(p.machineTotal),
        deadline: typeof p.appealDeadline === 'string' ? formatDateTime(p.appealDeadline) : '—',
      });
      return typeof p.comment === 'string' && p.comment
        ? `${text}\n${t('reviewFlow.commentShown', { comment: p.comment })}`
        : text;
    }
    case 'appeal.filed':
      return t('notify.msg.appeal.filed', { agent: str(p.agentId), conversation: str(p.conversationId) });
    case 'appeal.decided':
      return p.outcome === 'upheld'
        ? t('notify.msg.appeal.decided.upheld', {
            conversation: str(p.conversationId),
            before: score(p.totalBefore),
            after: score(p.totalAfter),
          })
        : t('notify.msg.appeal.decided.rejected', {
            conversation: str(p.conversationId),
            reason: str(p.reason),
          });
    case 'work-order.due-soon':
    case 'work-order.escalated':
      return t(`notify.msg.${n.kind}`, {
        title: str(p.title),
        due: typeof p.dueAt === 'string' ? formatDateTime(p.dueAt) : '—',
      });
    case 'work-order.urged':
    case 'work-order.redo':
    case 'work-order.bounced': {
      const text = t(`notify.msg.${n.kind}`, { title: str(p.title), by: str(p.by) });
      return typeof p.note === 'string' && p.note ? `${t('punct.label', { label: text })}${p.note}` : text;
    }
    case 'callback.due':
      return t('notify.msg.callback.due', {
        source: t(p.source === 'voicemail' ? 'notify.callback.voicemail' : 'notify.callback.complaint'),
        due: str(p.dueOn),
      });
    case 'live.alert':
    case 'live.alert.escalated':
      return t(`notify.msg.${n.kind}`, {
        agent: str(p.agentId),
        rule: str(p.alertRule ?? p.rule),
        text: str(p.line ?? p.text),
      });
  }
}

/**
 * Which menu entry a kind's badge sits on: work waiting in the review queue, on the appeals screen, among the
 * work orders (an order near or past its deadline, urged, sent back for a redo or bounced back: seed 004), or on
 * the live-calls wall (an alert raised during a call, or escalated because nobody handled it).
 */
export const BADGE_MENU: Record<
  AppNotification['kind'],
  'review' | 'appeals' | 'workOrders' | 'callbacks' | 'live'
> = {
  'review.assigned': 'review',
  'review.finalized': 'appeals',
  'appeal.filed': 'appeals',
  'appeal.decided': 'appeals',
  'work-order.due-soon': 'workOrders',
  'work-order.escalated': 'workOrders',
  'work-order.urged': 'workOrders',
  'work-order.redo': 'workOrders',
  'work-order.bounced': 'workOrders',
  'callback.due': 'callbacks',
  'live.alert': 'live',
  'live.alert.escalated': 'live',
};
