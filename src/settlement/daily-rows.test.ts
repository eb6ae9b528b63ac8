import { describe, expect, it } from 'vitest';
import { effectiveDailyRows, type SourcedDailyRow } from './daily-rows.ts';

const row = (agentId: string, date: string, source: string, offered: number): SourcedDailyRow => ({
  agentId,
  date,
  source,
  offered,
  answered: offered,
  answeredWithin20s: offered,
  abandonedInQueue: 0,
  rated: 0,
  satisfied: 0,
  ratingAbandoned: 0,
});

describe('effectiveDailyRows', () => {
  it('keeps every imported source and drops derived rows of days an import covers', () => {
    const rows = [
      row('A1', '2026-10-01', 'udesk', 10),
      row('A1', '2026-10-01', 'chat', 4),
      row('A1', '2026-10-01', 'conversations', 13),
      row('A1', '2026-10-02', 'conversations', 7),
      row('A2', '2026-10-01', 'conversations', 3),
    ];
    expect(effectiveDailyRows(rows, 'conversations').map((r) => [r.agentId, r.date, r.source])).toEqual([
      ['A1', '2026-10-01', 'udesk'],
      ['A1', '2026-10-01', 'chat'],
      ['A1', '2026-10-02', 'conversations'],
      ['A2', '2026-10-01', 'conversations'],
    ]);
  });
});
