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
