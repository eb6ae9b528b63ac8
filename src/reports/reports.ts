// The report commands: trends over time and the monthly QA report, each read inside the caller's row scope (a team
// leader their team, a vendor manager their vendor, an agent only themself: src/auth/row-scope.ts narrowScope). A
// requested team / vendor / agent outside the scope yields an empty report, never another team's figures.
import { narrowScope } from '../auth/row-scope.ts';
import type { Principal } from '../core/auth/roles.ts';
import {
  monthlyReport,
  monthRange,
  ruleTrends,
  trends,
  type Granularity,
  type GroupBy,
  type MonthlyReport,
  type Placement,
} from '../core/reports/index.ts';
import type { Store } from '../store/index.ts';
import { loadReportInput, loadReportNames, type ReportNames } from './load.ts';

export interface ReportFilter {
  vendorId?: string | undefined;
  teamId?: string | undefined;
  agentId?: string | undefined;
}

export async function trendReport(
  store: Store,
  p: Principal,
  q: ReportFilter & { from: string; to: string; granularity: Granularity; groupBy: GroupBy },
  timeZone: string,
) {
  const range = { from: q.from, to: q.to };
  const input = await loadReportInput(store, narrowScope(p, q), range, timeZone);
  const t = trends(input, range, q.granularity, q.groupBy);
  return {
    ...t,
    rules: ruleTrends(input, range, q.granularity).rules,
    names: scopedNames(await loadReportNames(store), [
      ...input.activity,
      ...input.appeals,
      ...input.complaints,
    ]),
  };
}

/** Only the names of agents, teams and vendors the report's rows show: names outside the scope are not sent. */
function scopedNames(all: ReportNames, rows: readonly Placement[]): ReportNames {
  const pick = (from: Record<string, string>, keys: Iterable<string>) => {
    const out: Record<string, string> = {};
    for (const k of keys) if (from[k] !== undefined) out[k] = from[k];
    return out;
  };
  return {
    agents: pick(all.agents, new Set(rows.map((r) => r.agentId))),
    teams: pick(all.teams, new Set(rows.map((r) => r.teamId))),
    vendors: pick(all.vendors, new Set(rows.map((r) => r.vendorId))),
    rules: all.rules,
  };
}

export interface MonthlyReportView extends MonthlyReport {
  /** Whose report: the vendor's and team's names when one was asked for. */
  title: {
    vendorId: string | null;
    vendorName: string | null;
    teamId: string | null;
    teamName: string | null;
  };
  names: ReportNames;
  generatedAt: string;
}

export async function monthlyReportFor(
  store: Store,
  p: Principal,
  q: ReportFilter & { month: string },
  now: Date,
  timeZone: string,
): Promise<MonthlyReportView> {
  const scope = narrowScope(p, q);
  const input = await loadReportInput(store, scope, monthRange(q.month), timeZone);
  // The asked-for team and vendor are named from the rows the caller may see only: a name is never the answer
  // to a guess outside the scope.
  const names = scopedNames(await loadReportNames(store), [
    ...input.activity,
    ...input.appeals,
    ...input.complaints,
  ]);
  return {
    ...monthlyReport(q.month, input),
    title: {
      vendorId: q.vendorId ?? null,
      vendorName: q.vendorId ? (names.vendors[q.vendorId] ?? null) : null,
      teamId: q.teamId ?? null,
      teamName: q.teamId ? (names.teams[q.teamId] ?? null) : null,
    },
    names,
    generatedAt: now.toISOString(),
  };
}
