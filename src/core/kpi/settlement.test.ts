import { describe, expect, it } from 'vitest';
import type { CallCounts } from './counts.ts';
import { DEFAULT_KPI_POLICY as V1 } from './policy.ts';
import { buildSettlement, reportDueDate, verifyStatement, type SettlementInput } from './settlement.ts';

const perfect: CallCounts = {
  offered: 100,
  answered: 100,
  answeredWithin20s: 100,
  abandonedInQueue: 0,
  rated: 50,
  satisfied: 50,
  ratingAbandoned: 0,
};
const weak: CallCounts = { ...perfect, answeredWithin20s: 90, rated: 100, satisfied: 84 };

function input(p: Partial<SettlementInput> = {}): SettlementInput {
  return {
    vendorId: 'V-外包一',
    month: '2026-10',
    asOf: '2026-11-10',
    agents: [
      { agentId: 'B002', name: '李四', stats: weak, qaScores: [90] }, // 80 points → −¥1400
      { agentId: 'A001', name: '张三', stats: perfect, qaScores: [94] }, // 120 points → +¥200
    ],
    complaints: [],
    lateCallbacks: [],
    reports: [],
    actualLosses: [],
    disciplineFines: [],
    adjustments: [],
    ...p,
  };
}

describe('buildSettlement', () => {
  it('pays base fees and each agent’s KPI bonus or deduction (seed 002 examples)', () => {
    const s = buildSettlement(input(), V1);
    expect(s.lines.map((l) => [l.kind, l.agentId, l.amountFen])).toEqual([
      ['base-fee', 'A001', 700_000],
      ['base-fee', 'B002', 700_000],
      ['kpi-bonus', 'A001', 20_000],
      ['kpi-deduction', 'B002', -140_000],
    ]);
    expect(s.lines[2]?.description).toBe('KPI奖金 张三（A001）：总分120，1000.00元×20%');
    expect(s.totals.netFen).toBe(1_400_000 + 20_000 - 140_000);
    expect(s.kpi.map((k) => k.totalPoints)).toEqual([120, 80]);
    expect(s.policyVersion).toBe('v1');
  });

  it('deducts every penalty of seed 002 and the seed 000 fine, and adds adjusting entries', () => {
    const s = buildSettlement(
      input({
        complaints: [
          { id: 'cp3', date: '2026-10-20', agentId: 'A001', severity: 'severe', responsible: true },
          {
            id: 'cp1',
            date: '2026-10-03',
            agentId: 'B002',
            severity: 'minor',
            responsible: true,
            conversationId: 'c-77',
          },
          { id: 'cp2', date: '2026-10-04', agentId: 'B002', severity: 'general', responsible: true },
          { id: 'cp4', date: '2026-10-05', agentId: 'A001', severity: 'severe', responsible: false },
        ],
        lateCallbacks: [
          { id: 'cb1', date: '2026-10-09', agentId: 'A001', kind: 'complaint' },
          { id: 'cb2', date: '2026-10-10', kind: 'voicemail' },
        ],
        reports: [
          { period: '2026-09', name: '9月服务报表', submittedOn: '2026-10-05' }, // on time: on the 5th
          { period: '2026-09', name: '9月质检报表', submittedOn: '2026-10-06' }, // late
          { period: '2026-10', name: '10月服务报表', submittedOn: null }, // due 11-05, still missing on 11-10
        ],
        actualLosses: [{ id: 'L1', description: '过季货品接收退次', amountFen: 123_456 }],
        disciplineFines: [{ agentId: 'B002', incidentId: 'e2', occurredOn: '2026-10-08' }],
        adjustments: [
          {
            id: 'adj1',
            corrects: '2026-09 对账单 投诉cp0',
            description: '投诉复核不成立，退回扣款',
            amountFen: 50_000,
          },
        ],
      }),
      V1,
    );
    const rest = s.lines.slice(4).map((l) => [l.kind, l.reference, l.amountFen]);
    expect(rest).toEqual([
      ['complaint', 'cp1', -50_000],
      ['complaint', 'cp2', -250_000],
      ['complaint', 'cp3', -500_000],
      ['late-callback', 'cb1', -5_000],
      ['late-callback', 'cb2', -5_000],
      ['late-report', '2026-09:9月质检报表', -5_000],
      ['late-report', '2026-10:10月服务报表', -5_000],
      ['actual-loss', 'L1', -123_456],
      ['discipline-fine', 'e2', -10_000],
      ['adjustment', 'adj1', 50_000],
    ]);
    expect(s.totals).toEqual({
      'base-fee': 1_400_000,
      'kpi-bonus': 20_000,
      'kpi-deduction': -140_000,
      complaint: -800_000,
      'late-callback': -10_000,
      'late-report': -10_000,
      'actual-loss': -123_456,
      'discipline-fine': -10_000,
      adjustment: 50_000,
      // the 金点子 reward line (seed 001 建议收集) exists in every statement; no adopted idea here
      'idea-reward': 0,
      netFen: 376_544,
    });
    expect(s.lines.find((l) => l.reference === 'cp1')?.description).toBe(
      '客户投诉（轻微有责）李四（B002） 通话c-77',
    );
    expect(verifyStatement(s)).toEqual([]);
  });

  it('does not charge a missing report before its due date', () => {
    const s = buildSettlement(
      input({ asOf: '2026-11-05', reports: [{ period: '2026-10', name: 'r', submittedOn: null }] }),
      V1,
    );
    expect(s.lines.some((l) => l.kind === 'late-report')).toBe(false);
    expect(reportDueDate('2026-12', V1)).toBe('2027-01-05');
  });

  it('detects totals that no longer match their lines', () => {
    const s = buildSettlement(input(), V1);
    const tampered = {
      ...s,
      lines: s.lines.map((l, i) => (i === 0 ? { ...l, amountFen: l.amountFen + 1 } : l)),
    };
    expect(verifyStatement(tampered)).toEqual([
      'base-fee: stated 1400000, lines sum to 1400001',
      'netFen: stated 1280000, lines sum to 1280001',
    ]);
  });

  it('refuses malformed input', () => {
    expect(() => buildSettlement(input({ month: '2026-10-01' }), V1)).toThrow(/YYYY-MM/);
    expect(() =>
      buildSettlement(input({ actualLosses: [{ id: 'x', description: 'd', amountFen: 1.5 }] }), V1),
    ).toThrow(/whole number of fen/);
    expect(() =>
      buildSettlement(input({ agents: [...input().agents, { agentId: 'A001', qaScores: [] }] }), V1),
    ).toThrow(/twice/);
  });
});
