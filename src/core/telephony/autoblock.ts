// Auto-block candidates (seed 003 快速的来电反应机制: 对于一些短期内大量来电的无低值来电(例如骚扰电话), 由人工+系统
// 判断, 只要指定的条件满足, 自动由系统拉黑处理). The system proposes, a person decides: a number with at least
// `minCalls` calls classed low-value or harassment inside any `windowMinutes` window becomes a candidate pending
// review. A dismissed number is not proposed again until its dismissal runs out. Only when the policy says so, a
// clear flood (at least `floodCalls` in the window) is blocked at once, still reviewed afterwards.

export interface AutoBlockPolicy {
  minCalls: number;
  windowMinutes: number;
  /** Call classes that count (the rules or agents class a call; see the caller-class rule in packs/default). */
  classes: readonly string[];
  /** Days a dismissed number is not proposed again. */
  dismissDays: number;
  /** Block at once, without review, when the window holds this many calls; off by default. */
  blockFloodsAtOnce: boolean;
  floodCalls: number;
}

export const DEFAULT_AUTO_BLOCK_POLICY: AutoBlockPolicy = {
  minCalls: 5,
  windowMinutes: 60,
  classes: ['harassment', 'low-value'],
  dismissDays: 30,
  blockFloodsAtOnce: false,
  floodCalls: 20,
};

export interface ClassedCall {
  number: string;
  at: Date;
  callClass: string;
}

export interface Candidate {
  number: string;
  /** Most calls inside one window. */
  calls: number;
  firstAt: Date;
  lastAt: Date;
  flood: boolean;
}

/** Candidates among the calls, skipping numbers already blocked or pending and numbers dismissed until later. */
export function findCandidates(
  calls: readonly ClassedCall[],
  policy: AutoBlockPolicy,
  exclude: { blocked: ReadonlySet<string>; dismissedUntil: ReadonlyMap<string, Date> },
  now: Date,
): Candidate[] {
  const counted = new Set(policy.classes);
  const byNumber = new Map<string, number[]>();
  for (const c of calls) {
    if (!counted.has(c.callClass) || exclude.blocked.has(c.number)) continue;
    const until = exclude.dismissedUntil.get(c.number);
    if (until && until > now) continue;
    const list = byNumber.get(c.number) ?? [];
    list.push(c.at.getTime());
    byNumber.set(c.number, list);
  }
  const windowMs = policy.windowMinutes * 60_000;
  const out: Candidate[] = [];
  for (const [number, times] of byNumber) {
    times.sort((a, b) => a - b);
    let best = { calls: 0, first: 0, last: 0 };
    for (let lo = 0, hi = 0; hi < times.length; hi++) {
      while (times[hi]! - times[lo]! > windowMs) lo++;
      if (hi - lo + 1 > best.calls) best = { calls: hi - lo + 1, first: times[lo]!, last: times[hi]! };
    }
    if (best.calls >= policy.minCalls)
      out.push({
        number,
        calls: best.calls,
        firstAt: new Date(best.first),
        lastAt: new Date(best.last),
        flood: best.calls >= policy.floodCalls,
      });
  }
  return out.sort((a, b) => b.calls - a.calls || a.number.localeCompare(b.number));
}

/** Whether a candidate is blocked without waiting for review (policy on and a clear flood). */
export function blocksAtOnce(c: Candidate, policy: AutoBlockPolicy): boolean {
  return policy.blockFloodsAtOnce && c.flood;
}
