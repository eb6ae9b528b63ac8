import { describe, expect, it } from 'vitest';
import { DEFAULT_DISCIPLINE_WINDOW } from '../core/kpi/discipline.ts';
import { DEFAULT_KPI_POLICY } from '../core/kpi/policy.ts';
import type { AgentPlacement, QaScoreOfCall } from '../store/index.ts';
import { kpiRows } from './kpi.ts';

const agent = (agentId: string): AgentPlacement => ({
  agentId,
  name: agentId,
  teamId: 'T1',
  vendorId: 'V1',
  active: true,
  hiredOn: null,
});

describe('kpiRows', () => {
  it('groups a month of QA scores per agent in their order, however many calls an agent has', () => {
    const qa: QaScoreOfCall[] = [];
    for (let i = 0; i < 30_000; i++)
      qa.push({
        agentId: i % 3 === 0 ? 'A001' : 'A002',
        conversationId: `c-${i}`,
        startedAt: '2026-10-08T09:30:00+08:00',
        total: i % 3 === 0 ? 90 : 80,
        reviewed: false,
      });
    const rows = kpiRows(
      [agent('A001'), agent('A002'), agent('A003')],
      {
        daily: [],
        qa,
        policies: new Map([
          [
            'V1',
            {
              id: 'p1',
              vendorId: null,
              policy: DEFAULT_KPI_POLICY,
              disciplineWindow: DEFAULT_DISCIPLINE_WINDOW,
            },
          ],
        ]),
      },
      '2026-10',
      'Asia/Shanghai',
    );
    expect(rows.map((r) => [r.agent.agentId, r.qaScores.length])).toEqual([
      ['A001', 10_000],
      ['A002', 20_000],
      ['A003', 0],
    ]);
    expect(rows[0]?.qaScores.slice(0, 2).map((q) => q.conversationId)).toEqual(['c-0', 'c-3']);
    expect(rows[1]?.qaScores.every((q) => q.agentId === 'A002')).toBe(true);
  });
});
