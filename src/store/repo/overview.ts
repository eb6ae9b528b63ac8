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
