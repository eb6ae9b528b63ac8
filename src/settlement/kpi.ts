// KPI per agent per month from the database (seed 002 (五)): stored daily call statistics, the month's final QA
// scores from `results`, and the policy in effect for each agent's vendor. The maths is src/core/kpi.
import {
  aggregateMonthlyStats,
  computeAgentKpi,
  type AgentKpiResult,
  type MonthlyStats,
  type QaScoreTally,
} from '../core/kpi/index.ts';
import {
  DERIVED_SOURCE,
  listDailyStats,
  qaTalliesOfMonth,
  resolveKpiPolicy,
  type AgentPlacement,
  type CallStatsRow,
  type QaTallyOfAgent,
  type ResolvedPolicy,
  type Store,
} from '../store/index.ts';
import { effectiveDailyRows } from './daily-rows.ts';

export interface AgentKpiRow {
  agent: AgentPlacement;
  policyId: string;
  stats: MonthlyStats | undefined;
  /** The month's final QA scores summed (count and hundredths); the agent page lists them (qaScoresOfMonth). */
  qa: QaScoreTally;
  kpi: AgentKpiResult;
}

export interface KpiInputs {
  daily: CallStatsRow[];
  /** Per agent with scores in the month, summed in the database (a month can hold hundreds of thousands). */
  qa: QaTallyOfAgent[];
  policies: Map<string, ResolvedPolicy>;
}

/** Last day of `month` (`YYYY-MM-DD`). */
export function monthEnd(month: string): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * The agents a month's KPI table and statement list: those with call statistics or QA scores in the month, and
 * the active agents hired by the month's end (an agent with no data scores the no-data points of the policy).
 */
export function agentsOfMonth(
  placements: readonly AgentPlacement[],
  inputs: Pick<KpiInputs, 'daily' | 'qa'>,
  month: string,
): AgentPlacement[] {
  const withData = new Set([...inputs.daily.map((d) => d.agentId), ...inputs.qa.map((q) => q.agentId)]);
  const end = monthEnd(month);
  return placements.filter(
    (a) => withData.has(a.agentId) || (a.active && (a.hiredOn === null || a.hiredOn <= end)),
  );
}

export async function loadKpiInputs(
  store: Store,
  placements: readonly AgentPlacement[],
  month: string,
  timeZone: string,
): Promise<KpiInputs> {
  const agentIds = placements.map((a) => a.agentId);
  const [daily, qa] = await Promise.all([
    listDailyStats(store, { agentIds, month }),
    qaTalliesOfMonth(store, { agentIds, month, timeZone }),
  ]);
  const policies = new Map<string, ResolvedPolicy>();
  for (const vendorId of new Set(placements.map((a) => a.vendorId)))
    policies.set(vendorId, await resolveKpiPolicy(store, vendorId, month));
  return { daily, qa, policies };
}

/** KPI of every agent of the month among `placements`, sorted by agent id. */
export function kpiRows(
  placements: readonly AgentPlacement[],
  inputs: KpiInputs,
  month: string,
  timeZone: string,
): AgentKpiRow[] {
  const rows = effectiveDailyRows(inputs.daily, DERIVED_SOURCE);
  const monthly = new Map(aggregateMonthlyStats(rows, month, timeZone).map((m) => [m.agentId, m]));
  const qaBy = new Map(inputs.qa.map((q) => [q.agentId, q]));
  return agentsOfMonth(placements, inputs, month).map((agent) => {
    const resolved = inputs.policies.get(agent.vendorId);
    if (!resolved) throw new Error(`no KPI policy loaded for vendor ${agent.vendorId}`);
    const stats = monthly.get(agent.agentId);
    const t = qaBy.get(agent.agentId);
    const qa = { count: t?.count ?? 0, sumHundredths: t?.sumHundredths ?? 0 };
    const kpi = computeAgentKpi({ agentId: agent.agentId, month, stats, qaScores: qa }, resolved.policy);
    return { agent, policyId: resolved.id, stats, qa, kpi };
  });
}
