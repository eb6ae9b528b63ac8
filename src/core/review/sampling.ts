// Sampling plans (docs/product.md "Review, appeals, sampling and calibration"): which scored conversations of a period become review tasks.
// Random %, N per agent, or targeted (every fatal hit, every agent-first hang-up — seed 003 挂机规范 — every
// complaint-risk call — seed 004 投诉 — or named rules). Deterministic for a seed, and idempotent: candidates
// already sampled by the plan count towards its quota and are never chosen again.
import { z } from 'zod';
import { createRng } from '../random/random.ts';

export const samplingRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('random'), percent: z.number().gt(0).max(100) }).strict(),
  z.object({ kind: z.literal('per-agent'), perAgent: z.number().int().min(1).max(1000) }).strict(),
  z
    .object({
      kind: z.literal('targeted'),
      fatal: z.boolean().default(false),
      agentHangup: z.boolean().default(false),
      complaintRisk: z.boolean().default(false),
      /** Every agent-first hang-up, allowed by the norm or not (seed 003 检测优化: 随机抽检挂机录音). */
      anyHangup: z.boolean().default(false),
      rules: z.array(z.string().min(1)).max(50).default([]),
    })
    .strict()
    .refine((t) => t.fatal || t.agentHangup || t.anyHangup || t.complaintRisk || t.rules.length > 0, {
      message: 'a targeted plan needs at least one target',
    }),
]);
export type SamplingRule = z.infer<typeof samplingRuleSchema>;

export const planScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('team'), teamIds: z.array(z.string().min(1)).min(1) }).strict(),
  z.object({ kind: z.literal('vendor'), vendorIds: z.array(z.string().min(1)).min(1) }).strict(),
]);
export type PlanScope = z.infer<typeof planScopeSchema>;

/** A scored conversation version of the period, inside the plan's scope. */
export interface Candidate {
  readonly conversationId: string;
  readonly conversationVersion: number;
  readonly resultId: number;
  readonly agentId: string | null;
  readonly teamId: string | null;
  readonly vendorId: string | null;
  readonly fatal: boolean;
  readonly ruleIds: readonly string[];
  /** Who hung up first (the call's hangup event), when known. */
  readonly hangupBy?: string | null;
  /** Already sampled by this plan (an earlier run): counts towards quotas, never selected again. */
  readonly sampled: boolean;
}

export interface Selection {
  readonly candidate: Candidate;
  /** Why it was chosen: `random`, `per-agent`, `fatal`, `agent-hangup`, `complaint-risk`, `rule:<id>`. */
  readonly reasons: readonly string[];
}

export function inPlanScope(scope: PlanScope, c: Pick<Candidate, 'teamId' | 'vendorId'>): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'team':
      return c.teamId !== null && scope.teamIds.includes(c.teamId);
    case 'vendor':
      return c.vendorId !== null && scope.vendorIds.includes(c.vendorId);
  }
}

const byKey = (a: Candidate, b: Candidate): number =>
  a.conversationId < b.conversationId
    ? -1
    : a.conversationId > b.conversationId
      ? 1
      : a.conversationVersion - b.conversationVersion;

/** Quota of a random plan: the percentage of the period's conversations, at least one when there are any. */
export function randomQuota(percent: number, population: number): number {
  if (population === 0) return 0;
  return Math.min(population, Math.max(1, Math.round((population * percent) / 100)));
}

function targetReasons(rule: Extract<SamplingRule, { kind: 'targeted' }>, c: Candidate): string[] {
  const reasons: string[] = [];
  if (rule.fatal && c.fatal) reasons.push('fatal');
  if (rule.agentHangup && c.ruleIds.includes('agent-hangup')) reasons.push('agent-hangup');
  if (rule.anyHangup && c.hangupBy === 'agent')
    reasons.push(c.ruleIds.includes('agent-hangup') ? 'hangup:not-allowed' : 'hangup:allowed');
  if (rule.complaintRisk && c.ruleIds.includes('complaint-risk')) reasons.push('complaint-risk');
  for (const r of rule.rules) if (c.ruleIds.includes(r)) reasons.push(`rule:${r}`);
  return reasons;
}

/** Pick the conversations a run adds. Input order does not matter; the same seed gives the same picks. */
export function selectForReview(
  rule: SamplingRule,
  candidates: readonly Candidate[],
  seed: number,
): Selection[] {
  const sorted = [...candidates].sort(byKey);
  const rng = createRng(seed);
  switch (rule.kind) {
    case 'random': {
      const open = sorted.filter((c) => !c.sampled);
      const need = randomQuota(rule.percent, sorted.length) - (sorted.length - open.length);
      return rng
        .sample(open, need)
        .sort(byKey)
        .map((candidate) => ({ candidate, reasons: ['random'] }));
    }
    case 'per-agent': {
      const perAgent = new Map<string, Candidate[]>();
      for (const c of sorted) {
        if (c.agentId === null) continue; // N per agent needs an agent
        const list = perAgent.get(c.agentId) ?? [];
        list.push(c);
        perAgent.set(c.agentId, list);
      }
      const out: Selection[] = [];
      for (const agent of [...perAgent.keys()].sort()) {
        const list = perAgent.get(agent) ?? [];
        const open = list.filter((c) => !c.sampled);
        const need = rule.perAgent - (list.length - open.length);
        for (const candidate of rng.fork(agent).sample(open, need).sort(byKey)) {
          out.push({ candidate, reasons: ['per-agent'] });
        }
      }
      return out;
    }
    case 'targeted':
      return sorted.flatMap((candidate) => {
        if (candidate.sampled) return [];
        const reasons = targetReasons(rule, candidate);
        return reasons.length === 0 ? [] : [{ candidate, reasons }];
      });
  }
}

export interface InspectorLoad {
  readonly userId: string;
  /** Open tasks already assigned. */
  readonly openTasks: number;
}

/**
 * Assign items evenly: each goes to the inspector with the fewest open tasks at that moment; ties go by an order
 * shuffled once from the seed (so no inspector is always first), so the result is fixed for a seed.
 */
export function assignEvenly<T>(
  items: readonly T[],
  inspectors: readonly InspectorLoad[],
  seed: number,
): { item: T; userId: string }[] {
  if (items.length === 0) return [];
  if (inspectors.length === 0) throw new RangeError('no inspectors to assign to');
  const order = createRng(seed)
    .fork('assign')
    .shuffle([...inspectors].sort((a, b) => (a.userId < b.userId ? -1 : 1)));
  const load = order.map((i) => ({ userId: i.userId, open: i.openTasks }));
  return items.map((item) => {
    let best = load[0]!;
    for (const l of load) if (l.open < best.open) best = l;
    best.open++;
    return { item, userId: best.userId };
  });
}

/** A run's seed from the plan's seed and the period, so a re-run of the same period draws the same numbers. */
export function runSeed(planSeed: number, from: Date, to: Date): number {
  let h = (planSeed ^ 0x811c9dc5) >>> 0;
  for (const ch of `${from.toISOString()}|${to.toISOString()}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
