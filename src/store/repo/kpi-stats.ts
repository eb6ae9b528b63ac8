// Daily call statistics (call_stats_daily) and the other per-agent KPI inputs read from the platform: final QA
// scores from `results`, and daily facts derived from conversations' meta. See schema/kpi.ts for idempotency.
import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { addMonths, type CallCounts, type QaScoreTally } from '../../core/kpi/index.ts';
import { agents, callStatsDaily, teams } from '../schema/index.ts';
import type { DbHandle, Store } from '../store.ts';

export type CallStatsRow = typeof callStatsDaily.$inferSelect;

export interface DailyStatsInput extends CallCounts {
  agentId: string;
  date: string;
}

/** The derived source's name; imports may not use it. */
export const DERIVED_SOURCE = 'conversations';

/** Upsert one row per (agent, day) under `source`: an existing row is replaced, never added to. */
export async function replaceDailyStats(
  store: DbHandle,
  rows: readonly DailyStatsInput[],
  meta: { source: string; importId: string; at: Date },
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((r) => ({
      ...r,
      source: meta.source,
      importId: meta.importId,
      importedAt: meta.at,
    }));
    await store.db
      .insert(callStatsDaily)
      .values(chunk)
      .onConflictDoUpdate({
        target: [callStatsDaily.agentId, callStatsDaily.date, callStatsDaily.source],
        set: {
          offered: sql`excluded.offered`,
          answered: sql`excluded.answered`,
          answeredWithin20s: sql`excluded.answered_within_20s`,
          abandonedInQueue: sql`excluded.abandoned_in_queue`,
          rated: sql`excluded.rated`,
          satisfied: sql`excluded.satisfied`,
          ratingAbandoned: sql`excluded.rating_abandoned`,
          importId: sql`excluded.import_id`,
          importedAt: sql`excluded.imported_at`,
        },
      });
  }
}

/** Every stored daily row of `month` (`YYYY-MM`) for the agents, by agent, day and source. */
export function listDailyStats(
  store: Store,
  filter: { agentIds: readonly string[]; month: string },
): Promise<CallStatsRow[]> {
  if (filter.agentIds.length === 0) return Promise.resolve([]);
  return store.db
    .select()
    .from(callStatsDaily)
    .where(
      and(
        inArray(callStatsDaily.agentId, [...filter.agentIds]),
        gte(callStatsDaily.date, `${filter.month}-01`),
        lt(callStatsDaily.date, `${addMonths(filter.month, 1)}-01`),
      ),
    )
    .orderBy(asc(callStatsDaily.agentId), asc(callStatsDaily.date), asc(callStatsDaily.source));
}

/** A month's local bounds as SQL over a `$month` and `$tz` parameter pair. */
const MONTH_START = (m: string, tz: string) => `((${m} || '-01')::timestamp at time zone ${tz})`;
const MONTH_END = (m: string, tz: string) =>
  `(((${m} || '-01')::date + interval '1 month')::timestamp at time zone ${tz})`;

/**
 * The calls whose final scores make an agents' month ($1 agent ids, $2 month, $3 zone): the latest result of the
 * latest version of each conversation started in the month, local time. Shared by the list and the tally, so the
 * agent page and the KPI can never count different calls.
 */
const MONTH_CALLS = `from conversations c
       join results r on r.conversation_id = c.id and r.conversation_version = c.version and r.is_latest
      where c.is_latest and c.agent_id = any($1::text[])
        and c.started_at >= ${MONTH_START('$2', '$3')} and c.started_at < ${MONTH_END('$2', '$3')}`;

export interface QaScoreOfCall {
  agentId: string;
  conversationId: string;
  startedAt: string;
  total: number;
  reviewed: boolean;
}

/**
 * Final QA scores of the month: the latest result of the latest version of every conversation the agents took in
 * the month (local time). `results.total` is the reviewed final score once a review is finalized.
 */
export async function qaScoresOfMonth(
  store: Store,
  filter: { agentIds: readonly string[]; month: string; timeZone: string },
): Promise<QaScoreOfCall[]> {
  if (filter.agentIds.length === 0) return [];
  const { rows } = await store.sql<{
    agent_id: string;
    conversation_id: string;
    started_at: string;
    total: number;
    reviewed: boolean;
  }>(
    `select c.agent_id, c.id as conversation_id, to_char(c.started_at at time zone $3, 'YYYY-MM-DD"T"HH24:MI:SS') as started_at,
            r.total::float8 as total, (r.reviewed_at is not null) as reviewed
       ${MONTH_CALLS}
      order by c.agent_id, c.started_at, c.id`,
    [filter.agentIds, filter.month, filter.timeZone],
  );
  return rows.map((r) => ({
    agentId: r.agent_id,
    conversationId: r.conversation_id,
    startedAt: r.started_at,
    total: r.total,
    reviewed: r.reviewed,
  }));
}

/** The QA item's input per agent: how many final scores the month has and their sum in hundredths. */
export interface QaTallyOfAgent extends QaScoreTally {
  agentId: string;
}

/**
 * `qaScoresOfMonth` summed per agent in the database, for the KPI table and the statements: a month of a 10M-call
 * center is hundreds of thousands of scores, and the QA item needs only their count and sum. Each score is rounded
 * to hundredths as `toHundredths` (src/core/kpi/money.ts) does: from its shortest decimal text (float8 output is
 * shortest-exact), cut after the third decimal, then rounded half away from zero. A score outside 0–100 is
 * reported, as the list path reports it, instead of being summed.
 */
export async function qaTalliesOfMonth(
  store: Store,
  filter: { agentIds: readonly string[]; month: string; timeZone: string },
): Promise<QaTallyOfAgent[]> {
  if (filter.agentIds.length === 0) return [];
  const { rows } = await store.sql<{
    agent_id: string;
    n: number;
    sum_h: number;
    bad: number;
    worst: number | null;
  }>(
    `select c.agent_id, count(*)::int as n,
            coalesce(sum(round(trunc(r.total::text::numeric, 3), 2) * 100)
                     filter (where r.total >= 0 and r.total <= 100), 0)::float8 as sum_h,
            count(*) filter (where not (r.total >= 0 and r.total <= 100))::int as bad,
            min(r.total) filter (where not (r.total >= 0 and r.total <= 100)) as worst
       ${MONTH_CALLS}
      group by c.agent_id
      order by c.agent_id`,
    [filter.agentIds, filter.month, filter.timeZone],
  );
  return rows.map((r) => {
    if (r.bad > 0) throw new RangeError(`QA score of ${r.agent_id} out of 0–100: ${r.worst}`);
    return { agentId: r.agent_id, count: r.n, sumHundredths: r.sum_h };
  });
}

/**
 * Daily facts derived from the latest versions of the month's conversations (documented in src/settlement/README.md):
 * `meta.answeredWithinMs` (ms from the call reaching the agent to the answer) makes a call offered and answered,
 * within 20 s when ≤ 20000; `meta.survey` is `satisfied` | `unsatisfied` | `abandoned` (满意/不满意/放弃).
 * Calls abandoned in the queue never become conversations, so that count is 0 here.
 */
export async function deriveDailyStats(
  store: Store,
  filter: { month: string; timeZone: string; agentIds?: readonly string[] },
): Promise<DailyStatsInput[]> {
  const { rows } = await store.sql<{
    agent_id: string;
    day: string;
    answered: number;
    within: number;
    rated: number;
    satisfied: number;
    rating_abandoned: number;
  }>(
    `with calls as (
       select c.agent_id, to_char((c.started_at at time zone $2)::date, 'YYYY-MM-DD') as day,
              case when jsonb_typeof(c.body->'meta'->'answeredWithinMs') = 'number'
                   then (c.body->'meta'->>'answeredWithinMs')::float8 end as wait_ms,
              case c.body->'meta'->>'survey'
                   when 'satisfied' then 'satisfied' when '满意' then 'satisfied' when '非常满意' then 'satisfied'
                   when 'unsatisfied' then 'unsatisfied' when '不满意' then 'unsatisfied'
                   when '一般' then 'unsatisfied' when '非常不满意' then 'unsatisfied'
                   when 'abandoned' then 'abandoned' when '放弃' then 'abandoned' when '放弃评价' then 'abandoned'
              end as survey
         from conversations c
        where c.is_latest and c.agent_id is not null
          and ($3::text[] is null or c.agent_id = any($3::text[]))
          and c.started_at >= ${MONTH_START('$1', '$2')} and c.started_at < ${MONTH_END('$1', '$2')})
     select agent_id, day,
            count(*) filter (where wait_ms >= 0)::int as answered,
            count(*) filter (where wait_ms >= 0 and wait_ms <= 20000)::int as within,
            count(survey)::int as rated,
            count(*) filter (where survey = 'satisfied')::int as satisfied,
            count(*) filter (where survey = 'abandoned')::int as rating_abandoned
       from calls
      group by 1, 2
     having count(*) filter (where wait_ms >= 0) > 0 or count(survey) > 0
      order by 1, 2`,
    [filter.month, filter.timeZone, filter.agentIds ? [...filter.agentIds] : null],
  );
  return rows.map((r) => ({
    agentId: r.agent_id,
    date: r.day,
    offered: r.answered,
    answered: r.answered,
    answeredWithin20s: r.within,
    abandonedInQueue: 0,
    rated: r.rated,
    satisfied: r.satisfied,
    ratingAbandoned: r.rating_abandoned,
  }));
}

/** Remove the derived rows of a month (before deriving it again). */
export async function deleteDerivedStats(
  store: DbHandle,
  filter: { month: string; agentIds?: readonly string[] },
): Promise<void> {
  await store.db
    .delete(callStatsDaily)
    .where(
      and(
        eq(callStatsDaily.source, DERIVED_SOURCE),
        gte(callStatsDaily.date, `${filter.month}-01`),
        lt(callStatsDaily.date, `${addMonths(filter.month, 1)}-01`),
        filter.agentIds ? inArray(callStatsDaily.agentId, [...filter.agentIds]) : undefined,
      ),
    );
}

export interface AgentPlacement {
  agentId: string;
  name: string;
  teamId: string;
  vendorId: string;
  active: boolean;
  hiredOn: string | null;
}

/** Agents with their team and vendor, narrowed by any of the lists (undefined = unrestricted). */
export function listAgentPlacements(
  store: Store | DbHandle,
  filter: { agentIds?: readonly string[]; teamIds?: readonly string[]; vendorIds?: readonly string[] } = {},
): Promise<AgentPlacement[]> {
  const conds = [
    filter.agentIds ? inArray(agents.id, [...filter.agentIds, '']) : undefined,
    filter.teamIds ? inArray(agents.teamId, [...filter.teamIds, '']) : undefined,
    filter.vendorIds ? inArray(teams.vendorId, [...filter.vendorIds, '']) : undefined,
  ];
  return store.db
    .select({
      agentId: agents.id,
      name: agents.name,
      teamId: agents.teamId,
      vendorId: teams.vendorId,
      active: agents.active,
      hiredOn: agents.hiredOn,
    })
    .from(agents)
    .innerJoin(teams, eq(teams.id, agents.teamId))
    .where(and(...conds))
    .orderBy(asc(agents.id));
}
