// First-screen figures that need the latest results: totals, average score and fatal count, and the average
// score per local day (days of the contact center's zone, as in conversationsPerDay).
import { sql } from 'drizzle-orm';
import { conversations, results } from '../schema/index.ts';
import type { Store } from '../store.ts';
import { conversationWhere, latestResultJoin } from './conversation-filter.ts';
import type { ConversationFilter } from './conversation-filter.ts';

export interface ScoreSummary {
  scored: number;
  avgScore: number | null;
  fatal: number;
}

export async function scoreSummary(store: Store, filter: ConversationFilter = {}): Promise<ScoreSummary> {
  const [row] = await store.db
    .select({
      scored: sql<number>`count(${results.id})::int`,
      avg: sql<number | null>`round(avg(${results.total})::numeric, 1)::float8`,
      fatal: sql<number>`count(*) filter (where ${results.fatal})::int`,
    })
    .from(conversations)
    .innerJoin(results, latestResultJoin)
    .where(conversationWhere(filter));
  return { scored: row?.scored ?? 0, avgScore: row?.avg ?? null, fatal: row?.fatal ?? 0 };
}

/** Average latest score per local day of the zone, only for days with scored conversations. */
export async function averageScorePerDay(
  store: Store,
  opts: ConversationFilter & { timeZone: string },
): Promise<Map<string, number>> {
  const day = sql<string>`to_char((${conversations.startedAt} at time zone ${opts.timeZone})::date, 'YYYY-MM-DD')`;
  const rows = await store.db
    .select({ day, avg: sql<number>`round(avg(${results.total})::numeric, 1)::float8` })
    .from(conversations)
    .innerJoin(results, latestResultJoin)
    .where(conversationWhere(opts))
    .groupBy(sql`1`);
  return new Map(rows.map((r) => [r.day, r.avg]));
}

/**
 * Latest totals counted into buckets bounded by `edges` (ascending): bucket i is [edges[i], edges[i+1]), the last
 * one closed so that 100 counts. Seed 002 deducts 0.5–2 points per occurrence, so most calls score 85–100 and the
 * useful resolution sits at the top of the scale.
 */
export async function scoreHistogram(
  store: Store,
  filter: ConversationFilter,
  edges: readonly number[],
): Promise<{ from: number; to: number; count: number }[]> {
  const inner = edges.slice(1, -1);
  const bucket = sql<number>`width_bucket(${results.total}, ${sql.raw(`ARRAY[${inner.map(Number).join(',')}]::float8[]`)})`;
  const rows = await store.db
    .select({ bucket, count: sql<number>`count(*)::int` })
    .from(conversations)
    .innerJoin(results, latestResultJoin)
    .where(conversationWhere(filter))
    .groupBy(sql`1`);
  const counts = new Map(rows.map((r) => [Number(r.bucket), r.count]));
  return edges.slice(0, -1).map((from, i) => ({ from, to: edges[i + 1]!, count: counts.get(i) ?? 0 }));
}

export interface PeriodOverview extends ScoreSummary {
  total: number;
  /** Conversations and average latest score per local day (days without conversations absent). */
  perDay: Map<string, { count: number; avgScore: number | null }>;
  buckets: { from: number; to: number; count: number }[];
}

/**
 * The figures of the statistics screen in one pass over the period (GROUPING SETS by day, by score bucket and in
 * total) instead of five: the count, scoreSummary, conversations and average score per day, scoreHistogram.
 */
export async function periodOverview(
  store: Store,
  filter: ConversationFilter & { timeZone: string },
  edges: readonly number[],
): Promise<PeriodOverview> {
  const inner = edges.slice(1, -1);
  const rowsOf = store.db
    .select({
      day: sql<string>`to_char((${conversations.startedAt} at time zone ${filter.timeZone})::date, 'YYYY-MM-DD')`.as(
        'day',
      ),
      bucket:
        sql<number>`width_bucket(${results.total}, ${sql.raw(`ARRAY[${inner.map(Number).join(',')}]::float8[]`)})`.as(
          'bucket',
        ),
      resultId: sql<number | null>`${results.id}`.as('result_id'),
      score: sql<number | null>`${results.total}`.as('score'),
      fatal: sql<boolean | null>`${results.fatal}`.as('fatal'),
    })
    .from(conversations)
    .leftJoin(results, latestResultJoin)
    .where(conversationWhere(filter))
    .as('p');
  const rows = await store.db
    .select({
      day: rowsOf.day,
      bucket: rowsOf.bucket,
      // a bit per column not grouped: 1 = by day, 2 = by bucket, 3 = the whole period
      set: sql<number>`grouping(${rowsOf.day}, ${rowsOf.bucket})::int`,
      count: sql<number>`count(*)::int`,
      scored: sql<number>`count(${rowsOf.resultId})::int`,
      avg: sql<number | null>`round(avg(${rowsOf.score})::numeric, 1)::float8`,
      fatal: sql<number>`count(*) filter (where ${rowsOf.fatal})::int`,
    })
    .from(rowsOf)
    .groupBy(sql`grouping sets ((${rowsOf.day}), (${rowsOf.bucket}), ())`);
  const perDay = new Map<string, { count: number; avgScore: number | null }>();
  const counts = new Map<number, number>();
  const out: PeriodOverview = { total: 0, scored: 0, avgScore: null, fatal: 0, perDay, buckets: [] };
  for (const r of rows) {
    if (r.set === 1) perDay.set(r.day, { count: r.count, avgScore: r.avg });
    // the null bucket holds the conversations not scored yet, which the histogram does not count
    else if (r.set === 2) {
      if (r.bucket !== null) counts.set(Number(r.bucket), r.count);
    } else Object.assign(out, { total: r.count, scored: r.scored, avgScore: r.avg, fatal: r.fatal });
  }
  out.buckets = edges.slice(0, -1).map((from, i) => ({ from, to: edges[i + 1]!, count: counts.get(i) ?? 0 }));
  return out;
}
