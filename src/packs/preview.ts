// Impact preview of a pack version over stored conversations (issue 5; product.md capability 4): every
// conversation of the period is evaluated under the published version and the candidate in a tight loop, reading
// bodies in keyset pages. Synchronous with a cap on the number of conversations (the API's `limit`); the figure
// measured on this machine is in the report of bench/ingest and docs.
import type { CompiledPack } from '../core/rules/index.ts';
import { evaluate, type CheckResult } from '../core/rules/index.ts';
import { conversationBodiesPage, type BodyPageCursor, type Store } from '../store/index.ts';
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
    candidate: CompiledPack;
    from: Date;
    to: Date;
    limit: number;
    keepChanged: number;
    clock?: () => number;
  },
): Promise<PreviewResult> {
  const clock = q.clock ?? (() => performance.now());
  const started = clock();
  const acc = newAccumulator(q.keepChanged);
  let after: BodyPageCursor | undefined;
  let truncated = false;
  for (;;) {
    const room = q.limit - acc.conversations;
    if (room <= 0) {
      truncated =
        (await conversationBodiesPage(store, { from: q.from, to: q.to, after, limit: 1 })).length > 0;
      break;
    }
    const page = await conversationBodiesPage(store, {
      from: q.from,
      to: q.to,
      after,
      limit: Math.min(PREVIEW_PAGE, room),
    });
    if (page.length === 0) break;
    const pairs: [CheckResult, CheckResult][] = page.map((row) => [
      evaluate(q.baseline, row.body),
      evaluate(q.candidate, row.body),
    ]);
    addPage(acc, pairs);
    const last = page[page.length - 1]!;
    after = { startedAt: last.startedAt, id: last.id };
    if (page.length < Math.min(PREVIEW_PAGE, room)) break;
  }
  return { ...summarize(acc), truncated, elapsedMs: clock() - started };
}
