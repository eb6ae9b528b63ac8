import { describe, expect, it } from 'vitest';
import { bucketOf, bucketsBetween, monthlyReport, ruleTrends, trends, type ReportInput } from './index.ts';

const A1 = { agentId: 'A1', teamId: 'T1', vendorId: 'V1' };
const A2 = { agentId: 'A2', teamId: 'T1', vendorId: 'V1' };
const B1 = { agentId: 'B1', teamId: 'T2', vendorId: 'V1' };

const input: ReportInput = {
  activity: [
    { ...A1, day: '2026-09-30', conversations: 10, scoreSum: 900, scored: 10, ruleHits: { x: 5 } },
    { ...A1, day: '2026-10-01', conversations: 4, scoreSum: 320, scored: 4, ruleHits: { x: 2, y: 1 } },
    { ...A1, day: '2026-10-02', conversations: 6, scoreSum: 540, scored: 5, ruleHits: { y: 3 } },
    { ...A2, day: '2026-10-05', conversations: 10, scoreSum: 1000, scored: 10, ruleHits: {} },
    { ...B1, day: '2026-10-31', conversations: 20, scoreSum: 1400, scored: 20, ruleHits: { z: 4, x: 4 } },
  ],
  appeals: [
    { ...A1, day: '2026-10-03', rule: 'y', status: 'upheld' },
    { ...A1, day: '2026-10-04', rule: 'y', status: 'rejected' },
    { ...B1, day: '2026-10-30', rule: 'z', status: 'open' },
    { ...B1, day: '2026-09-29', rule: 'z', status: 'upheld' },
  ],
  complaints: [
    { ...B1, day: '2026-10-10', severity: 'general', decision: 'responsible' },
    { ...A2, day: '2026-10-11', severity: 'minor', decision: 'pending' },
  ],
};

describe('report buckets', () => {
  it('weeks start on Monday, months are YYYY-MM', () => {
    expect(bucketOf('2026-10-01', 'week')).toBe('2026-09-28'); // a Thursday
    expect(bucketOf('2026-09-28', 'week')).toBe('2026-09-28');
    expect(bucketOf('2026-10-04', 'week')).toBe('2026-09-28'); // Sunday closes the week
    expect(bucketOf('2026-10-31', 'month')).toBe('2026-10');
    expect(bucketsBetween('2026-09-15', '2026-11-02', 'month')).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(bucketsBetween('2026-09-30', '2026-10-12', 'week')).toEqual([
      '2026-09-28',
      '2026-10-05',
      '2026-10-12',
    ]);
  });
});

describe('trends', () => {
  it('team series per month: mean of scored results, hits per 100 calls, appeals upheld of decided', () => {
    const t = trends(input, { from: '2026-09-01', to: '2026-10-31' }, 'month', 'team');
    expect(t.periods).toEqual(['2026-09', '2026-10']);
    const t1 = t.series.find((s) => s.key === 'T1')!;
    const oct = t1.points[1]!;
    // A1 4 + 6 and A2 10 conversations; 19 scored results summing 1860
    expect(oct.conversations).toBe(20);
    expect(oct.meanScore).toBe(97.89);
    expect(oct.hitsPer100).toBe(30); // 6 hits over 20 calls
    expect(oct.appealsFiled).toBe(2);
    expect(oct.appealsUpheld).toBe(1);
    expect(oct.upheldRate).toBe(0.5);
    expect(oct.complaints).toBe(1);
    expect(oct.complaintsResponsible).toBe(0);
    expect(oct.topRules.map((r) => r.ruleId)).toEqual(['y', 'x']);
    const sep = t1.points[0]!;
    expect(sep).toMatchObject({ conversations: 10, meanScore: 90, hitsPer100: 50 });
    const t2 = t.series.find((s) => s.key === 'T2')!;
    expect(t2.points[0]).toMatchObject({ conversations: 0, meanScore: null, appealsFiled: 1, upheldRate: 1 });
    expect(t2.points[1]).toMatchObject({ upheldRate: null, appealsFiled: 1, complaintsResponsible: 1 });
  });

  it('rule trend: hits per 100 calls of each rule per week, most hit rule first', () => {
    const r = ruleTrends(input, { from: '2026-09-28', to: '2026-10-11' }, 'week');
    expect(r.periods).toEqual(['2026-09-28', '2026-10-05']);
    expect(r.rules.map((x) => x.ruleId)).toEqual(['x', 'y']);
    // week of 09-28: 20 conversations, x hit 7 times, y 4 times; week of 10-05: 10 conversations, no hit
    expect(r.rules[0]!.points).toEqual([
      { period: '2026-09-28', hits: 7, per100: 35 },
      { period: '2026-10-05', hits: 0, per100: 0 },
    ]);
    expect(r.rules[1]!.points[0]).toEqual({ period: '2026-09-28', hits: 4, per100: 20 });
  });
});

describe('monthly report', () => {
  it('keeps only the month and sums per team and agent', () => {
    const m = monthlyReport('2026-10', input);
    expect(m.from).toBe('2026-10-01');
    expect(m.to).toBe('2026-10-31');
    expect(m.summary).toMatchObject({
      conversations: 40,
      scored: 39,
      agents: 3,
      appealsFiled: 3,
      complaints: 2,
    });
    expect(m.summary.meanScore).toBe(83.59); // 3260 / 39
    expect(m.summary.hitsPer100).toBe(35); // 14 hits / 40
    expect(m.summary.topRules[0]).toEqual({ ruleId: 'x', hits: 6, per100: 15 });
    expect(m.daily).toHaveLength(31);
    expect(m.daily[0]).toEqual({ day: '2026-10-01', conversations: 4, meanScore: 80, hitsPer100: 75 });
    expect(m.daily[2]).toEqual({ day: '2026-10-03', conversations: 0, meanScore: null, hitsPer100: 0 });
    expect(m.teams.map((t) => [t.teamId, t.agents, t.conversations])).toEqual([
      ['T1', 2, 20],
      ['T2', 1, 20],
    ]);
    expect(m.agents.map((a) => [a.agentId, a.teamId, a.meanScore])).toEqual([
      ['A1', 'T1', 95.56],
      ['A2', 'T1', 100],
      ['B1', 'T2', 70],
    ]);
    expect(m.appeals).toEqual({
      filed: 3,
      open: 1,
      upheld: 1,
      rejected: 1,
      byRule: [
        { rule: 'y', filed: 2, upheld: 1 },
        { rule: 'z', filed: 1, upheld: 0 },
      ],
    });
    expect(m.complaints).toEqual({
      total: 2,
      responsible: 1,
      notResponsible: 0,
      pending: 1,
      bySeverity: { minor: 1, general: 1, severe: 0 },
    });
  });
});
