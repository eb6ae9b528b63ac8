// Aggregates of the overview screen that the conversation statistics (stats.ts, overview.ts) do not give: which
// rules are hit most, and the results per team, vendor and agent. Every query goes through conversationWhere, so the
// caller's scope (agent / team / vendor) and the period apply exactly as in the list and its counts.
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { conversations, results } from '../schema/index.ts';
import type { Store } from '../store.ts';
import { latestResultJoin } from './conversation-filter.ts';
import type { ConversationFilter } from './conversation-filter.ts';
import { callsWhere, rulesTallyRows, totalsTallyRows, type OverviewPlan } from './overview-rollup.ts';

const dialect = new PgDialect();
/** A drizzle SQL fragment as store.sql's text and parameters. */
const params = (q: SQL): [string, unknown[]] => {
  const { sql: text, params: values } = dialect.sqlToQuery(q);
  return [text, values];
};

export interface RuleTally {
  rule: string;
  /** Hits of the rule in the latest results (a rule may hit several times in one conversation). */
  hits: number;
  /** Conversations with at least one hit of the rule. */
  conversations: number;
  /** Points the rule's hits cost in total (0 for flags). */
  deduction: number;
}

/**
 * The rules hit most in the filtered conversations' latest results, most hits first (ties by rule id). With a plan
 * (./overview-rollup.ts) the plan's whole days come from the per-day tallies and only its ranges from the calls.
 */
export async function topRules(
  store: Store,
  filter: ConversationFilter,
  limit: number,
  plan?: OverviewPlan,
): Promise<RuleTally[]> {
  const { rows } = await store.sql<RuleTally & Record<string, unknown>>(
    ...params(sql`
      with t as (
        ${rulesTallyRows(filter, plan)}
        union all
        select h ->> 'rule', count(*), count(distinct ${conversations.id}),
               coalesce(sum((h ->> 'deduction')::numeric), 0)
          from ${conversations} join ${results} on ${latestResultJoin}
               cross join lateral jsonb_array_elements(${results.hits}) as h
         where ${callsWhere(filter, plan)}
         group by 1)
      select rule, sum(hits)::int as hits, sum(conversations)::int as conversations,
             sum(deduction)::float8 as deduction
        from t group by 1 order by 2 desc, 1 limit ${limit}`),
  );
  return rows.map((r) => ({ ...r, deduction: Math.round(r.deduction * 10) / 10 }));
}

export interface GroupTotals {
  /** Team, vendor or agent id; null collects conversations without one (e.g. an unknown agent). */
  id: string | null;
  total: number;
  scored: number;
  avgScore: number | null;
  fatal: number;
}

export interface AllTotals {
  team: GroupTotals[];
  vendor: GroupTotals[];
  agent: GroupTotals[];
  /** Conversations of the filter (the sum over vendors, the null vendor included). */
  calls: number;
}

/**
 * Conversations, scored count, average latest score and fatal count per team, vendor and agent at once: one pass
 * with GROUPING SETS instead of three (and a fourth for the count). With a plan (./overview-rollup.ts) the plan's
 * whole days come from the per-day tallies and only its ranges from the calls. Sums are exact (numeric) on both
 * paths, so the average does not depend on which one answered.
 */
export async function totalsByAll(
  store: Store,
  filter: ConversationFilter,
  plan?: OverviewPlan,
): Promise<AllTotals> {
  const { rows } = await store.sql<{
    agentId: string | null;
    teamId: string | null;
    vendorId: string | null;
    set: number;
    total: number;
    scored: number;
    avgScore: number | null;
    fatal: number;
  }>(
    ...params(sql`
      with t as (
        ${totalsTallyRows(filter, plan)}
        union all
        select ${conversations.agentId}, ${conversations.teamId}, ${conversations.vendorId}, 1,
               (${results.id} is not null)::int, coalesce(${results.total}::numeric, 0),
               (${results.fatal} is true)::int
          from ${conversations} left join ${results} on ${latestResultJoin}
         where ${callsWhere(filter, plan)})
      select agent_id as "agentId", team_id as "teamId", vendor_id as "vendorId",
             -- a bit per column not grouped, the first the highest: 3 = by agent, 5 = by team, 6 = by vendor
             grouping(agent_id, team_id, vendor_id)::int as set,
             sum(calls)::int as total, sum(scored)::int as scored,
             round(sum(total_sum) / nullif(sum(scored), 0), 1)::float8 as "avgScore", sum(fatal)::int as fatal
        from t group by grouping sets ((agent_id), (team_id), (vendor_id))`),
  );
  const out: AllTotals = { team: [], vendor: [], agent: [], calls: 0 };
  for (const { agentId, teamId, vendorId, set, ...t } of rows) {
    if (set === 3) out.agent.push({ id: agentId, ...t });
    else if (set === 5) out.team.push({ id: teamId, ...t });
    else {
      out.vendor.push({ id: vendorId, ...t });
      out.calls += t.total;
    }
  }
  // totalsBy's order: by id, null last
  const byId = (a: GroupTotals, b: GroupTotals) =>
    a.id === b.id ? 0 : a.id === null ? 1 : b.id === null ? -1 : a.id < b.id ? -1 : 1;
  out.team.sort(byId);
  out.vendor.sort(byId);
  out.agent.sort(byId);
  return out;
}
