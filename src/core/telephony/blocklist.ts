// The blocklist entry's life (seed 003 系统支撑: 为了确保屏蔽系统的规范使用, 还需要制订使用规范, 说明由谁判定、谁操作、
// 维护周期多长等问题, 避免出现误判): pending → active → lifted | expired, or pending → rejected / lifted. When the
// policy asks for approval, a second person (never the one who decided or operated) makes it active, and the period
// starts then; otherwise the entry is active at once. Lifting keeps the entry (its history is the record).
import { periodEnd, type BlockPeriod } from './period.ts';

export const BLOCK_STATES = ['pending', 'active', 'lifted', 'expired', 'rejected'] as const;
export type BlockState = (typeof BLOCK_STATES)[number];

export const CALLER_CLASSES = ['regular', 'harassment', 'non-routine'] as const;
export type CallerClass = (typeof CALLER_CLASSES)[number];

export interface BlockEntryState {
  state: BlockState;
  period: BlockPeriod;
  decidedBy: string;
  operatedBy: string;
  approvedBy: string | null;
  activatedAt: Date | null;
  until: Date | null;
}

export type BlockEvent =
  | { type: 'approve'; by: string; at: Date }
  | { type: 'reject'; by: string; at: Date }
  | { type: 'lift'; by: string; at: Date }
  | { type: 'expire'; at: Date };

export type Transition =
  { ok: true; next: BlockEntryState } | { ok: false; code: 'CONFLICT' | 'FORBIDDEN'; message: string };

/** The state a new entry starts in. */
export function newEntry(
  e: { period: BlockPeriod; decidedBy: string; operatedBy: string },
  requireApproval: boolean,
  now: Date,
  timeZone: string,
): BlockEntryState {
  if (requireApproval)
    return { ...e, state: 'pending', approvedBy: null, activatedAt: null, until: provisionalUntil(e.period) };
  return {
    ...e,
    state: 'active',
    approvedBy: null,
    activatedAt: now,
    until: periodEnd(e.period, now, timeZone),
  };
}

/** A pending entry shows only an explicit end; relative periods start counting at approval. */
function provisionalUntil(p: BlockPeriod): Date | null {
  return p.kind === 'until' ? p.until : null;
}

export function transition(s: BlockEntryState, ev: BlockEvent, timeZone: string): Transition {
  const bad = (message: string): Transition => ({ ok: false, code: 'CONFLICT', message });
  switch (ev.type) {
    case 'approve':
      if (s.state !== 'pending') return bad(`Only a pending entry can be approved (it is ${s.state})`);
      if (ev.by === s.decidedBy || ev.by === s.operatedBy)
        return { ok: false, code: 'FORBIDDEN', message: 'A second person must approve the entry' };
      return {
        ok: true,
        next: {
          ...s,
          state: 'active',
          approvedBy: ev.by,
          activatedAt: ev.at,
          until: periodEnd(s.period, ev.at, timeZone),
        },
      };
    case 'reject':
      if (s.state !== 'pending') return bad(`Only a pending entry can be rejected (it is ${s.state})`);
      if (ev.by === s.operatedBy)
        return { ok: false, code: 'FORBIDDEN', message: 'A second person must reject the entry' };
      return { ok: true, next: { ...s, state: 'rejected' } };
    case 'lift':
      if (s.state !== 'pending' && s.state !== 'active') return bad(`The entry is already ${s.state}`);
      return { ok: true, next: { ...s, state: 'lifted' } };
    case 'expire':
      if (s.state !== 'active' || s.until === null || ev.at < s.until)
        return bad('The entry has not run out');
      return { ok: true, next: { ...s, state: 'expired' } };
  }
}

/** Whether the entry blocks calls at `now` (an active entry past its end blocks nothing even before the job runs). */
export function blocksAt(s: Pick<BlockEntryState, 'state' | 'until'>, now: Date): boolean {
  return s.state === 'active' && (s.until === null || now < s.until);
}
