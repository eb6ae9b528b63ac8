import { describe, expect, it } from 'vitest';
import { groupLines } from './grouping.ts';

describe('statement lines by kind', () => {
  it('groups in the statement order with subtotals and skips empty kinds', () => {
    const groups = groupLines([
      { kind: 'late-report', amountFen: -5000, description: '报表迟交' },
      { kind: 'base-fee', agentId: 'A1', amountFen: 700000, description: '基本服务费 A1' },
      { kind: 'base-fee', agentId: 'A2', amountFen: 700000, description: '基本服务费 A2' },
      { kind: 'kpi-deduction', agentId: 'A2', amountFen: -140000, description: '绩效扣罚 A2' },
    ]);
    expect(groups.map((g) => [g.kind, g.lines.length, g.totalFen])).toEqual([
      ['base-fee', 2, 1400000],
      ['kpi-deduction', 1, -140000],
      ['late-report', 1, -5000],
    ]);
  });
});
