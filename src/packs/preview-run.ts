// The `pack-preview` job's work: one preview run (src/store/schema/preview.ts) compared page by page with
// previewImpact, which reads the published version's stored results as the baseline and evaluates it again only
// where none is stored. Progress is written after every page of PREVIEW_PAGE conversations; a run that died
// midway is started again from the beginning by the job's retry (a preview changes nothing, so that is safe).
import { AppError } from '../core/errors/app-error.ts';
import { countPeriodUpTo, getPreviewRun, updatePreviewRun, type Store } from '../store/index.ts';
import { previewImpact } from './preview.ts';
import { compiledVersion } from './versions.ts';

export async function workPreviewRun(store: Store, runId: string, now: () => Date): Promise<void> {
  const run = await getPreviewRun(store, runId);
  if (!run || run.status === 'done' || run.status === 'failed') return;
  const from = run.periodFrom;
  const to = run.periodTo;
  const total = await countPeriodUpTo(store, from, to, run.maxConversations);
  await updatePreviewRun(store, runId, { status: 'running', total, done: 0 });
  let baseline;
  let candidate;
  try {
    baseline = await compiledVersion(store, run.packId, run.baselineVersion);
    candidate = await compiledVersion(store, run.packId, run.packVersion);
  } catch (e) {
    // A version deleted or not compilable any more: the run fails for good (a retry would fail the same way).
    if (!(e instanceof AppError)) throw e;
    await updatePreviewRun(store, runId, { status: 'failed', error: e.message, finishedAt: now() });
    return;
  }
  const r = await previewImpact(store, {
    baseline,
    baselineStored: { packId: run.packId, packVersion: run.baselineVersion },
    candidate,
    from,
    to,
    limit: run.maxConversations,
    keepChanged: run.changedLimit,
    onPage: (done) => updatePreviewRun(store, runId, { done }),
  });
  await updatePreviewRun(store, runId, {
    status: 'done',
    done: r.conversations,
    result: { ...r, elapsedMs: Math.round(r.elapsedMs) },
    finishedAt: now(),
  });
}
