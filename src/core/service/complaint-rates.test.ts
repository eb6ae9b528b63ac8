import { describe, expect, it } from 'vitest';
import { complaintRates } from './complaint-rates.ts';

describe('complaintRates', () => {
  it('gives complaints per 10,000 calls by month, team and agent, and each cause’s share', () => {
    const r = complaintRates(
      ['2026-10', '2026-11'],
      [
        { month: '2026-10', causeId: 'agent.attitude', teamId: 'T1', agentId: 'A1', complaints: 2 },
        { month: '2026-11', causeId: 'agent.attitude', teamId: 'T1', agentId: 'A2', complaints: 1 },
        { month: '2026-11', causeId: null, teamId: 'T2', agentId: 'A3', complaints: 1 },
      ],
      [
        { month: '2026-10', teamId: 'T1', agentId: 'A1', calls: 4000 },
        { month: '2026-11', teamId: 'T1', agentId: 'A2', calls: 6000 },
        { month: '2026-11', teamId: 'T2', agentId: 'A3', calls: 3000 },
        { month: '2026-11', teamId: 'T3', agentId: 'A4', calls: 1000 },
      ],
    );
    expect(r.byMonth).toEqual([
      { key: '2026-10', complaints: 2, calls: 4000, per10k: 5 },
      { key: '2026-11', complaints: 2, calls: 10000, per10k: 2 },
    ]);
    expect(r.byCause).toEqual([
      { causeId: 'agent.attitude', complaints: 3, share: 0.75 },
      { causeId: 'unclassified', complaints: 1, share: 0.25 },
    ]);
    // T2 3.3 ‱ before T1 3 ‱; a team with calls and no complaint is listed at 0
    expect(r.byTeam.map((t) => [t.key, t.per10k])).toEqual([
      ['T2', 3.3],
      ['T1', 3],
      ['T3', 0],
    ]);
    expect(r.byAgent.map((a) => [a.key, a.per10k])).toEqual([
      ['A1', 5],
      ['A3', 3.3],
      ['A2', 1.7],
    ]);
  });

  it('has no rate without calls', () => {
    const r = complaintRates(['2026-10'], [], []);
    expect(r.byMonth).toEqual([{ key: '2026-10', complaints: 0, calls: 0, per10k: null }]);
    expect(r.byCause).toEqual([]);
  });
});
