import { describe, expect, it } from 'vitest';
import { DEFAULT_KPI_POLICY, parseKpiPolicy } from './policy.ts';

describe('KPI policy', () => {
  it('policy v1 carries the seeds’ values', () => {
    expect(DEFAULT_KPI_POLICY).toMatchObject({
      version: 'v1',
      timeZone: 'Asia/Shanghai',
      items: {
        answerRate: { target: 97, base: 40, slope: 2, cap: null, whenNoData: 'base' },
        satisfaction: { target: 90, base: 30, slope: 1, cap: null, whenNoData: 'base' },
        qa: { target: 90, base: 30, slope: 1, cap: null, whenNoData: 'base' },
      },
      thresholdPoints: 100,
      bonus: { baseFen: 100_000, maxPercent: null },
      deduction: { monthlyFeeFen: 700_000, maxPercent: 20 },
      complaints: { minorFen: 50_000, generalFen: 250_000, severeFen: 500_000 },
      lateCallbackFen: 5_000,
      lateReport: { dueDayOfMonth: 5, feeFen: 5_000 },
      disciplineFineFen: 10_000,
    });
  });

  it('fills a contract’s partial policy from v1', () => {
    const r = parseKpiPolicy({
      version: 'acme-2027',
      items: { qa: { target: 85 } },
      deduction: { monthlyFeeFen: 800_000 },
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.policy.items.qa).toEqual({ target: 85, base: 30, slope: 1, cap: null, whenNoData: 'base' });
      expect(r.policy.items.answerRate.target).toBe(97);
      expect(r.policy.deduction).toEqual({ monthlyFeeFen: 800_000, maxPercent: 20 });
    }
  });

  it('reports every bad field: no version, fractional fen, three decimals, unknown rule', () => {
    const r = parseKpiPolicy({
      lateCallbackFen: 50.5,
      items: { answerRate: { slope: 0.125, whenNoData: 'full' } },
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.field).sort()).toEqual([
        'items.answerRate.slope',
        'items.answerRate.whenNoData',
        'lateCallbackFen',
        'version',
      ]);
  });
});
