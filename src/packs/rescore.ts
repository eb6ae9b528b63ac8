// Background re-score of a period under a published pack version: a planning job lists the period's
// conversations in keyset pages and stores them as chunks of ids; a few jobs per run (one per worker that may
// share it) each claim chunks one at a time before evaluating them (SKIP LOCKED, with a lease for a dead worker's
// chunk), evaluate in a tight loop and save the results in one transaction with the chunk's `done` mark
// (src/store/repo/rescore.ts), so retries and duplicate deliveries never count or save a chunk twice and no two
// workers evaluate the same chunk. Results are kept per pack version. A call whose settlement month is approved
// keeps the score it was paid on (src/settlement/locks.ts): the run passes over it.
import {
  analyzeIfStale,
  claimRescoreChunk,
  conversationIdsPage,
  finishRescoreIfComplete,
  latestBodies,
  planRescoreRun,
  releaseRescoreChunks,
  saveRescoreChunk,
  type BodyPageCursor,
  type Store,
} from '../store/index.ts';
import { getRescoreRun } from '../store/index.ts';
import { lockedConversations } from '../settlement/locks.ts';
import { conversationsScored } from '../ops/metrics.ts';
import { evaluateBodies } from './score-bulk.ts';
import { compiledVersion } from './versions.ts';

export const RESCORE_CHUNK = 1000;

/** Split the run's period into chunks (stored once) and return the chunks still to do. */
export async function planRescore(store: Store, runId: string, chunkSize = RESCORE_CHUNK): Promise<number[]> {
  const run = await getRescoreRun(store, runId);
  if (!run) return [];
  if (run.chunks !== null) return planRescoreRun(store, runId, []);
  const chunks: string[][] = [];
  let after: BodyPageCursor | undefined;
  for (;;) {
    const page = await conversationIdsPage(store, {
      from: run.periodFrom,
      to: run.periodTo,
      after,
      limit: chunkSize,
    });
    if (page.length === 0) break;
    chunks.push(page.map((p) => p.id));
    const last = page[page.length - 1]!;
    after = { startedAt: last.startedAt, id: last.id };
    if (page.length < chunkSize) break;
  }
  return planRescoreRun(store, runId, chunks);
}

/** A claimed chunk whose worker has not saved it within this time is claimed again (the worker died). */
export const CLAIM_LEASE_MS = 5 * 60_000;
/**
 * Jobs sent per run. Each claims chunks one at a time until none is left, so this is only the most workers that
 * can share a run (every `zhijian worker` and serve run one or a few); spare jobs find nothing and end at once.
 */
export const RESCORE_LANES = 8;

interface Claimed {
  chunk: number;
  bodies: Awaited<ReturnType<typeof latestBodies>>;
}

/**
 * Work through a run: claim a chunk, read its bodies, evaluate, save, until no chunk is left. The next chunk is
 * claimed and read while this one is evaluated, and a chunk's save overlaps the next one's evaluation, so the CPU
 * does not wait for the database. Returns the chunks this call saved.
 */
export async function workRescoreRun(
  store: Store,
  runId: string,
  now: () => Date,
  timeZone: string,
): Promise<number> {
  const run = await getRescoreRun(store, runId);
  if (!run || run.status === 'done') return 0;
  const pack = await compiledVersion(store, run.packId, run.packVersion);
  const claim = async (): Promise<Claimed | undefined> => {
    const c = await claimRescoreChunk(store, runId, now(), CLAIM_LEASE_MS);
    if (c === undefined) return undefined;
    const locked = await lockedConversations(store, c.ids, timeZone);
    return {
      chunk: c.chunk,
      bodies: await latestBodies(store, locked.size === 0 ? c.ids : c.ids.filter((id) => !locked.has(id))),
    };
  };
  let saved = 0;
  const held = new Set<number>(); // claimed here and not saved yet
  const claimAhead = () =>
    claim().then((c) => {
      if (c !== undefined) held.add(c.chunk);
      return c;
    });
  let next = claimAhead();
  let saving: Promise<boolean> = Promise.resolve(false);
  try {
    for (let current = await next; current !== undefined; current = await next) {
      next = claimAhead();
      const rows = evaluateBodies(current.bodies, pack, run.packVersion);
      if (await saving) saved++;
      const chunk = current.chunk;
      saving = saveRescoreChunk(store, runId, chunk, rows, now()).then((ok) => {
        held.delete(chunk);
        if (ok) conversationsScored.inc({ source: 'rescore' }, rows.length);
        return ok;
      });
    }
    if (await saving) saved++;
  } catch (e) {
    // Settle the read-ahead, then hand back what this call claimed, so the job's retry (or another worker)
    // takes those chunks at once instead of after the lease.
    await next.catch(() => undefined);
    await saving.catch(() => false);
    await releaseRescoreChunks(store, runId, [...held]).catch(() => undefined);
    throw e;
  }
  // The worker that completes the run refreshes the results' statistics when they are behind (src/store/repo/
  // statistics.ts): the new pack version's rows are all new, and until PostgreSQL's autovacuum gets to them the
  // planner counts them as a handful (the dashboard, the KPI month and the next preview read them).
  if (await finishRescoreIfComplete(store, runId, now())) await analyzeIfStale(store, 'results');
  return saved;
}
