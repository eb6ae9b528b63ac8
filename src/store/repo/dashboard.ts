// Aggregates of the overview screen that the conversation statistics (stats.ts, overview.ts) do not give: which
// rules are hit most, and the results per team, vendor and agent. Every query goes through conversationWhere, so the
// caller's scope (agent / team / vendor) and the period apply exactly as in the list and its counts.
import { sql } from 'drizzle-orm';
import { conversations, results } from '../schema/index.ts';
import type { Store } from '../store.ts';
import { conversationWhere, latestResultJoin } from './conversation-filter.ts';
import type { ConversationFilter } from './conversation-filter.ts';

export interface RuleTally {
  rule: string;
  /** Hits of the rule in the latest results (a rule may hit several times in one conversation). */
  hits: number;
  /** Conversations with at least one hit of the rule. */
  conversations: number;
  /** Points the rule's hits cost in total (0 for flags). */
  deduction: number;
}

/** The rules hit most in the filtered conversations' latest results, most hits first (ties by rule id). */
export async function topRules(
  store: Store,
  filter: ConversationFilter,
  limit: number,
): Promise<RuleTally[]> {
  // one row per hit: the set-returning function in the select list unrolls each result's hits array
  const perHit = store.db
    .select({
      conversationId: sql<string>`${conversations.id}`.as('conversation_id'),
      hit: sql<unknown>`jsonb_array_elements(${results.hits})`.as('hit'),
    })
    .from(conversations)
    .innerJoin(results, latestResultJoin)
    .where(conversationWhere(filter))
    .as('per_hit');
  const rule = sql<string>`(${perHit.hit} ->> 'rule')`;
  const rows = await store.db
    .select({
      rule,
      hits: sql<number>`count(*)::int`,
      conversations: sql<number>`count(distinct ${perHit.conversationId})::int`,
      deduction: sql<number>`coalesce(sum((${perHit.hit} ->> 'deduction')::float8), 0)::float8`,
    })
    .from(perHit)
    .groupBy(sql`1`)
    .orderBy(sql`2 desc`, sql`1`)
    .limit(limit);
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
 * Conversations, scored count, average latest score and fatal count per team, vendor and agent at once: one pass over the period with GROUPING SETS instead of three (and
 * a fourth for the count), the whole cost of the overview at a million calls.
 */
export async function totalsByAll(store: Store, filter: ConversationFilter): Promise<AllTotals> {
  const rows = await store.db
    .select({
      agentId: conversations.agentId,
      teamId: conversations.teamId,
      vendorId: conversations.vendorId,
      // a bit per column not grouped, the first the highest: 3 = by agent, 5 = by team, 6 = by vendor
      set: sql<number>`grouping(${conversations.agentId}, ${conversations.teamId}, ${conversations.vendorId})::int`,
      total: sql<number>`count(*)::int`,
      scored: sql<number>`count(${results.id})::int`,
      avgScore: sql<number | null>`round(avg(${results.total})::numeric, 1)::float8`,
      fatal: sql<number>`count(*) filter (where ${results.fatal})::int`,
    })
    .from(conversations)
    .leftJoin(results, latestResultJoin)
    .where(conversationWhere(filter))
    .groupBy(
      sql`grouping sets ((${conversations.agentId}), (${conversations.teamId}), (${conversations.vendorId}))`,
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
