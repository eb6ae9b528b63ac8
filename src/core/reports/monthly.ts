// The monthly QA report of one vendor (or one team) that a manager downloads or prints (seed 002 考核 is monthly;
// seed 004 asks QA to report the month's typical problems, complaints and their handling): the month's figures,
// a daily trend for the chart, one row per team and per agent, the most hit rules, the appeals and the complaints.
// Pure: src/reports/monthly.ts loads the rows and the names.
import { daysInMonth } from '../time/months.ts';
import {
  byGroup,
  overall,
  type AppealRow,
  type ComplaintRow,
  type Figures,
  type ReportInput,
  type RuleCount,
} from './aggregate.ts';

export interface MonthlyReport {
  month: string;
  from: string;
  to: string;
  summary: Figures & { topRules: RuleCount[]; agents: number };
  /** One point per day of the month: conversations, mean score and hits per 100 (for the trend chart). */
  daily: { day: string; conversations: number; meanScore: number | null; hitsPer100: number }[];
  teams: ({ teamId: string; agents: number; topRules: RuleCount[] } & Figures)[];
  agents: ({ agentId: string; teamId: string; topRules: RuleCount[] } & Figures)[];
  appeals: {
    filed: number;
    open: number;
    upheld: number;
    rejected: number;
    byRule: { rule: string; filed: number; upheld: number }[];
  };
  complaints: {
    total: number;
    responsible: number;
    notResponsible: number;
    pending: number;
    bySeverity: Record<ComplaintRow['severity'], number>;
  };
}

export function monthRange(month: string): { from: string; to: string } {
  const last = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

function appealSummary(rows: readonly AppealRow[]): MonthlyReport['appeals'] {
  const byRule = new Map<string, { filed: number; upheld: number }>();
  for (const a of rows) {
    const key = a.rule ?? '—';
    const r = byRule.get(key) ?? { filed: 0, upheld: 0 };
    r.filed += 1;
    if (a.status === 'upheld') r.upheld += 1;
    byRule.set(key, r);
  }
  return {
    filed: rows.length,
    open: rows.filter((a) => a.status === 'open').length,
    upheld: rows.filter((a) => a.status === 'upheld').length,
    rejected: rows.filter((a) => a.status === 'rejected').length,
    byRule: [...byRule]
      .map(([rule, r]) => ({ rule, ...r }))
      .sort((a, b) => b.filed - a.filed || (a.rule < b.rule ? -1 : 1)),
  };
}

export function monthlyReport(month: string, input: ReportInput): MonthlyReport {
  const range = monthRange(month);
  const inMonth = <T extends { day: string }>(rows: readonly T[]) =>
    rows.filter((r) => r.day >= range.from && r.day <= range.to);
  const data: ReportInput = {
    activity: inMonth(input.activity),
    appeals: inMonth(input.appeals),
    complaints: inMonth(input.complaints),
  };
  const agentTeam = new Map<string, string>();
  for (const r of [...data.activity, ...data.appeals, ...data.complaints]) agentTeam.set(r.agentId, r.teamId);
  const teamAgents = new Map<string, number>();
  for (const team of agentTeam.values()) teamAgents.set(team, (teamAgents.get(team) ?? 0) + 1);
  const days: MonthlyReport['daily'] = [];
  const perDay = new Map<string, { conversations: number; scoreSum: number; scored: number; hits: number }>();
  for (const r of data.activity) {
    const d = perDay.get(r.day) ?? { conversations: 0, scoreSum: 0, scored: 0, hits: 0 };
    d.conversations += r.conversations;
    d.scoreSum += r.scoreSum;
    d.scored += r.scored;
    for (const n of Object.values(r.ruleHits)) d.hits += n;
    perDay.set(r.day, d);
  }
  const last = Number(range.to.slice(8, 10));
  for (let i = 1; i <= last; i++) {
    const day = `${month}-${String(i).padStart(2, '0')}`;
    const d = perDay.get(day);
    days.push({
      day,
      conversations: d?.conversations ?? 0,
      meanScore: d && d.scored > 0 ? Math.round((d.scoreSum / d.scored) * 100) / 100 : null,
      hitsPer100: d && d.conversations > 0 ? Math.round((d.hits * 1000) / d.conversations) / 10 : 0,
    });
  }
  const c = data.complaints;
  return {
    month,
    ...range,
    summary: { ...overall(data, 10), agents: agentTeam.size },
    daily: days,
    teams: byGroup(data, 'team').map(({ key, ...f }) => ({
      teamId: key,
      agents: teamAgents.get(key) ?? 0,
      ...f,
    })),
    agents: byGroup(data, 'agent').map(({ key, ...f }) => ({
      agentId: key,
      teamId: agentTeam.get(key) ?? '',
      ...f,
    })),
    appeals: appealSummary(data.appeals),
    complaints: {
      total: c.length,
      responsible: c.filter((x) => x.decision === 'responsible').length,
      notResponsible: c.filter((x) => x.decision === 'not_responsible').length,
      pending: c.filter((x) => x.decision === 'pending').length,
      bySeverity: {
        minor: c.filter((x) => x.severity === 'minor').length,
        general: c.filter((x) => x.severity === 'general').length,
        severe: c.filter((x) => x.severity === 'severe').length,
      },
    },
  };
}
