// Rule pack versions for the pack admin API (docs/product.md "Rules as code"):
// one version with its source, the published revision alone (cheap, for hot paths), publication with its audit
// entry in one transaction, and keyset pages of stored conversation bodies for previews and re-scores.
import { and, asc, eq, gte, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Conversation } from '../../core/conversation/schema.ts';
import { conversations, results, rulePacks } from '../schema/index.ts';
import type { StoredHit } from '../schema/index.ts';
import type { Store } from '../store.ts';
import { anyOf } from '../any-of.ts';
import { appendAudit } from './audit.ts';
import { CURRENT_PACK_ORDER, type RulePackRow } from './results.ts';

export async function getRulePack(
  store: Pick<Store, 'db'>,
  id: string,
  version: number,
): Promise<RulePackRow | undefined> {
  const [row] = await store.db
    .select()
    .from(rulePacks)
    .where(and(eq(rulePacks.id, id), eq(rulePacks.version, version)));
  return row;
}

/** The current revision of a pack (see rulePacks.currentSince), without its body. */
export async function publishedRevision(store: Store, id: string): Promise<number | undefined> {
  const [row] = await store.db
    .select({ version: rulePacks.version })
    .from(rulePacks)
    .where(and(eq(rulePacks.id, id), isNotNull(rulePacks.publishedAt)))
    .orderBy(...CURRENT_PACK_ORDER)
    .limit(1);
  return row?.version;
}

/**
 * Make a stored version current and audit it in the same transaction: a draft is published (`rule_pack.publish`);
 * a version published before and no longer current is made current again (`rule_pack.rollback`), so an admin can
 * return to any earlier version. A version published before keeps its first publication time. Returns false when
 * the version already was current.
 */
export async function publishRulePackAudited(
  store: Store,
  p: { id: string; version: number; at: Date; actorUserId: string; before: number | undefined },
): Promise<boolean> {
  return store.db.transaction(async (tx) => {
    if (p.before === p.version) return false;
    const [prior] = await tx
      .select({ publishedAt: rulePacks.publishedAt })
      .from(rulePacks)
      .where(and(eq(rulePacks.id, p.id), eq(rulePacks.version, p.version)));
    if (!prior) return false;
    const rollback = prior.publishedAt !== null;
    const updated = await tx
      .update(rulePacks)
      .set({
        publishedAt: sql`coalesce(${rulePacks.publishedAt}, ${p.at})`,
        // Strictly after the pack's current version, even when the clock has not moved (two publications within
        // a millisecond, or a pinned clock): the version published last must be the current one.
        currentSince: sql`greatest(${p.at}::timestamptz, (select max(r.current_since) + interval '1 millisecond'
          from ${rulePacks} r where r.id = ${p.id}))`,
      })
      .where(and(eq(rulePacks.id, p.id), eq(rulePacks.version, p.version)))
      .returning({ version: rulePacks.version });
    if (updated.length === 0) return false;
    await appendAudit(
      { db: tx },
      {
        actorUserId: p.actorUserId,
        action: rollback ? 'rule_pack.rollback' : 'rule_pack.publish',
        entity: 'rule_pack',
        entityId: `${p.id}@${p.version}`,
        before: p.before === undefined ? null : { publishedVersion: p.before },
        after: { publishedVersion: p.version },
      },
    );
    return true;
  });
}

export interface BodyPageCursor {
  startedAt: Date;
  id: string;
}

/**
 * `(started_at, id) > (t, id)` as a row-value comparison: PostgreSQL uses it as an index bound, so every page
 * costs the same however deep it is (the equivalent `a > t or (a = t and id > x)` is a filter: pages get slower).
 */
function afterCursor(after: BodyPageCursor | undefined): SQL | undefined {
  return after === undefined
    ? undefined
    : sql`(${conversations.startedAt}, ${conversations.id}) > (${after.startedAt.toISOString()}::timestamptz, ${after.id})`;
}

/**
 * Latest versions of the conversations started in [from, to), ordered by (started_at, id), after `cursor`: the
 * keyset pages previews and re-scores read bodies in without OFFSET scans.
 */
export async function conversationBodiesPage(
  store: Store,
  q: {
    from: Date;
    to: Date;
    after?: BodyPageCursor;
    limit: number;
    /** Also return each conversation version's stored machine result under this pack version, if any. */
    storedUnder?: { packId: string; packVersion: number };
  },
): Promise<
  {
    id: string;
    version: number;
    startedAt: Date;
    body: Conversation;
    /** The stored result (not reviewed: a reviewed total is a person's score), or null. */
    stored: { total: number; hits: StoredHit[] } | null;
  }[]
> {
  const under = q.storedUnder;
  // The stored result is looked up per conversation (LATERAL, by the unique index on conversation, version, pack
  // and pack version) rather than joined: a plain join let the planner, whose statistics still counted a pack
  // version's results as a handful (a version just published and re-scored, before ANALYZE), scan all of that
  // version's results once per conversation of the page: a preview of 100,000 calls took 10 minutes instead of
  // seconds (bench:rescore --preview).
  const stored = store.db
    .select({ total: results.total, hits: results.hits })
    .from(results)
    .where(
      under === undefined
        ? sql`false`
        : and(
            eq(results.conversationId, conversations.id),
            eq(results.conversationVersion, conversations.version),
            eq(results.packId, under.packId),
            eq(results.packVersion, under.packVersion),
            isNull(results.reviewedAt),
          ),
    )
    .limit(1)
    .as('stored');
  const rows = await store.db
    .select({
      id: conversations.id,
      version: conversations.version,
      startedAt: conversations.startedAt,
      body: conversations.body,
      storedTotal: stored.total,
      storedHits: stored.hits,
    })
    .from(conversations)
    .leftJoinLateral(stored, sql`true`)
    .where(
      and(
        eq(conversations.isLatest, true),
        gte(conversations.startedAt, q.from),
        lt(conversations.startedAt, q.to),
        afterCursor(q.after),
      ),
    )
    .orderBy(asc(conversations.startedAt), asc(conversations.id))
    .limit(q.limit);
  return rows.map(({ storedTotal, storedHits, ...r }) => ({
    ...r,
    startedAt: r.startedAt!,
    stored: storedTotal === null || storedHits === null ? null : { total: storedTotal, hits: storedHits },
  }));
}

/** Ids (latest versions) started in [from, to), in keyset pages (re-score planning). */
export async function conversationIdsPage(
  store: Store,
  q: { from: Date; to: Date; after?: BodyPageCursor; limit: number },
): Promise<{ id: string; startedAt: Date }[]> {
  const rows = await store.db
    .select({ id: conversations.id, startedAt: conversations.startedAt })
    .from(conversations)
    .where(
      and(
        eq(conversations.isLatest, true),
        gte(conversations.startedAt, q.from),
        lt(conversations.startedAt, q.to),
        afterCursor(q.after),
      ),
    )
    .orderBy(asc(conversations.startedAt), asc(conversations.id))
    .limit(q.limit);
  return rows.map((r) => ({ id: r.id, startedAt: r.startedAt! }));
}

/** Latest versions of these conversations with their bodies. */
export function latestBodies(
  store: Store,
  ids: readonly string[],
): Promise<{ id: string; version: number; body: Conversation }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return store.db
    .select({ id: conversations.id, version: conversations.version, body: conversations.body })
    .from(conversations)
    .where(and(anyOf(conversations.id, ids), eq(conversations.isLatest, true)));
}

/** Store a new draft version and its audit entry in one transaction (CONFLICT handling is the caller's). */
export async function insertRulePackAudited(
  store: Store,
  p: { id: string; version: number; name: string; body: unknown; actorUserId: string; audit: unknown },
): Promise<void> {
  await store.db.transaction(async (tx) => {
    await tx.insert(rulePacks).values({ id: p.id, version: p.version, name: p.name, body: p.body });
    await appendAudit(
      { db: tx },
      {
        actorUserId: p.actorUserId,
        action: 'rule_pack.upload',
        entity: 'rule_pack',
        entityId: `${p.id}@${p.version}`,
        after: p.audit,
      },
    );
  });
}
