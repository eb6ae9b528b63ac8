// The KPI table of `zhijian kpi`: imported rows → one result per agent → JSON, CSV or an aligned text table.
// The JSON shape is the external contract of docs/product.md.
import { aggregateMonthlyStats, type DailyStatsRow } from '../core/kpi/aggregate.ts';
import { computeAgentKpi, type AgentKpiResult, type KpiItemResult } from '../core/kpi/compute.ts';
import { formatFen } from '../core/kpi/money.ts';
import type { KpiPolicy } from '../core/kpi/policy.ts';
import { qaScoresByAgent, type QaScoreRow } from './import-qa.ts';

export interface KpiReport {
  month: string;
  policyVersion: string;
  results: AgentKpiResult[];
  /** Facts worth telling the operator that are not input errors. */
  notes: string[];
}

/** KPI of every agent that has call statistics or QA scores in `month`, sorted by agent id. */
export function buildKpiReport(
  stats: readonly DailyStatsRow[],
  qa: readonly QaScoreRow[],
  month: string,
  policy: KpiPolicy,
  timeZone: string = policy.timeZone,
): KpiReport {
  const monthly = new Map(aggregateMonthlyStats(stats, month, timeZone).map((m) => [m.agentId, m]));
  const scores = qaScoresByAgent(qa, month);
  const agents = [...new Set([...monthly.keys(), ...scores.keys()])].sort();
  const notes: string[] = [];
  const results = agents.map((agentId) => {
    const m = monthly.get(agentId);
    if (!m) notes.push(`${agentId}: no call statistics in ${month}`);
    if (!scores.has(agentId)) notes.push(`${agentId}: no QA score in ${month}`);
    return computeAgentKpi({ agentId, month, stats: m, qaScores: scores.get(agentId) ?? [] }, policy);
  });
  if (agents.length === 0) notes.push(`no call statistics or QA scores for ${month}`);
  return { month, policyVersion: policy.version, results, notes };
}

export interface KpiJsonRow {
  agentId: string;
  answerRate: number | null;
  satisfaction: number | null;
  qaScore: number | null;
  points: { answerRate: number; satisfaction: number; qa: number; total: number };
  bonusFen: number;
  deductionFen: number;
}

export function toKpiJsonRow(r: AgentKpiResult): KpiJsonRow {
  return {
    agentId: r.agentId,
    answerRate: r.items.answerRate.value,
    satisfaction: r.items.satisfaction.value,
    qaScore: r.items.qa.value,
    points: {
      answerRate: r.items.answerRate.points,
      satisfaction: r.items.satisfaction.points,
      qa: r.items.qa.points,
      total: r.totalPoints,
    },
    bonusFen: r.bonusFen,
    deductionFen: r.deductionFen,
  };
}

export function formatKpiJson(results: readonly AgentKpiResult[]): string {
  return `${JSON.stringify(results.map(toKpiJsonRow), null, 2)}\n`;
}

function csvCell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_HEADER = [
  'agent_id',
  'answer_rate',
  'satisfaction',
  'qa_score',
  'points_answer_rate',
  'points_satisfaction',
  'points_qa',
  'points_total',
  'bonus_fen',
  'deduction_fen',
];

export function formatKpiCsv(results: readonly AgentKpiResult[]): string {
  const lines = results.map((r) => {
    const j = toKpiJsonRow(r);
    return [
      j.agentId,
      j.answerRate,
      j.satisfaction,
      j.qaScore,
      j.points.answerRate,
      j.points.satisfaction,
      j.points.qa,
      j.points.total,
      j.bonusFen,
      j.deductionFen,
    ]
      .map(csvCell)
      .join(',');
  });
  return [CSV_HEADER.join(','), ...lines].map((l) => `${l}\r\n`).join('');
}

/** Terminal columns of a string: East Asian wide and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

function pad(s: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

function shown(item: KpiItemResult, asPercent: boolean): string {
  if (item.kind === 'no-data') return '无数据';
  return asPercent ? `${(item.value * 100).toFixed(2)}%` : item.value.toFixed(2);
}

const TABLE_HEADER = [
  '工号',
  '20秒接通率',
  '满意度',
  '质检均分',
  '接通率得分',
  '满意度得分',
  '质检得分',
  '总分',
  '奖金(元)',
  '扣款(元)',
];

export function formatKpiTable(report: KpiReport): string {
  const body = report.results.map((r) => [
    r.agentId,
    shown(r.items.answerRate, true),
    shown(r.items.satisfaction, true),
    shown(r.items.qa, false),
    String(r.items.answerRate.points),
    String(r.items.satisfaction.points),
    String(r.items.qa.points),
    String(r.totalPoints),
    formatFen(r.bonusFen),
    formatFen(r.deductionFen),
  ]);
  const rows = [TABLE_HEADER, ...body];
  const widths = TABLE_HEADER.map((_, c) => Math.max(...rows.map((row) => displayWidth(row[c] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, c) => pad(cell, widths[c] ?? 0, c > 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const bonus = report.results.reduce((s, r) => s + r.bonusFen, 0);
  const deduction = report.results.reduce((s, r) => s + r.deductionFen, 0);
  const footer = `${report.month} · 策略 ${report.policyVersion} · ${report.results.length} 名坐席 · 奖金合计 ${formatFen(bonus)} 元 · 扣款合计 ${formatFen(deduction)} 元`;
  return [line(TABLE_HEADER), rule, ...body.map(line), '', footer, ''].join('\n');
}
