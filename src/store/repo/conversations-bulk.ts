// Bulk variant of upsertConversation for ingest chunks (docs/product.md "Conversation v1" at 10k+ conversations): the same
// versioning rules — identical content changes nothing, changed content becomes version n + 1 and the latest — in a
// few statements per chunk inside the caller's transaction instead of one transaction per conversation.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Conversation } from '../../core/conversation/schema.ts';
import { conversations } from '../schema/index.ts';
import type { StoreDb } from '../store.ts';
import { contentHash, conversationRow, type ConversationScope, type UpsertOutcome } from './conversations.ts';

export interface BulkItem {
  conversation: Conversation;
  scope: ConversationScope;
}

/** Rows per INSERT: 15 columns each stays far below PostgreSQL's 65 535 bind parameters. */
const INSERT_SLICE = 500;

/**
 * Upsert many conversations inside `tx` (a transaction of the caller, so outcomes commit with whatever else the
 * caller records). Outcomes come back in input order. An id repeated within `items` is applied in order, as
 * consecutive single upserts would. Writers of the same ids are serialised by the same advisory locks
 * upsertConversation and saveResult take, acquired in sorted order so two chunks never deadlock.
 *
 * A replay whose content is unchanged keeps its version; if the stored row has no team (its agent was unknown at
 * the first ingest) and the agent is now known, the row's scope is filled in place: the content did not change,
 * only where it belongs.
 */
export async function upsertConversationsBulk(
  tx: StoreDb,
  items: readonly BulkItem[],
): Promise<UpsertOutcome[]> {
  const outcomes: UpsertOutcome[] = new Array<UpsertOutcome>(items.length);
  // Rounds of distinct ids: the k-th occurrence of an id goes to round k.
  const rounds: number[][] = [];
  const seen = new Map<string, number>();
  items.forEach((it, i) => {
    const k = seen.get(it.conversation.id) ?? 0;
    seen.set(it.conversation.id, k + 1);
    (rounds[k] ??= []).push(i);
  });
  const ids = [...seen.keys()].sort();
  if (ids.length === 0) return outcomes;
  await tx.execute(
    // One parameter (a JSON array) binds the same way on both drivers, whatever the number of ids.
    sql`select pg_advisory_xact_lock(hashtextextended('conversation:' || x, 0))
          from (select x from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) as x order by x) s`,
  );
  for (const round of rounds) await upsertRound(tx, items, round, outcomes);
  return outcomes;
}

async function upsertRound(
  tx: StoreDb,
  items: readonly BulkItem[],
  indices: readonly number[],
  outcomes: UpsertOutcome[],
): Promise<void> {
  const ids = indices.map((i) => items[i]!.conversation.id);
  const latestRows = await tx
    .select({
      id: conversations.id,
      version: conversations.version,
      contentHash: conversations.contentHash,
      teamId: conversations.teamId,
    })
    .from(conversations)
    .where(and(inArray(conversations.id, ids), eq(conversations.isLatest, true)));
  const latest = new Map(latestRows.map((r) => [r.id, r]));
  const superseded: string[] = [];
  const rescoped: { id: string; version: number; scope: ConversationScope }[] = [];
  const rows: (typeof conversations.$inferInsert)[] = [];
  for (const i of indices) {
    const { conversation: conv, scope } = items[i]!;
    const hash = contentHash(conv);
    const prev = latest.get(conv.id);
    if (prev && prev.contentHash === hash) {
      outcomes[i] = { status: 'unchanged', id: conv.id, version: prev.version };
      if (prev.teamId === null && scope.teamId !== null)
        rescoped.push({ id: conv.id, version: prev.version, scope });
      continue;
    }
    const version = (prev?.version ?? 0) + 1;
    if (prev) superseded.push(conv.id);
    outcomes[i] = prev
      ? { status: 'updated', id: conv.id, version, previousVersion: prev.version }
      : { status: 'inserted', id: conv.id, version: 1 };
    rows.push(conversationRow(conv, version, hash, scope));
  }
  if (superseded.length > 0) {
    await tx
      .update(conversations)
      .set({ isLatest: false })
      .where(and(inArray(conversations.id, superseded), eq(conversations.isLatest, true)));
  }
  for (let i = 0; i < rows.length; i += INSERT_SLICE) {
    await tx.insert(conversations).values(rows.slice(i, i + INSERT_SLICE));
  }
  for (const r of rescoped) {
    await tx
      .update(conversations)
      .set({ teamId: r.scope.teamId, vendorId: r.scope.vendorId })
      .where(and(eq(conversations.id, r.id), eq(conversations.version, r.version)));
  }
}
