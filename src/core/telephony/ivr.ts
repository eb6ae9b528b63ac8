// IVR → human (seed 001 热线IVR和人工需要协同: 如客户超过三次询问同一问题, 或超过五分钟仍未解决的, 应为客户优先接入
// 人工, 或提供人工回拨). The IVR posts its session state; the answer is route to a human with priority, offer a
// callback (when the human queue is long), or continue, with every reason that applied. Thresholds are policy.
import type { CallerClass } from './blocklist.ts';

export interface IvrPolicy {
  /** The same intent asked MORE than this many times goes to a human (seed 001: 超过三次). */
  maxRepeats: number;
  /** More than this long in the IVR goes to a human (seed 001: 超过五分钟). */
  maxElapsedMs: number;
  /** Offer a callback instead when the caller would wait longer than this for an agent; null = never. */
  callbackAboveWaitMs: number | null;
  /** Callers classed non-routine (seed 003 非常规客户) skip the IVR's loops: they go to a human at once. */
  nonRoutineToHuman: boolean;
}

export const DEFAULT_IVR_POLICY: IvrPolicy = {
  maxRepeats: 3,
  maxElapsedMs: 5 * 60_000,
  callbackAboveWaitMs: null,
  nonRoutineToHuman: true,
};

export interface IvrQuestion {
  intent: string;
  text?: string | undefined;
  atMs?: number | undefined;
}

export interface IvrSessionState {
  elapsedMs: number;
  questions: readonly IvrQuestion[];
  callerClass: CallerClass;
  /** The switch's estimate of the wait for an agent, when it sends one. */
  queueWaitMs?: number | undefined;
}

export const IVR_REASONS = [
  'repeated-question',
  'time-in-ivr',
  'caller-class',
  'asked-for-human',
  'queue-wait',
] as const;
export type IvrReason = (typeof IVR_REASONS)[number];

export interface IvrDecision {
  action: 'human' | 'callback' | 'continue';
  priority: boolean;
  reasons: IvrReason[];
  /** The most often asked intent and its count (what the IVR failed to answer). */
  topIntent: { intent: string; count: number } | null;
}

const ASKS_FOR_HUMAN = /转人工|人工服务|人工客服|找人工|要人工|真人/u;
const HUMAN_INTENTS = new Set(['human', 'agent', 'transfer', 'to-human']);

export function decideIvr(s: IvrSessionState, policy: IvrPolicy = DEFAULT_IVR_POLICY): IvrDecision {
  const counts = new Map<string, number>();
  for (const q of s.questions) {
    const intent = q.intent.trim().toLowerCase();
    if (intent) counts.set(intent, (counts.get(intent) ?? 0) + 1);
  }
  let topIntent: IvrDecision['topIntent'] = null;
  for (const [intent, count] of counts)
    if (!topIntent || count > topIntent.count) topIntent = { intent, count };

  const urgent: IvrReason[] = [];
  if (topIntent && topIntent.count > policy.maxRepeats) urgent.push('repeated-question');
  if (s.elapsedMs > policy.maxElapsedMs) urgent.push('time-in-ivr');
  if (s.callerClass === 'non-routine' && policy.nonRoutineToHuman) urgent.push('caller-class');
  const asked = s.questions.some(
    (q) => HUMAN_INTENTS.has(q.intent.trim().toLowerCase()) || ASKS_FOR_HUMAN.test(q.text ?? ''),
  );

  if (urgent.length > 0) {
    const wait = s.queueWaitMs;
    if (policy.callbackAboveWaitMs !== null && wait !== undefined && wait > policy.callbackAboveWaitMs)
      return { action: 'callback', priority: true, reasons: [...urgent, 'queue-wait'], topIntent };
    return {
      action: 'human',
      priority: true,
      reasons: asked ? [...urgent, 'asked-for-human'] : urgent,
      topIntent,
    };
  }
  // Asking for a person is honoured, but without priority: the thresholds decide who jumps the queue. A caller
  // classed harassment gets no priority either way (seed 003 无价值来电).
  if (asked && s.callerClass !== 'harassment')
    return { action: 'human', priority: false, reasons: ['asked-for-human'], topIntent };
  return { action: 'continue', priority: false, reasons: [], topIntent };
}
