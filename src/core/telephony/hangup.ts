// The hang-up report (seed 003: 员工与客户在主动挂线方面的比例是18:82; 检测优化: 一个周期之后, 随机抽检挂机录音,
// 提取挂线实施后的满意度数据对比). Who hung up comes from the call's hangup event; an agent-first hang-up is
// "allowed" when the agent-hangup rule of the pack (src/core/rules/operators/agent-hangup.ts, seed 003 挂机规范)
// found nothing wrong with it, "not allowed" when it hit. Calls without a hangup event count as unknown.

export interface HangupCall {
  key: string;
  by: 'agent' | 'customer' | 'system' | null;
  /** The agent-hangup rule hit this call (only meaningful when by = agent). */
  agentHangupHit: boolean;
}

export interface HangupTally {
  calls: number;
  agent: number;
  customer: number;
  system: number;
  unknown: number;
  agentAllowed: number;
  agentNotAllowed: number;
}

export const emptyTally = (): HangupTally => ({
  calls: 0,
  agent: 0,
  customer: 0,
  system: 0,
  unknown: 0,
  agentAllowed: 0,
  agentNotAllowed: 0,
});

export function addCall(t: HangupTally, c: Omit<HangupCall, 'key'>): void {
  t.calls++;
  if (c.by === null) t.unknown++;
  else t[c.by]++;
  if (c.by === 'agent') {
    if (c.agentHangupHit) t.agentNotAllowed++;
    else t.agentAllowed++;
  }
}

export function tallyBy(calls: readonly HangupCall[]): Map<string, HangupTally> {
  const out = new Map<string, HangupTally>();
  for (const c of calls) {
    let t = out.get(c.key);
    if (!t) out.set(c.key, (t = emptyTally()));
    addCall(t, c);
  }
  return out;
}

/**
 * The agent:customer ratio as seed 003 writes it, shares of agent- and customer-first hang-ups in whole percent
 * summing to 100 (74 agent, 335 customer → "18:82"); null when neither hung up.
 */
export function hangupRatio(t: Pick<HangupTally, 'agent' | 'customer'>): {
  agentShare: number;
  text: string;
} | null {
  const total = t.agent + t.customer;
  if (total === 0) return null;
  const agentShare = t.agent / total;
  const a = Math.round(agentShare * 100);
  return { agentShare, text: `${a}:${100 - a}` };
}

export interface PeriodFigures {
  calls: number;
  agentHangups: number;
  customerHangups: number;
  agentShare: number | null;
  agentNotAllowed: number;
  /** satisfied ÷ rated (docs/product.md "Decided readings of the seeds": satisfaction); null without ratings. */
  satisfaction: number | null;
  complaints: number;
  /** Calls from a number that called before within the repeat window. */
  repeatCalls: number;
}

export interface Comparison {
  before: PeriodFigures;
  after: PeriodFigures;
  /** after − before, for the figures that are rates or counts per call. */
  delta: {
    agentShare: number | null;
    satisfaction: number | null;
    complaintsPerThousandCalls: number | null;
    repeatRate: number | null;
  };
}

const per = (n: number, d: number): number | null => (d === 0 ? null : n / d);
const diff = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : b - a);

export function compare(before: PeriodFigures, after: PeriodFigures): Comparison {
  const cpt = (p: PeriodFigures) => {
    const r = per(p.complaints, p.calls);
    return r === null ? null : r * 1000;
  };
  return {
    before,
    after,
    delta: {
      agentShare: diff(before.agentShare, after.agentShare),
      satisfaction: diff(before.satisfaction, after.satisfaction),
      complaintsPerThousandCalls: diff(cpt(before), cpt(after)),
      repeatRate: diff(per(before.repeatCalls, before.calls), per(after.repeatCalls, after.calls)),
    },
  };
}

/** Calls (sorted or not) that follow an earlier call of the same number within `windowMs` (seed 003 重复来电). */
export function countRepeatCalls(calls: readonly { number: string; at: number }[], windowMs: number): number {
  const last = new Map<string, number>();
  let n = 0;
  for (const c of [...calls].sort((a, b) => a.at - b.at)) {
    const prev = last.get(c.number);
    if (prev !== undefined && c.at - prev <= windowMs) n++;
    last.set(c.number, c.at);
  }
  return n;
}
