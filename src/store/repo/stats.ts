// Dashboard statistics. Days are calendar days of the contact center's time zone (docs/product.md: "all periods are in
// the contact center's time zone"), not of the server or UTC: a call at 23:30 Beijing time counts on that day.
import { sql } from 'drizzle-orm';
import { localDays } from '../../core/time/index.ts';
import { conversations, results } from '../schema/index.ts';
import type { Store } from '../store.ts';
import { conversationWhere, latestResultJoin, needsResult } from './conversation-filter.ts';
import type { ConversationFilter } from './conversation-filter.ts';

export interface PerDayOptions extends ConversationFilter {
  from: Date;
  to: Date;
  /** IANA zone, e.g. Asia/Shanghai (ZHIJIAN_TZ). */
  timeZone: string;
}

/** Conversations per local day in [from, to), every day of the range present (0 when none). */
export async function conversationsPerDay(
  store: Store,
  opts: PerDayOptions,
): Promise<{ day: string; count: number }[]> {
  const day = sql<string>`to_char((${conversations.startedAt} at time zone ${opts.timeZone})::date, 'YYYY-MM-DD')`;
  const q = store.db.select({ day, count: sql<number>`count(*)::int` }).from(conversations);
  const rows = await (needsResult(opts) ? q.leftJoin(results, latestResultJoin) : q)
    .where(conversationWhere(opts))
    // By position: the zone is a bound parameter, and $1 in the select list and $6 in GROUP BY are not "the same".
    .groupBy(sql`1`);
  const counts = new Map(rows.map((r) => [r.day, r.count]));
  return localDays(opts.from, opts.to, opts.timeZone).map((d) => ({ day: d, count: counts.get(d) ?? 0 }));
}

export interface ScoreBucket {
  /** Lower bound (inclusive); the last bucket 90–100 also holds 100 and above. */
  from: number;
  /** Upper bound (exclusive, except the last bucket). */
  to: number;
  count: number;
}

/** Latest totals of the filtered conversations in ten buckets of 10 points (below 0 counts in the first). */
export async function scoreDistribution(
  store: Store,
  filter: ConversationFilter = {},
): Promise<ScoreBucket[]> {
  const bucket = sql<number>`least(greatest(floor(${results.total} / 10), 0), 9)::int`;
  const rows = await store.db
    .select({ bucket, count: sql<number>`count(*)::int` })
    .from(conversations)
    .innerJoin(results, latestResultJoin)
    .where(conversationWhere(filter))
    .groupBy(sql`1`);
  const counts = new Map(rows.map((r) => [r.bucket, r.count]));
  return Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: counts.get(i) ?? 0 }));
}
