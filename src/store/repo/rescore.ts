// Re-score runs (docs/product.md "Rules as code"): the run, its chunks of conversation ids,
// and the bulk save of a chunk's results together with its `done` mark, so a retried chunk changes nothing twice.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { rescoreChunks, rescoreRuns } from '../schema/index.ts';
import type { RescoreStatus } from '../schema/index.ts';
import type { Store, StoreDb } from '../store.ts';
import { appendAudit } from './audit.ts';
import type { NewResult } from './results.ts';

export type RescoreRunRow = typeof rescoreRuns.$inferSelect;

export async function createRescoreRun(
  store: Store,
  r: {
    id: string;
    packId: string;
    packVersion: number;
    from: Date;
    to: Date;
    createdByUserId: string;
    at: Date;
  },
): Promise<void> {
  await store.db.transaction(async (tx) => {
    await tx.insert(rescoreRuns).values({
      id: r.id,
      packId: r.packId,
      packVersion: r.packVersion,
      periodFrom: r.from,
      periodTo: r.to,
      createdByUserId: r.createdByUserId,
      createdAt: r.at,
    });
    // Every score of the period may change: the run itself is the audited act (one entry, not one per call).
    await appendAudit(
      { db: tx },
      {
        actorUserId: r.createdByUserId,
        action: 'result.rescore',
        entity: 'rescore_run',
        entityId: r.id,
        after: {
          packId: r.packId,
          packVersion: r.packVersion,
          from: r.from.toISOString(),
          to: r.to.toISOString(),
        },
      },
    );
  });
}

export async function getRescoreRun(
  store: Store,
  id: string,
): Promise<(RescoreRunRow & { done: number; chunksDone: number }) | undefined> {
  const [run] = await store.db.select().from(rescoreRuns).where(eq(rescoreRuns.id, id));
  if (!run) return undefined;
  const [p] = await store.db
    .select({
      done: sql<number>`coalesce(sum(cardinality(${rescoreChunks.ids})) filter (where ${rescoreChunks.done}), 0)::int`,
      chunksDone: sql<number>`count(*) filter (where ${rescoreChunks.done})::int`,
    })
    .from(rescoreChunks)
    .where(eq(rescoreChunks.runId, id));
  return { ...run, done: p?.done ?? 0, chunksDone: p?.chunksDone ?? 0 };
}

/** Store the plan of a run once (a retried planning job finds it and keeps it); returns the chunk numbers. */
export async function planRescoreRun(
  store: Store,
  runId: string,
  chunks: readonly string[][],
): Promise<number[]> {
  return store.db.transaction(async (tx) => {
    const [run] = await tx.select().from(rescoreRuns).where(eq(rescoreRuns.id, runId)).for('update');
    if (!run) return [];
    if (run.chunks === null) {
      for (let i = 0; i < chunks.length; i += 100) {
        await tx
          .insert(rescoreChunks)
          .values(chunks.slice(i, i + 100).map((ids, k) => ({ runId, chunk: i + k, ids })));
      }
      await tx
        .update(rescoreRuns)
        .set({
          chunks: chunks.length,
          total: chunks.reduce((s, c) => s + c.length, 0),
          status: chunks.length === 0 ? 'done' : 'running',
          ...(chunks.length === 0 ? { finishedAt: new Date() } : {}),
        })
        .where(eq(rescoreRuns.id, runId));
    }
    const pending = await tx
      .select({ chunk: rescoreChunks.chunk })
      .from(rescoreChunks)
      .where(and(eq(rescoreChunks.runId, runId), eq(rescoreChunks.done, false)))
      .orderBy(asc(rescoreChunks.chunk));
    return pending.map((p) => p.chunk);
  });
}

const RESULT_SLICE = 300;

/**
 * Save a chunk's results (one per conversation version and pack version, each becoming the one shown for its
 * conversation version, as saveResult does) and mark the chunk done, in one transaction. A chunk already done is
 * left alone and false returned.
 */
export async function saveRescoreChunk(
  store: Store,
  runId: string,
  chunk: number,
  rows: readonly NewResult[],
  at: Date,
): Promise<boolean> {
  return store.db.transaction(async (tx) => {
    const claimed = await tx
      .update(rescoreChunks)
      .set({ done: true })
      .where(
        and(eq(rescoreChunks.runId, runId), eq(rescoreChunks.chunk, chunk), eq(rescoreChunks.done, false)),
      )
      .returning({ chunk: rescoreChunks.chunk });
    if (claimed.length === 0) return false;
    await insertResults(tx, rows, at);
    return true;
  });
}

/**
 * Save many results inside `tx`, with saveResult's rules: one row per conversation version and pack version
 * (replaced if present), each becoming the one shown for its conversation version. Serialised with the other
 * writers of the same conversations by the same advisory locks, taken in sorted order.
 */
export async function insertResults(tx: StoreDb, all: readonly NewResult[], at: Date): Promise<void> {
  // One row per conversation version: the last given wins (one statement cannot touch a row twice).
  const rows = [...new Map(all.map((r) => [`${r.conversationVersion}:${r.conversationId}`, r])).values()];
  if (rows.length === 0) return;
  const ids = [...new Set(rows.map((r) => r.conversationId))].sort();
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('conversation:' || x, 0))
    from (select x from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) as x order by x) s`);
  for (let i = 0; i < rows.length; i += RESULT_SLICE) {
    const slice = rows.slice(i, i + RESULT_SLICE);
    // One statement per slice: the CTE clears the flag of the result shown so far for each conversation version
    // (another pack version's; the scalar subquery makes it run before the insert, so the partial unique index
    // on is_latest never sees two) and the insert makes the new one shown. Rows are read once from the JSON.
    await tx.execute(sql`
      with x as (select * from jsonb_to_recordset(${JSON.stringify(
        slice.map((r) => ({
          conversation_id: r.conversationId,
          conversation_version: r.conversationVersion,
          pack_id: r.packId,
          pack_version: r.packVersion,
          machine_score: r.machineScore,
          total: r.total,
          fatal: r.fatal,
          categories: r.categories,
          hits: r.hits,
          rule_ids: [...new Set(r.hits.map((h) => h.rule))].sort(),
          satisfaction: r.satisfaction ?? null,
        })),
      )}::jsonb) as x(conversation_id text, conversation_version int, pack_id text, pack_version int,
                        machine_score float8, total float8, fatal boolean, categories jsonb, hits jsonb,
                        rule_ids jsonb, satisfaction float8)),
      shown as (update results r set is_latest = false from x
                 where r.conversation_id = x.conversation_id and r.conversation_version = x.conversation_version
                   and r.is_latest and (r.pack_id, r.pack_version) <> (x.pack_id, x.pack_version)
                returning 1)
      insert into results (conversation_id, conversation_version, pack_id, pack_version, machine_score, total,
                           fatal, categories, hits, rule_ids, satisfaction, is_latest, scored_at)
      select x.conversation_id, x.conversation_version, x.pack_id, x.pack_version, x.machine_score, x.total,
             x.fatal, x.categories, x.hits, array(select jsonb_array_elements_text(x.rule_ids)), x.satisfaction,
             true, ${at}
        from x
       where (select count(*) from shown) >= 0
      on conflict (conversation_id, conversation_version, pack_id, pack_version) do update
        set machine_score = excluded.machine_score, total = excluded.total, fatal = excluded.fatal,
            categories = excluded.categories, hits = excluded.hits, rule_ids = excluded.rule_ids,
            satisfaction = excluded.satisfaction,
            is_latest = true, scored_at = excluded.scored_at`);
  }
}

/** saveResult for many results in one transaction (the scoring job's path). */
export async function saveResults(store: Store, rows: readonly NewResult[], at: Date): Promise<void> {
  await store.db.transaction((tx) => insertResults(tx, rows, at));
}

/** Mark the run done when no chunk is left; true only for the call that marked it (once per run). */
export async function finishRescoreIfComplete(store: Store, runId: string, at: Date): Promise<boolean> {
  const [p] = await store.db
    .select({ n: sql<number>`count(*)::int` })
    .from(rescoreChunks)
    .where(and(eq(rescoreChunks.runId, runId), eq(rescoreChunks.done, false)));
  if ((p?.n ?? 0) > 0) return false;
  const marked = await store.db
    .update(rescoreRuns)
    .set({ status: 'done', finishedAt: at })
    .where(and(eq(rescoreRuns.id, runId), sql`${rescoreRuns.status} <> 'done'`))
    .returning({ id: rescoreRuns.id });
  return marked.length > 0;
}

export async function setRescoreStatus(
  store: Store,
  runId: string,
  status: RescoreStatus,
  error?: string,
): Promise<void> {
  await store.db
    .update(rescoreRuns)
    .set({ status, ...(error === undefined ? {} : { error }) })
    .where(eq(rescoreRuns.id, runId));
}

/**
 * Claim the run's first chunk that is neither done nor claimed within the lease (FOR UPDATE SKIP LOCKED: two
 * workers claiming at once get different chunks, none waits for the other). Undefined when nothing is left.
 */
export async function claimRescoreChunk(
  store: Store,
  runId: string,
  at: Date,
  leaseMs: number,
): Promise<{ chunk: number; ids: string[] } | undefined> {
  const expired = new Date(at.getTime() - leaseMs);
  const { rows } = await store.sql<{ chunk: number; ids: string[] }>(
    `update rescore_chunks c set claimed_at = $2::timestamptz
      where c.run_id = $1
        and c.chunk = (select chunk from rescore_chunks
                        where run_id = $1 and not done and (claimed_at is null or claimed_at < $3::timestamptz)
                        order by chunk limit 1 for update skip locked)
     returning c.chunk, c.ids`,
    [runId, at.toISOString(), expired.toISOString()],
  );
  const row = rows[0];
  return row === undefined ? undefined : { chunk: Number(row.chunk), ids: row.ids };
}

/** Drop the claims on these chunks (not done): a failed worker hands them back. */
export async function releaseRescoreChunks(
  store: Store,
  runId: string,
  chunks: readonly number[],
): Promise<void> {
  if (chunks.length === 0) return;
  await store.db
    .update(rescoreChunks)
    .set({ claimedAt: null })
    .where(
      and(
        eq(rescoreChunks.runId, runId),
        inArray(rescoreChunks.chunk, [...chunks]),
        eq(rescoreChunks.done, false),
      ),
    );
}
