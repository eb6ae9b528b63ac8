// Rule pack versions for the pack admin API (issue 5 "Publishing a new pack version offers an impact preview …"):
// one version with its source, the published revision alone (cheap, for hot paths), publication with its audit
// entry in one transaction, and keyset pages of stored conversation bodies for previews and re-scores.
import { and, asc, desc, eq, gt, gte, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Conversation } from '../../core/conversation/schema.ts';
import { conversations, rulePacks } from '../schema/index.ts';
import type { Store } from '../store.ts';
import { appendAudit } from './audit.ts';
import type { RulePackRow } from './results.ts';

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

/** The highest published revision of a pack, without its body (one indexed row). */
export async function publishedRevision(store: Store, id: string): Promise<number | undefined> {
  const [row] = await store.db
    .select({ version: rulePacks.version })
    .from(rulePacks)
    .where(and(eq(rulePacks.id, id), isNotNull(rulePacks.publishedAt)))
    .orderBy(desc(rulePacks.version))
    .limit(1);
  return row?.version;
}

/**
 * Publish a stored version and audit it in the same transaction. A version published before keeps its first
 * publication time and is not audited again. Returns false when it was already published.
 */
export async function publishRulePackAudited(
  store: Store,
  p: { id: string; version: number; at: Date; actorUserId: string; before: number | undefined },
): Promise<boolean> {
  return store.db.transaction(async (tx) => {
    const updated = await tx
      .update(rulePacks)
      .set({ publishedAt: p.at })
      .where(
        and(eq(rulePacks.id, p.id), eq(rulePacks.version, p.version), sql`${rulePacks.publishedAt} is null`),
      )
      .returning({ version: rulePacks.version });
    if (updated.length === 0) return false;
    await appendAudit(
      { db: tx },
      {
        actorUserId: p.actorUserId,
        action: 'rule_pack.publish',
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
 * Latest versions of the conversations started in [from, to), ordered by (started_at, id), after `cursor`: the
 * keyset pages previews and re-scores read bodies in without OFFSET scans.
 */
export async function conversationBodiesPage(
  store: Store,
  q: { from: Date; to: Date; after?: BodyPageCursor; limit: number },
): Promise<{ id: string; version: number; startedAt: Date; body: Conversation }[]> {
  const rows = await store.db
    .select({
      id: conversations.id,
      version: conversations.version,
      startedAt: conversations.startedAt,
      body: conversations.body,
    })
    .from(conversations)
    .where(
      and(
        eq(conversations.isLatest, true),
        gte(conversations.startedAt, q.from),
        lt(conversations.startedAt, q.to),
        q.after === undefined
          ? undefined
          : or(
              gt(conversations.startedAt, q.after.startedAt),
              and(eq(conversations.startedAt, q.after.startedAt), gt(conversations.id, q.after.id)),
            ),
      ),
    )
    .orderBy(asc(conversations.startedAt), asc(conversations.id))
    .limit(q.limit);
  return rows.map((r) => ({ ...r, startedAt: r.startedAt! }));
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
        q.after === undefined
          ? undefined
          : or(
              gt(conversations.startedAt, q.after.startedAt),
              and(eq(conversations.startedAt, q.after.startedAt), gt(conversations.id, q.after.id)),
            ),
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
    .where(and(inArray(conversations.id, [...ids]), eq(conversations.isLatest, true)));
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
