import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAgentKpi, tallyQaScores, type AgentKpiInputs } from './compute.ts';
import type { CallCounts } from './counts.ts';
import { DEFAULT_KPI_POLICY as V1, kpiPolicySchema } from './policy.ts';

/** Counts with the given rates: answer rate a20/(offered−abandoned), satisfaction satisfied/(rated−abandoned). */
function counts(p: Partial<CallCounts>): CallCounts {
  return {
    offered: 100,
    answered: 100,
    answeredWithin20s: 100,
    abandonedInQueue: 0,
    rated: 0,
    satisfied: 0,
    ratingAbandoned: 0,
    ...p,
  };
}

function kpi(stats: CallCounts | undefined, qaScores: number[], extra: Partial<AgentKpiInputs> = {}) {
  return computeAgentKpi({ agentId: 'A001', month: '2026-10', stats, qaScores, ...extra }, V1);
}

describe('computeAgentKpi: seed 002 worked examples', () => {
  it('A: 120 points → 1000 × (120 − 100)% = ¥200 bonus', () => {
    // 100 % answered within 20 s → 40 + 2×3 = 46; 100 % satisfied → 30 + 10 = 40; QA 94 → 34.
    const r = kpi(counts({ rated: 50, satisfied: 50 }), [94]);
    expect([r.items.answerRate.points, r.items.satisfaction.points, r.items.qa.points]).toEqual([46, 40, 34]);
    expect(r.totalPoints).toBe(120);
    expect(r.outcome).toEqual({ kind: 'bonus', percent: 20, amountFen: 20_000 });
    expect([r.bonusFen, r.deductionFen]).toEqual([20_000, 0]);
  });

  it('B: 80 points → 7000 × (100 − 80)% = ¥1,400 deduction', () => {
    // 90 % → 40 − 2×7 = 26; 84 % → 30 − 6 = 24; QA 90 → 30.
    const r = kpi(counts({ answeredWithin20s: 90, rated: 100, satisfied: 84 }), [90]);
    expect([r.items.answerRate.points, r.items.satisfaction.points, r.items.qa.points]).toEqual([26, 24, 30]);
    expect(r.totalPoints).toBe(80);
    expect(r.outcome).toEqual({ kind: 'deduction', percent: 20, amountFen: 140_000, capped: false });
    expect([r.bonusFen, r.deductionFen]).toEqual([0, 140_000]);
    expect(r.monthlyFeeFen).toBe(700_000);
  });
});

describe('computeAgentKpi: definitions', () => {
  it('excludes calls abandoned in queue from the answer-rate denominator', () => {
    // 97 of (110 − 10) = 97 % exactly → 40 points.
    const r = kpi(counts({ offered: 110, answered: 100, answeredWithin20s: 97, abandonedInQueue: 10 }), [90]);
    expect(r.items.answerRate).toMatchObject({
      kind: 'measured',
      value: 0.97,
      numerator: 97,
      denominator: 100,
    });
    expect(r.items.answerRate.points).toBe(40);
  });

  it('excludes abandoned ratings from the satisfaction denominator', () => {
    // 45 of (60 − 10) = 90 % → 30 points.
    const r = kpi(counts({ rated: 60, satisfied: 45, ratingAbandoned: 10 }), [90]);
    expect(r.items.satisfaction).toMatchObject({ kind: 'measured', value: 0.9, denominator: 50, points: 30 });
  });

  it('gives full satisfaction points without survey data (seed 002 "没有统计，默认为满分")', () => {
    expect(kpi(counts({}), [90]).items.satisfaction).toEqual({
      kind: 'no-data',
      value: null,
      points: 30,
      centipoints: 3000,
      rule: 'base',
    });
    // Every survey abandoned is no data too, not 0 %.
    expect(kpi(counts({ rated: 4, ratingAbandoned: 4 }), [90]).items.satisfaction.kind).toBe('no-data');
  });

  it('treats no offered calls (or only abandoned ones) as no data: base points unless the policy says zero', () => {
    const none = kpi(counts({ offered: 0, answered: 0, answeredWithin20s: 0 }), [90]);
    expect(none.items.answerRate).toMatchObject({ kind: 'no-data', points: 40 });
    expect(none.totalPoints).toBe(100);
    expect(none.outcome).toEqual({ kind: 'on-target' });
    const allAbandoned = kpi(
      counts({ offered: 5, answered: 0, answeredWithin20s: 0, abandonedInQueue: 5 }),
      [90],
    );
    expect(allAbandoned.items.answerRate.kind).toBe('no-data');
    const strict = kpiPolicySchema.parse({
      version: 'strict',
      items: { answerRate: { whenNoData: 'zero' } },
    });
    const r = computeAgentKpi({ agentId: 'A', month: '2026-10', stats: undefined, qaScores: [] }, strict);
    expect([r.items.answerRate.points, r.items.satisfaction.points, r.items.qa.points]).toEqual([0, 30, 30]);
  });

  it('uses the mean of the final QA scores, rounded once to 0.01 point', () => {
    // mean(92.5, 88, 89) = 89.8333… → 30 − 0.1667 = 29.83
    const r = kpi(counts({}), [92.5, 88, 89]);
    expect(r.items.qa).toMatchObject({ kind: 'measured', numerator: 269.5, denominator: 3, points: 29.83 });
    expect(r.items.qa.value).toBeCloseTo(89.8333, 4);
  });

  it('scores the same from the scores tallied (count, hundredths) as from their list', () => {
    const scores = [92.5, 88, 89, 1.005];
    const tally = tallyQaScores(scores, 'A001');
    expect(tally).toEqual({ count: 4, sumHundredths: 9_250 + 8_800 + 8_900 + 101 });
    expect(computeAgentKpi({ agentId: 'A001', month: '2026-10', qaScores: tally }, V1)).toEqual(
      kpi(undefined, scores),
    );
    expect(kpi(undefined, [], {}).items.qa.kind).toBe('no-data');
    expect(() => tallyQaScores([101], 'A001')).toThrow(/A001 out of 0–100/);
    expect(() =>
      computeAgentKpi(
        { agentId: 'A001', month: '2026-10', qaScores: { count: 1, sumHundredths: 10_001 } },
        V1,
      ),
    ).toThrow(/out of 0–100/);
  });

  it('keeps fractional percentages exact: 95.5 % → 37, 2/3 → 6.67', () => {
    const r = kpi(
      counts({ offered: 1000, answered: 1000, answeredWithin20s: 955, rated: 3, satisfied: 2 }),
      [90],
    );
    expect(r.items.answerRate.centipoints).toBe(3700);
    expect(r.items.satisfaction.centipoints).toBe(667); // 30 + (66.666… − 90) = 6.666… → 6.67
    expect(r.totalCentipoints).toBe(3700 + 667 + 3000);
  });

  it('floors an item at 0 and applies an optional cap', () => {
    const low = kpi(counts({ answeredWithin20s: 50 }), [10]);
    expect(low.items.answerRate).toMatchObject({ points: 0, clamped: 'floor' });
    expect(low.items.qa).toMatchObject({ points: 0, clamped: 'floor' });
    const capped = kpiPolicySchema.parse({ version: 'capped', items: { answerRate: { cap: 42 } } });
    const r = computeAgentKpi({ agentId: 'A', month: '2026-10', stats: counts({}), qaScores: [90] }, capped);
    expect(r.items.answerRate).toMatchObject({ points: 42, clamped: 'cap' });
  });

  it('stops the deduction at 20 % of the fee and uses the agent fee when given', () => {
    const r = kpi(counts({ answeredWithin20s: 80 }), [60], { monthlyFeeFen: 650_000 });
    // 80 % → 40 − 34 = 6; satisfaction no data 30; QA 60 → 0: total 36, shortfall 64 → capped at 20 %.
    expect(r.totalPoints).toBe(36);
    expect(r.outcome).toEqual({ kind: 'deduction', percent: 20, amountFen: 130_000, capped: true });
  });

  it('rounds money half away from zero to the fen', () => {
    // 0.01 point short on a ¥50 fee: 5000 × 0.01 % = 0.5 fen → 1 fen.
    const policy = kpiPolicySchema.parse({
      version: 't',
      items: { qa: { target: 90.01 } },
      deduction: { monthlyFeeFen: 5000 },
    });
    const r = computeAgentKpi(
      { agentId: 'A', month: '2026-10', stats: counts({ answeredWithin20s: 97 }), qaScores: [90] },
      policy,
    );
    expect(r.totalCentipoints).toBe(9999);
    expect(r.deductionFen).toBe(1);
    // 100.33 points → 1000 × 0.33 % = ¥3.30 exactly.
    const b = kpi(counts({ answeredWithin20s: 97 }), [90.33]);
    expect(b.totalPoints).toBe(100.33);
    expect(b.bonusFen).toBe(330);
  });

  it('refuses inconsistent counts and out-of-range QA scores', () => {
    expect(() => kpi(counts({ answered: 120 }), [90])).toThrow(/exceeds offered/);
    expect(() => kpi(counts({}), [101])).toThrow(/out of 0–100/);
    expect(() => kpi(counts({}), [90], { month: '2026-13' })).toThrow(/YYYY-MM/);
  });

  it('keeps money whole and bounded for any consistent input (property)', () => {
    const arb = fc
      .record({
        offered: fc.integer({ min: 0, max: 20_000 }),
        ans: fc.double({ min: 0, max: 1, noNaN: true }),
        a20: fc.double({ min: 0, max: 1, noNaN: true }),
        rated: fc.integer({ min: 0, max: 5000 }),
        sat: fc.double({ min: 0, max: 1, noNaN: true }),
        qa: fc.array(
          fc.integer({ min: 0, max: 200 }).map((x) => x / 2),
          { maxLength: 20 },
        ),
      })
      .map(({ offered, ans, a20, rated, sat, qa }) => {
        const answered = Math.floor(offered * ans);
        const stats = counts({
          offered,
          answered,
          answeredWithin20s: Math.floor(answered * a20),
          abandonedInQueue: Math.floor((offered - answered) / 2),
          rated,
          satisfied: Math.floor(rated * sat),
        });
        return { stats, qa };
      });
    fc.assert(
      fc.property(arb, ({ stats, qa }) => {
        const r = kpi(stats, qa);
        const items = [r.items.answerRate, r.items.satisfaction, r.items.qa];
        expect(items.every((i) => i.centipoints >= 0 && Number.isInteger(i.centipoints))).toBe(true);
        expect(r.totalCentipoints).toBe(items.reduce((s, i) => s + i.centipoints, 0));
        expect(Number.isInteger(r.bonusFen) && Number.isInteger(r.deductionFen)).toBe(true);
        expect(r.deductionFen).toBeLessThanOrEqual(140_000);
        expect(r.bonusFen === 0 || r.deductionFen === 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
