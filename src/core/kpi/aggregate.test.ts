import { describe, expect, it } from 'vitest';
import { aggregateMonthlyStats, type DailyStatsRow } from './aggregate.ts';

function row(agentId: string, date: string, offered: number, within: number): DailyStatsRow {
  return {
    agentId,
    date,
    offered,
    answered: within,
    answeredWithin20s: within,
    abandonedInQueue: 0,
    rated: 2,
    satisfied: 1,
    ratingAbandoned: 0,
  };
}

describe('aggregateMonthlyStats', () => {
  it('sums each agent’s days of the month and leaves other months out', () => {
    const rows = [
      row('B002', '2026-10-01', 10, 9),
      row('A001', '2026-10-01', 20, 19),
      row('A001', '2026-10-31', 30, 30),
      row('A001', '2026-10-31', 5, 5), // a second skill group the same day
      row('A001', '2026-11-01', 99, 99),
      row('A001', '2026-09-30', 99, 99),
    ];
    expect(aggregateMonthlyStats(rows, '2026-10')).toEqual([
      {
        agentId: 'A001',
        month: '2026-10',
        days: 2,
        offered: 55,
        answered: 54,
        answeredWithin20s: 54,
        abandonedInQueue: 0,
        rated: 6,
        satisfied: 3,
        ratingAbandoned: 0,
      },
      {
        agentId: 'B002',
        month: '2026-10',
        days: 1,
        offered: 10,
        answered: 9,
        answeredWithin20s: 9,
        abandonedInQueue: 0,
        rated: 2,
        satisfied: 1,
        ratingAbandoned: 0,
      },
    ]);
  });

  it('places zoned instants in the contact center’s time zone', () => {
    // 16:30 UTC on 31 October is 00:30 on 1 November in Shanghai, but still 31 October in London.
    const rows = [row('A001', '2026-10-31T16:30:00Z', 10, 10)];
    expect(aggregateMonthlyStats(rows, '2026-10')).toEqual([]);
    expect(aggregateMonthlyStats(rows, '2026-11')[0]?.offered).toBe(10);
    expect(aggregateMonthlyStats(rows, '2026-10', 'Europe/London')[0]?.offered).toBe(10);
  });

  it('refuses a bad month or date', () => {
    expect(() => aggregateMonthlyStats([], '2026-1')).toThrow(/YYYY-MM/);
    expect(() => aggregateMonthlyStats([row('A', '2026-02-30', 1, 1)], '2026-02')).toThrow(/not a date/);
  });
});
