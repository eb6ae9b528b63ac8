// Background re-score of a period under a published pack version (issue 5): a planning job lists the period's
// conversations in keyset pages and stores them as chunks of ids; one job per chunk evaluates its conversations in
// a tight loop and saves the results in one transaction with the chunk's `done` mark (src/store/repo/rescore.ts),
// so retries and duplicate deliveries never count or save a chunk twice. Results are kept per pack version.
import {
  conversationIdsPage,
  finishRescoreIfComplete,
  getRescoreChunk,
  planRescoreRun,
  saveRescoreChunk,
  type BodyPageCursor,
  type Store,
} from '../store/index.ts';
import { getRescoreRun } from '../store/index.ts';
import { conversationsScored } from '../ops/metrics.ts';
import { resultsFor } from './score-bulk.ts';
import { compiledVersion } from './versions.ts';

export const RESCORE_CHUNK = 1000;

/** Split the run's period into chunks (stored once) and return the chunks still to do. */
export async function planRescore(store: Store, runId: string): Promise<number[]> {
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
      limit: RESCORE_CHUNK,
    });
    if (page.length === 0) break;
    chunks.push(page.map((p) => p.id));
    const last = page[page.length - 1]!;
    after = { startedAt: last.startedAt, id: last.id };
    if (page.length < RESCORE_CHUNK) break;
  }
  return planRescoreRun(store, runId, chunks);
}

/** Evaluate and save one chunk; false when it was already done. */
export async function rescoreChunk(store: Store, runId: string, chunk: number, now: Date): Promise<boolean> {
  const run = await getRescoreRun(store, runId);
  const c = await getRescoreChunk(store, runId, chunk);
  if (!run || !c || c.done) return false;
  const pack = await compiledVersion(store, run.packId, run.packVersion);
  const rows = await resultsFor(store, c.ids, pack, run.packVersion);
  const saved = await saveRescoreChunk(store, runId, chunk, rows, now);
  if (saved) conversationsScored.inc({ source: 'rescore' }, rows.length);
  await finishRescoreIfComplete(store, runId, now);
  return saved;
}
