// Results repository: one result per conversation version and pack version; the one saved last is shown.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { conversations, results, rulePacks } from '../schema/index.ts';
import type { StoredHit } from '../schema/index.ts';
import type { Store } from '../store.ts';

export type ResultRow = typeof results.$inferSelect;
export type RulePackRow = typeof rulePacks.$inferSelect;

export interface NewResult {
  conversationId: string;
  conversationVersion: number;
  packId: string;
  packVersion: number;
  machineScore: number;
  total: number;
  fatal: boolean;
  categories: Record<string, number>;
  /** Hits as `zhijian check` prints them (docs/product.md): each carries its rule id in `rule`. */
  hits: StoredHit[];
  /** `signals.satisfaction` of the result; absent for results saved before it existed. */
  satisfaction?: number;
  scoredAt?: Date;
}

/**
 * Save (or replace) the result of a conversation version under a pack version and make it the one shown for that
 * conversation version. Serialised per conversation so concurrent scorers never leave two "latest" results.
 */
export async function saveResult(store: Store, r: NewResult): Promise<ResultRow> {
  const ruleIds = [...new Set(r.hits.map((h) => h.rule))].sort();
  const values = {
    ...r,
    ruleIds,
    isLatest: true,
    scoredAt: r.scoredAt ?? new Date(),
  };
  return store.db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${'conversation:' + r.conversationId}, 0))`,
    );
    await tx
      .update(results)
      .set({ isLatest: false })
      .where(
        and(
          eq(results.conversationId, r.conversationId),
          eq(results.conversationVersion, r.conversationVersion),
          eq(results.isLatest, true),
        ),
      );
    const [row] = await tx
      .insert(results)
      .values(values)
      .onConflictDoUpdate({
        target: [results.conversationId, results.conversationVersion, results.packId, results.packVersion],
        set: {
          machineScore: values.machineScore,
          // A reviewed result keeps its human final score: re-scoring with the same pack version re-derives the
          // same hits, and must not silently undo a finalized review or a decided appeal.
          total: sql`case when ${results.reviewedAt} is null then excluded.total else ${results.total} end`,
          fatal: sql`case when ${results.reviewedAt} is null then excluded.fatal else ${results.fatal} end`,
          categories: sql`case when ${results.reviewedAt} is null then excluded.categories else ${results.categories} end`,
          hits: values.hits,
          ruleIds: values.ruleIds,
          satisfaction: values.satisfaction ?? null,
          isLatest: true,
          scoredAt: values.scoredAt,
        },
      })
      .returning();
    return row!;
  });
}

/** The result shown for the latest version of a conversation, or undefined before it is scored. */
export async function getLatestResult(store: Store, conversationId: string): Promise<ResultRow | undefined> {
  const [row] = await store.db
    .select({ result: results })
    .from(results)
    .innerJoin(
      conversations,
      and(
        eq(conversations.id, results.conversationId),
        eq(conversations.version, results.conversationVersion),
      ),
    )
    .where(
      and(
        eq(results.conversationId, conversationId),
        eq(conversations.isLatest, true),
        eq(results.isLatest, true),
      ),
    );
  return row?.result;
}

/** Every result of a conversation (all versions, all packs), newest first. */
export function listResults(store: Store, conversationId: string): Promise<ResultRow[]> {
  return store.db
    .select()
    .from(results)
    .where(eq(results.conversationId, conversationId))
    .orderBy(desc(results.conversationVersion), desc(results.scoredAt), desc(results.id));
}

/** Store a rule pack version (idempotent on id + version: an existing version is left unchanged). */
export async function saveRulePack(
  store: Store,
  p: { id: string; version: number; name: string; body: unknown; publishedAt?: Date | null },
): Promise<RulePackRow> {
  await store.db
    .insert(rulePacks)
    .values({ ...p, publishedAt: p.publishedAt ?? null })
    .onConflictDoNothing();
  const [row] = await store.db
    .select()
    .from(rulePacks)
    .where(and(eq(rulePacks.id, p.id), eq(rulePacks.version, p.version)));
  return row!;
}

/**
 * Publish a draft version; a version once published keeps its first publication time, and becomes current only on
 * its first publication (a restart re-publishing the default pack must not undo an admin's roll-back).
 */
export async function publishRulePack(store: Store, id: string, version: number, at: Date): Promise<void> {
  await store.db
    .update(rulePacks)
    .set({
      currentSince: sql`case when ${rulePacks.publishedAt} is null then ${at} else ${rulePacks.currentSince} end`,
      publishedAt: sql`coalesce(${rulePacks.publishedAt}, ${at})`,
    })
    .where(and(eq(rulePacks.id, id), eq(rulePacks.version, version)));
}

/** Newest first by when a version became current (see rulePacks.currentSince), then by version. */
export const CURRENT_PACK_ORDER = [sql`${rulePacks.currentSince} desc nulls last`, desc(rulePacks.version)];

/** The current version of a pack: the one new conversations are scored with. */
export async function getPublishedRulePack(store: Store, id: string): Promise<RulePackRow | undefined> {
  const [row] = await store.db
    .select()
    .from(rulePacks)
    .where(and(eq(rulePacks.id, id), sql`${rulePacks.publishedAt} is not null`))
    .orderBy(...CURRENT_PACK_ORDER)
    .limit(1);
  return row;
}

export function listRulePacks(store: Store): Promise<Omit<RulePackRow, 'body'>[]> {
  return store.db
    .select({
      id: rulePacks.id,
      version: rulePacks.version,
      name: rulePacks.name,
      publishedAt: rulePacks.publishedAt,
      currentSince: rulePacks.currentSince,
      createdAt: rulePacks.createdAt,
    })
    .from(rulePacks)
    .orderBy(asc(rulePacks.id), desc(rulePacks.version));
}
