import { describe, expect, it } from 'vitest';
import {
  assignEvenly,
  inPlanScope,
  randomQuota,
  runSeed,
  samplingRuleSchema,
  selectForReview,
  type Candidate,
} from './sampling.ts';

function cand(n: number, over: Partial<Candidate> = {}): Candidate {
  return {
    conversationId: `c-${String(n).padStart(3, '0')}`,
    conversationVersion: 1,
    resultId: n,
    agentId: `A00${n % 3}`,
    teamId: n % 3 === 0 ? 'T1' : 'T2',
    vendorId: 'V1',
    fatal: false,
    ruleIds: [],
    sampled: false,
    ...over,
  };
}
const pool = Array.from({ length: 40 }, (_, i) => cand(i));
const ids = (s: { candidate: Candidate }[]) => s.map((x) => x.candidate.conversationId);

describe('selectForReview', () => {
  it('random: picks the quota, the same for a seed whatever the input order, different for another seed', () => {
    const a = selectForReview({ kind: 'random', percent: 10 }, pool, 7);
    expect(a).toHaveLength(4);
    expect(ids(selectForReview({ kind: 'random', percent: 10 }, [...pool].reverse(), 7))).toEqual(ids(a));
    expect(ids(selectForReview({ kind: 'random', percent: 10 }, pool, 8))).not.toEqual(ids(a));
    expect(a.every((s) => s.reasons[0] === 'random')).toBe(true);
  });

  it('random: a re-run counts what the plan already sampled and adds nothing more', () => {
    const first = new Set(ids(selectForReview({ kind: 'random', percent: 10 }, pool, 7)));
    const again = pool.map((c) => ({ ...c, sampled: first.has(c.conversationId) }));
    expect(selectForReview({ kind: 'random', percent: 10 }, again, 7)).toEqual([]);
    // Late arrivals grow the population: only the missing part of the quota is added, never a sampled one.
    const grown = [...again, ...Array.from({ length: 20 }, (_, i) => cand(100 + i))];
    const extra = selectForReview({ kind: 'random', percent: 10 }, grown, 7);
    expect(extra).toHaveLength(2);
    expect(extra.some((s) => first.has(s.candidate.conversationId))).toBe(false);
  });

  it('random quota: rounds, never zero for a non-empty period', () => {
    expect(randomQuota(5, 30)).toBe(2);
    expect(randomQuota(1, 10)).toBe(1);
    expect(randomQuota(50, 0)).toBe(0);
    expect(randomQuota(100, 7)).toBe(7);
  });

  it('per-agent: N per agent, skipping conversations without an agent and counting earlier samples', () => {
    const withSampled = pool.map((c, i) => (i === 0 ? { ...c, sampled: true } : c));
    const picks = selectForReview(
      { kind: 'per-agent', perAgent: 2 },
      [...withSampled, cand(90, { agentId: null })],
      3,
    );
    const perAgent = new Map<string, number>();
    for (const p of picks) perAgent.set(p.candidate.agentId!, (perAgent.get(p.candidate.agentId!) ?? 0) + 1);
    // c-000 (agent A000) was sampled already, so A000 gets one more; the others two each.
    expect(Object.fromEntries(perAgent)).toEqual({ A000: 1, A001: 2, A002: 2 });
    expect(ids(picks)).not.toContain('c-090');
  });

  it('targeted: every fatal, agent-first hang-up, complaint-risk or named rule hit, with the reasons', () => {
    const calls = [
      cand(1, { fatal: true }),
      cand(2, { ruleIds: ['agent-hangup', 'filler-word'] }),
      cand(3, { ruleIds: ['complaint-risk'] }),
      cand(4, { ruleIds: ['forbidden-phrase'] }),
      cand(5, { ruleIds: ['complaint-risk'], sampled: true }),
      cand(6),
    ];
    const rule = samplingRuleSchema.parse({
      kind: 'targeted',
      fatal: true,
      agentHangup: true,
      complaintRisk: true,
      rules: ['forbidden-phrase'],
    });
    const picks = selectForReview(rule, calls, 1);
    expect(picks.map((p) => [p.candidate.conversationId, p.reasons])).toEqual([
      ['c-001', ['fatal']],
      ['c-002', ['agent-hangup']],
      ['c-003', ['complaint-risk']],
      ['c-004', ['rule:forbidden-phrase']],
    ]);
  });

  it('targeted anyHangup: every agent-first hang-up, allowed by the norm or not (seed 003 抽检挂机录音)', () => {
    const calls = [
      cand(1, { hangupBy: 'agent' }),
      cand(2, { hangupBy: 'agent', ruleIds: ['agent-hangup'] }),
      cand(3, { hangupBy: 'customer' }),
    ];
    const rule = samplingRuleSchema.parse({ kind: 'targeted', anyHangup: true });
    expect(selectForReview(rule, calls, 1).map((p) => [p.candidate.conversationId, p.reasons])).toEqual([
      ['c-001', ['hangup:allowed']],
      ['c-002', ['hangup:not-allowed']],
    ]);
  });

  it('rejects a targeted plan without targets', () => {
    expect(samplingRuleSchema.safeParse({ kind: 'targeted' }).success).toBe(false);
  });
});

describe('inPlanScope', () => {
  it('filters by team or vendor', () => {
    expect(inPlanScope({ kind: 'team', teamIds: ['T1'] }, cand(3))).toBe(true);
    expect(inPlanScope({ kind: 'team', teamIds: ['T1'] }, cand(1))).toBe(false);
    expect(inPlanScope({ kind: 'vendor', vendorIds: ['V2'] }, cand(1))).toBe(false);
    expect(inPlanScope({ kind: 'all' }, cand(1, { teamId: null }))).toBe(true);
  });
});

describe('assignEvenly', () => {
  it('fills the least loaded inspector first and spreads the rest round robin', () => {
    const out = assignEvenly(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      [
        { userId: 'u-qa1', openTasks: 3 },
        { userId: 'u-qa2', openTasks: 0 },
        { userId: 'u-qa3', openTasks: 1 },
      ],
      11,
    );
    const count = (u: string) => out.filter((o) => o.userId === u).length;
    // Final loads 3+x, 0+y, 1+z with x+y+z = 7 spread evenly: 4, 4, 3 in some order, qa1 gets at most one.
    expect(count('u-qa1') + 3).toBeLessThanOrEqual(4);
    expect([count('u-qa1') + 3, count('u-qa2'), count('u-qa3') + 1].sort()).toEqual([3, 4, 4]);
    expect(out[0]!.userId).toBe('u-qa2');
  });

  it('is fixed for a seed', () => {
    const inspectors = [
      { userId: 'x', openTasks: 0 },
      { userId: 'y', openTasks: 0 },
    ];
    expect(assignEvenly([1, 2, 3], inspectors, 5)).toEqual(assignEvenly([1, 2, 3], inspectors, 5));
    expect(() => assignEvenly([1], [], 5)).toThrow(RangeError);
  });
});

describe('runSeed', () => {
  it('depends on the plan seed and the period only', () => {
    const from = new Date('2026-10-01T00:00:00+08:00');
    const to = new Date('2026-11-01T00:00:00+08:00');
    expect(runSeed(1, from, to)).toBe(runSeed(1, from, to));
    expect(runSeed(1, from, to)).not.toBe(runSeed(2, from, to));
  });
});
