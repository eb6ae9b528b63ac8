// The SLA of one work order computed from its event history alone (docs/product.md "Integration endpoints"), so a
// changed policy or a corrected event recomputes every due time exactly. Decided readings (seed 004 有訴必復、復而必解,
// 退單 and 重辦 counted on their own):
// - reply and resolve clocks start when the order is created; a resolve without an earlier reply also replies;
// - pause … resume stops both clocks (waiting for the customer); an open pause leaves outstanding due times unknown;
// - redo (重辦: the center rejects the branch's handling) reopens the order but keeps its original clocks: the time
//   lost counts against the branch; bounce-back (退單: the branch hands the order back) keeps the clocks running too;
// - reopen (the customer comes back) starts a new cycle with fresh reply and resolve budgets; a breach in an earlier
//   cycle stays a breach;
// - urge (催辦) and escalate change no clock; they are counted.
import {
  budgetMs,
  clockKind,
  consume,
  elapsed,
  type ClockContext,
  type SlaDuration,
  type Span,
} from './clock.ts';

export const WORK_ORDER_EVENT_TYPES = [
  'reply',
  'resolve',
  'pause',
  'resume',
  'bounce-back',
  'redo',
  'reopen',
  'urge',
  'escalate',
] as const;
export type WorkOrderEventType = (typeof WORK_ORDER_EVENT_TYPES)[number];

export const SLA_STATES = ['on-track', 'at-risk', 'breached', 'paused', 'met'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export const ORDER_STATES = ['open', 'replied', 'resolved', 'bounced'] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export interface SlaPolicyTerms {
  reply: SlaDuration;
  resolve: SlaDuration;
}

export interface OrderEvent {
  type: WorkOrderEventType;
  /** Epoch ms. */
  at: number;
}

export interface SlaOptions extends ClockContext {
  /** At risk when no more than this share of a deadline's budget is left (default 0.2). */
  riskShare?: number;
}

export interface SlaSnapshot {
  state: SlaState;
  orderState: OrderState;
  paused: boolean;
  /** Due instants of the current cycle (null while an open pause leaves them unknown). */
  replyDueAt: number | null;
  resolveDueAt: number | null;
  repliedAt: number | null;
  resolvedAt: number | null;
  replyLate: boolean;
  resolveLate: boolean;
  /** The next outstanding deadline (reply, else resolve), null when resolved or paused. */
  nextDueAt: number | null;
  /** Clock time left to the next deadline (negative when overdue), null when none is outstanding. */
  remainingMs: number | null;
  cycles: number;
  counts: { bounceBacks: number; redos: number; reopens: number; urges: number; escalations: number };
}

/** Running spans from `start`: pauses (pairs of pause/resume instants, the last may be open) removed. */
function runningSpans(start: number, pauses: readonly Span[]): Span[] {
  const spans: Span[] = [];
  let from = start;
  for (const [p, r] of pauses) {
    if (r <= from) continue;
    if (p > from) spans.push([from, p]);
    from = Math.max(from, r);
  }
  if (from !== Infinity) spans.push([from, Infinity]);
  return spans;
}

export function computeSla(
  createdAt: number,
  events: readonly OrderEvent[],
  policy: SlaPolicyTerms,
  now: number,
  opts: SlaOptions,
): SlaSnapshot {
  const sorted = [...events].sort((a, b) => a.at - b.at);
  const pauses: [number, number][] = [];
  const counts = { bounceBacks: 0, redos: 0, reopens: 0, urges: 0, escalations: 0 };
  let cycleStart = createdAt;
  let cycles = 1;
  let repliedAt: number | null = null;
  let resolvedAt: number | null = null;
  let orderState: OrderState = 'open';
  let earlierBreach = false;
  let pausedAt: number | null = null;

  const dues = (start: number): { reply: number | null; resolve: number | null } => {
    const spans = runningSpans(start, pauses);
    return {
      reply: consume(clockKind(policy.reply), budgetMs(policy.reply), spans, opts),
      resolve: consume(clockKind(policy.resolve), budgetMs(policy.resolve), spans, opts),
    };
  };
  const lateAt = (due: number | null, at: number | null, cutoff: number): boolean =>
    at !== null ? due !== null && at > due : due !== null && cutoff > due;

  for (const e of sorted) {
    if (e.at > now) break;
    switch (e.type) {
      case 'pause':
        if (pausedAt === null) {
          pausedAt = e.at;
          pauses.push([e.at, Infinity]);
        }
        break;
      case 'resume':
        if (pausedAt !== null) {
          pauses[pauses.length - 1]![1] = e.at;
          pausedAt = null;
        }
        break;
      case 'reply':
        if (repliedAt === null) repliedAt = e.at;
        if (orderState === 'open' || orderState === 'bounced') orderState = 'replied';
        break;
      case 'resolve':
        if (repliedAt === null) repliedAt = e.at;
        if (resolvedAt === null) resolvedAt = e.at;
        orderState = 'resolved';
        break;
      case 'redo':
        counts.redos++;
        resolvedAt = null;
        orderState = repliedAt === null ? 'open' : 'replied';
        break;
      case 'bounce-back':
        counts.bounceBacks++;
        if (orderState !== 'resolved') orderState = 'bounced';
        break;
      case 'reopen': {
        counts.reopens++;
        const d = dues(cycleStart);
        if (lateAt(d.reply, repliedAt, e.at) || lateAt(d.resolve, resolvedAt, e.at)) earlierBreach = true;
        cycleStart = e.at;
        cycles++;
        repliedAt = null;
        resolvedAt = null;
        orderState = 'open';
        break;
      }
      case 'urge':
        counts.urges++;
        break;
      case 'escalate':
        counts.escalations++;
        break;
    }
  }

  const d = dues(cycleStart);
  const replyLate = lateAt(d.reply, repliedAt, now);
  const resolveLate = lateAt(d.resolve, resolvedAt, now);
  const paused = pausedAt !== null && resolvedAt === null;
  let nextDueAt: number | null = null;
  let remainingMs: number | null = null;
  let nextBudget = 0;
  let state: SlaState;
  if (resolvedAt === null) {
    const [term, due] = repliedAt === null ? [policy.reply, d.reply] : [policy.resolve, d.resolve];
    nextBudget = budgetMs(term);
    remainingMs = nextBudget - elapsed(clockKind(term), runningSpans(cycleStart, pauses), now, opts);
    nextDueAt = due;
  }
  if (earlierBreach || replyLate || resolveLate) state = 'breached';
  else if (resolvedAt !== null) state = 'met';
  else if (paused) state = 'paused';
  else if (remainingMs !== null && remainingMs <= nextBudget * (opts.riskShare ?? 0.2)) state = 'at-risk';
  else state = 'on-track';

  return {
    state,
    orderState,
    paused,
    replyDueAt: d.reply,
    resolveDueAt: d.resolve,
    repliedAt,
    resolvedAt,
    replyLate,
    resolveLate,
    nextDueAt: paused ? null : nextDueAt,
    remainingMs,
    cycles,
    counts,
  };
}
