// Impact preview runs (src/store/schema/preview.ts): created by the API, worked by the `pack-preview` job, read
// back by the API while the job reports its progress.
import { and, count, eq, gte, lt, sql } from 'drizzle-orm';
import { conversations, previewRuns } from '../schema/index.ts';
import type { Store } from '../store.ts';

export type PreviewRunRow = typeof previewRuns.$inferSelect;

export async function createPreviewRun(
  store: Store,
  r: {
    id: string;
    packId: string;
    packVersion: number;
    baselineVersion: number;
    from: Date;
    to: Date;
    maxConversations: number;
    changedLimit: number;
    createdByUserId: string;
    at: Date;
  },
): Promise<void> {
  await store.db.insert(previewRuns).values({
    id: r.id,
    packId: r.packId,
    packVersion: r.packVersion,
    baselineVersion: r.baselineVersion,
    periodFrom: r.from,
    periodTo: r.to,
    maxConversations: r.maxConversations,
    changedLimit: r.changedLimit,
    createdByUserId: r.createdByUserId,
    createdAt: r.at,
  });
}

export async function getPreviewRun(store: Store, id: string): Promise<PreviewRunRow | undefined> {
  const [run] = await store.db.select().from(previewRuns).where(eq(previewRuns.id, id));
  return run;
}

/** Latest conversations started in [from, to), counted up to `cap` (the count stops there: no full rescan). */
export async function countPeriodUpTo(store: Store, from: Date, to: Date, cap: number): Promise<number> {
  const inner = store.db
    .select({ one: sql`1` })
    .from(conversations)
    .where(
      and(
        eq(conversations.isLatest, true),
        gte(conversations.startedAt, from),
        lt(conversations.startedAt, to),
      ),
    )
    .limit(cap)
    .as('capped');
  const [row] = await store.db.select({ n: count() }).from(inner);
  return Number(row?.n ?? 0);
}

export async function updatePreviewRun(
  store: Store,
  id: string,
  set: Partial<Pick<PreviewRunRow, 'status' | 'total' | 'done' | 'result' | 'finishedAt' | 'error'>>,
): Promise<void> {
  await store.db.update(previewRuns).set(set).where(eq(previewRuns.id, id));
}
