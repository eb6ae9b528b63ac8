// The dashboard overview's period figures (top rules; results per team, vendor and agent) read from per-day tallies
// for the whole UTC days of the period and from the calls themselves for the rest (the period's partial first and
// last days), so a 30-day overview at a million stored calls reads about 30 × agents tally rows plus two days of
// calls instead of a quarter of the table. drizzle/0010_overview_rollup.sql keeps the tallies' marks: every write
// to conversations or results appends the days it touches to overview_changes. A marked or never-built day is
// rebuilt here before it is read.
//
// Why the marks are safe under concurrent writes: a day is rebuilt in one REPEATABLE READ transaction that reads the
// day's marks, recomputes the day, and deletes exactly the marks it read. A write still in progress is invisible to
// that snapshot both in its rows and in its mark, so its mark survives the rebuild and the day is rebuilt again
// before the next read. Two rebuilds of one day are kept apart by a transaction-level advisory lock; one that loses
// the race (or a serialization failure) leaves the day to the calls for this request.
import { and, gte, lt, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { conversations, overviewDayRules, overviewDayTotals, results } from '../schema/index.ts';
import type { Store } from '../store.ts';
import { conversationWhere, latestResultJoin, scopeList } from './conversation-filter.ts';
import type { ConversationFilter } from './conversation-filter.ts';

const DAY_MS = 86_400_000;
/** Time a dashboard request may spend rebuilding marked days before it reads the rest from the calls. */
const REQUEST_BUDGET_MS = 1_000;
/** Days the scheduled job keeps built: a quarter and a day, the longest period the overview is usually asked. */
const KEPT_DAYS = 92;

/** The scheduled rebuild (jobs `rebuild-overview-days`): the last KEPT_DAYS whole UTC days, within `budgetMs`. */
export async function rebuildRecentOverviewDays(store: Store, now: Date, budgetMs: number): Promise<number> {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const days = wholeUtcDays(new Date(today - KEPT_DAYS * DAY_MS), new Date(today));
  return (await ensureOverviewDays(store, days, budgetMs)).size;
}

/** Whether the filter is one the tallies can answer: scope, channel and period only. */
export function tallyFilter(f: ConversationFilter): f is ConversationFilter & { from: Date; to: Date } {
  return (
    f.from !== undefined &&
    f.to !== undefined &&
    (f.text ?? '') === '' &&
    (f.fuzzy ?? '') === '' &&
    (f.id ?? '') === '' &&
    (f.caller ?? '') === '' &&
    f.reviewState === undefined &&
    f.rule === undefined &&
    f.minScore === undefined &&
    f.maxScore === undefined
  );
}

/** The UTC days lying wholly inside [from, to), as `YYYY-MM-DD`. */
export function wholeUtcDays(from: Date, to: Date): string[] {
  const first = Math.ceil(from.getTime() / DAY_MS) * DAY_MS;
  const out: string[] = [];
  for (let t = first; t + DAY_MS <= to.getTime(); t += DAY_MS)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/**
 * Rebuild the days among `days` that are marked or were never built, newest first, until `budgetMs` is spent (a
 * day of a 10M-call center is a few hundred thousand calls); returns the days now safe to read. The others are
 * read from the calls by this request and rebuilt by a later one or by the scheduled `rebuild-overview-days` job.
 */
export async function ensureOverviewDays(
  store: Store,
  days: readonly string[],
  budgetMs = Number.POSITIVE_INFINITY,
): Promise<Set<string>> {
  if (days.length === 0) return new Set();
  const { rows } = await store.sql<{ day: string; stale: boolean }>(
    `select to_char(d, 'YYYY-MM-DD') as day,
            (not exists (select 1 from overview_days o where o.day = d)
             or exists (select 1 from overview_changes c where c.day = d)) as stale
       from unnest($1::date[]) as d`,
    [days],
  );
  const ready = new Set(rows.filter((r) => !r.stale).map((r) => r.day));
  const deadline = Date.now() + budgetMs;
  for (const r of [...rows].reverse()) {
    if (!r.stale) continue;
    if (Date.now() >= deadline) break;
    if (await rebuildDay(store, r.day)) ready.add(r.day);
  }
  return ready;
}

const rowsOf = <T>(res: unknown): T[] => (res as { rows: T[] }).rows;

async function rebuildDay(store: Store, day: string): Promise<boolean> {
  try {
    return await store.db.transaction(
      async (tx) => {
        const [lock] = rowsOf<{ ok: boolean }>(
          await tx.execute(
            sql`select pg_try_advisory_xact_lock(hashtextextended(${'overview-day:' + day}, 0)) as ok`,
          ),
        );
        if (lock?.ok !== true) return false;
        const marks = rowsOf<{ id: number | string }>(
          await tx.execute(sql`select id from overview_changes where day = ${day}::date`),
        ).map((m) => String(m.id));
        const start = sql`(${day}::date::timestamp at time zone 'UTC')`;
        const end = sql`((${day}::date + 1)::timestamp at time zone 'UTC')`;
        const inDay = and(
          sql`${conversations.isLatest}`,
          sql`${conversations.startedAt} >= ${start}`,
          sql`${conversations.startedAt} < ${end}`,
        );
        await tx.execute(sql`delete from overview_day_totals where day = ${day}::date`);
        await tx.execute(sql`delete from overview_day_rules where day = ${day}::date`);
        await tx.execute(sql`
          insert into overview_day_totals (day, agent_id, team_id, vendor_id, channel, calls, scored, total_sum, fatal)
          select ${day}::date, ${conversations.agentId}, ${conversations.teamId}, ${conversations.vendorId},
                 ${conversations.channel}, count(*), count(${results.id}),
                 coalesce(sum(${results.total}::numeric), 0), count(*) filter (where ${results.fatal})
            from ${conversations} left join ${results} on ${latestResultJoin}
           where ${inDay}
           group by 2, 3, 4, 5`);
        await tx.execute(sql`
          insert into overview_day_rules (day, agent_id, team_id, vendor_id, channel, rule, hits, conversations, deduction)
          select ${day}::date, ${conversations.agentId}, ${conversations.teamId}, ${conversations.vendorId},
                 ${conversations.channel}, h ->> 'rule', count(*), count(distinct ${conversations.id}),
                 coalesce(sum((h ->> 'deduction')::numeric), 0)
            from ${conversations} join ${results} on ${latestResultJoin}
                 cross join lateral jsonb_array_elements(${results.hits}) as h
           where ${inDay}
           group by 2, 3, 4, 5, 6`);
        if (marks.length > 0)
          await tx.execute(
            sql`delete from overview_changes where id = any(${`{${marks.join(',')}}`}::bigint[])`,
          );
        await tx.execute(sql`insert into overview_days (day, built_at) values (${day}::date, now())
                             on conflict (day) do update set built_at = excluded.built_at`);
        return true;
      },
      { isolationLevel: 'repeatable read' },
    );
  } catch (e) {
    // 40001: a concurrent rebuild of the same day committed first; the calls answer this request.
    if ((e as { code?: string }).code === '40001') return false;
    throw e;
  }
}

/** The tallies' rows of `days` within the filter's scope and channel. */
function tallyWhere(
  t: typeof overviewDayTotals | typeof overviewDayRules,
  f: ConversationFilter,
  days: string[],
) {
  return and(
    sql`${t.day} = any(${`{${days.join(',')}}`}::date[])`,
    scopeList(t.agentId, f.agentIds),
    scopeList(t.teamId, f.teamIds),
    scopeList(t.vendorId, f.vendorIds),
    f.channel === undefined ? undefined : sql`${t.channel} = ${f.channel}`,
  );
}

export interface OverviewPlan {
  /** Whole UTC days read from the tallies. */
  days: string[];
  /** The calls read directly: the filter's own conditions, restricted to these ranges (none = nothing). */
  ranges: [Date, Date][];
}

/**
 * Which whole days the tallies answer and which ranges the calls do. A filter the tallies cannot answer, or a
 * period without a whole day in it, reads the calls for the whole period.
 */
export async function planOverview(
  store: Store,
  f: ConversationFilter,
  budgetMs = REQUEST_BUDGET_MS,
): Promise<OverviewPlan | undefined> {
  if (!tallyFilter(f)) return undefined;
  const whole = wholeUtcDays(f.from, f.to);
  if (whole.length === 0) return undefined;
  const ready = await ensureOverviewDays(store, whole, budgetMs);
  const days = whole.filter((d) => ready.has(d));
  const ranges: [Date, Date][] = [];
  let cursor = f.from;
  for (const d of days) {
    const start = new Date(`${d}T00:00:00Z`);
    if (start.getTime() > cursor.getTime()) ranges.push([cursor, start]);
    cursor = new Date(start.getTime() + DAY_MS);
  }
  if (f.to.getTime() > cursor.getTime()) ranges.push([cursor, f.to]);
  return { days, ranges };
}

/** The calls of the plan's ranges under the filter's other conditions (or of the whole filter without a plan). */
export function callsWhere(f: ConversationFilter, plan: OverviewPlan | undefined): SQL | undefined {
  if (plan === undefined) return conversationWhere(f);
  const ranges = plan.ranges.map(([a, b]) =>
    and(gte(conversations.startedAt, a), lt(conversations.startedAt, b)),
  );
  return and(
    conversationWhere({ ...f, from: undefined, to: undefined }),
    ranges.length === 0 ? sql`false` : or(...ranges),
  );
}

/** The tallies' part of the totals query: rows shaped like the calls' part (agent, team, vendor, counts). */
export function totalsTallyRows(f: ConversationFilter, plan: OverviewPlan | undefined): SQL {
  if (plan === undefined || plan.days.length === 0)
    return sql`select null::text as agent_id, null::text as team_id, null::text as vendor_id, 0 as calls,
                      0 as scored, 0::numeric as total_sum, 0 as fatal where false`;
  const t = overviewDayTotals;
  return sql`select ${t.agentId} as agent_id, ${t.teamId} as team_id, ${t.vendorId} as vendor_id,
                    ${t.calls} as calls, ${t.scored} as scored, ${t.totalSum} as total_sum, ${t.fatal} as fatal
               from ${t} where ${tallyWhere(t, f, plan.days)}`;
}

/** The tallies' part of the top-rules query: rule, hits, conversations, deduction. */
export function rulesTallyRows(f: ConversationFilter, plan: OverviewPlan | undefined): SQL {
  if (plan === undefined || plan.days.length === 0)
    return sql`select null::text as rule, 0 as hits, 0 as conversations, 0::numeric as deduction where false`;
  const t = overviewDayRules;
  return sql`select ${t.rule} as rule, ${t.hits} as hits, ${t.conversations} as conversations,
                    ${t.deduction} as deduction
               from ${t} where ${tallyWhere(t, f, plan.days)}`;
}
