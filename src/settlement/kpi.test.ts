import { describe, expect, it } from 'vitest';
import { DEFAULT_DISCIPLINE_WINDOW } from '../core/kpi/discipline.ts';
import { DEFAULT_KPI_POLICY } from '../core/kpi/policy.ts';
import type { AgentPlacement, QaTallyOfAgent } from '../store/index.ts';
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
  it("scores the QA item from each agent's tally of the month, and lists an active agent without scores", () => {
    // 10,000 scores of 90 and 20,000 of 80, as the store sums them (count, hundredths).
    const qa: QaTallyOfAgent[] = [
      { agentId: 'A001', count: 10_000, sumHundredths: 10_000 * 9_000 },
      { agentId: 'A002', count: 20_000, sumHundredths: 20_000 * 8_000 },
    ];
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
    expect(rows.map((r) => [r.agent.agentId, r.qa.count, r.kpi.items.qa.value])).toEqual([
      ['A001', 10_000, 90],
      ['A002', 20_000, 80],
      ['A003', 0, null],
    ]);
    expect(rows[2]?.kpi.items.qa.kind).toBe('no-data');
  });
});
