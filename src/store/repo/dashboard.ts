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

export type GroupBy = 'team' | 'vendor' | 'agent';

export interface GroupTotals {
  /** Team, vendor or agent id; null collects conversations without one (e.g. an unknown agent). */
  id: string | null;
  total: number;
  scored: number;
  avgScore: number | null;
  fatal: number;
}

const GROUP_COLUMN = {
  team: conversations.teamId,
  vendor: conversations.vendorId,
  agent: conversations.agentId,
} as const;

/** Conversations, scored count, average latest score and fatal count per team, vendor or agent. */
export async function totalsBy(
  store: Store,
  filter: ConversationFilter,
  by: GroupBy,
): Promise<GroupTotals[]> {
  const column = GROUP_COLUMN[by];
  const rows = await store.db
    .select({
      id: column,
      total: sql<number>`count(*)::int`,
      scored: sql<number>`count(${results.id})::int`,
      avgScore: sql<number | null>`round(avg(${results.total})::numeric, 1)::float8`,
      fatal: sql<number>`count(*) filter (where ${results.fatal})::int`,
    })
    .from(conversations)
    .leftJoin(results, latestResultJoin)
    .where(conversationWhere(filter))
    .groupBy(column)
    .orderBy(column);
  return rows;
}
