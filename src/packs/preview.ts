// Impact preview of a pack version over stored conversations (docs/product.md "Rules as code"): every
// conversation of the period is evaluated under the candidate and compared with its stored result under the
// published version (evaluated again only where none is stored, or where a review replaced it), reading
// bodies in keyset pages, with a cap on the number of conversations (the API's `limit`). The web UI runs it as the
// `pack-preview` job (src/packs/preview-run.ts) with its progress stored; the synchronous route is kept for small
// periods and scripts.
import type { CompiledPack } from '../core/rules/index.ts';
import { evaluate, type Hit, type ScoredHits } from '../core/rules/index.ts';
import { analyzeIfStale, conversationBodiesPage, type BodyPageCursor, type Store } from '../store/index.ts';
import { addPage, newAccumulator, summarize, type ImpactSummary } from './impact-summary.ts';

export const PREVIEW_PAGE = 1000;

export interface PreviewResult extends ImpactSummary {
  /** True when the period holds more conversations than `limit` (the earliest `limit` were evaluated). */
  truncated: boolean;
  elapsedMs: number;
}

export async function previewImpact(
  store: Store,
  q: {
    baseline: CompiledPack;
    /**
     * The stored results of the baseline (the published pack's id and revision): a conversation version scored
     * under it and not reviewed is compared with its stored result instead of being evaluated again.
     */
    baselineStored?: { packId: string; packVersion: number };
    candidate: CompiledPack;
    from: Date;
    to: Date;
    limit: number;
    keepChanged: number;
    clock?: () => number;
    /** Conversations read per page (default PREVIEW_PAGE). */
    pageSize?: number;
    /** Called after each page with the conversations compared so far (a job's progress). */
    onPage?: (done: number) => Promise<void>;
  },
): Promise<PreviewResult> {
  const clock = q.clock ?? (() => performance.now());
  const started = clock();
  const acc = newAccumulator(q.keepChanged);
  // The pages read the period's calls and their stored results: statistics left behind by a bulk write that has
  // just happened (the ingest's scoring, a re-score) would send the planner through the results once per call.
  await analyzeIfStale(store, 'conversations');
  if (q.baselineStored !== undefined) await analyzeIfStale(store, 'results');
  const read = (after: BodyPageCursor | undefined, limit: number) =>
    conversationBodiesPage(store, {
      from: q.from,
      to: q.to,
      after,
      limit,
      ...(q.baselineStored === undefined ? {} : { storedUnder: q.baselineStored }),
    });
  // Read-ahead: the next page is read while this one is evaluated (its cursor is this page's last row), so the
  // evaluation does not wait for the database between pages.
  let fetched = 0;
  const pageSize = q.pageSize ?? PREVIEW_PAGE;
  let asked = Math.min(pageSize, q.limit);
  let next = asked > 0 ? read(undefined, asked) : undefined;
  let truncated = false;
  while (next !== undefined) {
    const page = await next;
    next = undefined;
    if (page.length === 0) break;
    fetched += page.length;
    const last = page[page.length - 1]!;
    const after = { startedAt: last.startedAt, id: last.id };
    const room = q.limit - fetched;
    if (page.length === asked && room > 0) {
      asked = Math.min(pageSize, room);
      next = read(after, asked);
      // Handled here so a failure of this page's evaluation leaves no unhandled rejection behind; awaited above.
      next.catch(() => undefined);
    } else if (page.length === asked) {
      // The cap is reached: say whether the period holds more than was compared.
      truncated = (await read(after, 1)).length > 0;
    }
    const pairs: [ScoredHits, ScoredHits][] = page.map((row) => [
      row.stored === null
        ? evaluate(q.baseline, row.body)
        : // Stored hits are the evaluator's hits copied as JSON (src/packs/score-bulk.ts).
          { id: row.id, score: { total: row.stored.total }, hits: row.stored.hits as unknown as Hit[] },
      evaluate(q.candidate, row.body),
    ]);
    addPage(acc, pairs);
    await q.onPage?.(acc.conversations);
  }
  return { ...summarize(acc), truncated, elapsedMs: clock() - started };
}
