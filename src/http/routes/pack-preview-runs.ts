// Impact preview as a background job (docs/product.md "Rules as code"): POST starts a run over a period (up to a
// million conversations), GET reports its progress and, once done, the same summary as the synchronous preview.
// The job (src/jobs/definitions/pack-preview.ts) runs in `zhijian worker` or serve's job workers, never inside
// the request, and compares with the published version's stored results instead of evaluating them again.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { packPreviewJob } from '../../jobs/definitions/pack-preview.ts';
import type { PreviewResult } from '../../packs/preview.ts';
import { compiledVersion, parseVersionParam, revisionLabel } from '../../packs/versions.ts';
import { createPreviewRun, getPreviewRun, publishedRevision } from '../../store/index.ts';
import type { PreviewRunRow } from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import { isoWithZone, period, presentPreview, previewSchema, versionParams } from './packs.ts';

/** Conversations one preview run compares at most (a month of a 10M-calls-a-month center is a sample of it). */
export const PREVIEW_RUN_MAX = 2_000_000;

const previewRunSchema = z.object({
  runId: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  packId: z.string(),
  version: z.number(),
  label: z.string(),
  baseline: z.object({ version: z.number(), label: z.string() }),
  from: z.string(),
  to: z.string(),
  /** Conversations the run compares (null until counted) and compared so far. */
  total: z.number().nullable(),
  done: z.number(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
  result: previewSchema.nullable(),
});

// Hit texts are masked by the response hook (src/http/mask-response.ts) for roles that do not see numbers.
function present(run: PreviewRunRow): z.infer<typeof previewRunSchema> {
  return {
    runId: run.id,
    status: run.status,
    packId: run.packId,
    version: run.packVersion,
    label: revisionLabel(run.packVersion),
    baseline: { version: run.baselineVersion, label: revisionLabel(run.baselineVersion) },
    from: run.periodFrom.toISOString(),
    to: run.periodTo.toISOString(),
    total: run.total,
    done: run.done,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    error: run.error,
    result:
      run.status === 'done' && run.result !== null
        ? presentPreview(run.result as PreviewResult, {
            packId: run.packId,
            version: run.packVersion,
            baselineVersion: run.baselineVersion,
            from: run.periodFrom,
            to: run.periodTo,
          })
        : null,
  };
}

export function packPreviewRunRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.post(
      '/packs/:id/:version/preview-runs',
      {
        config: { action: 'packs.preview' },
        schema: {
          tags: ['packs'],
          summary: 'Start an impact preview of a pack version over a period, in the background',
          description:
            'Queues the comparison of this version with the published one over the latest version of every ' +
            'conversation started in [from, to), up to `limit` (default 1 000 000). Poll ' +
            'GET /api/packs/preview-runs/{runId} for progress and, once done, the summary.',
          params: versionParams,
          body: z.object({
            from: isoWithZone,
            to: isoWithZone,
            limit: z.number().int().min(1).max(PREVIEW_RUN_MAX).default(1_000_000),
            changedLimit: z.number().int().min(0).max(1000).default(100),
          }),
          response: { 202: previewRunSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'packs.preview');
        if (!ctx.jobs) throw new AppError('UNAVAILABLE', 'this server runs no job queue');
        const revision = parseVersionParam(req.params.version);
        // Refuse a version that does not exist or does not compile now, not in the job.
        await compiledVersion(ctx.store, req.params.id, revision);
        const baselineVersion = await publishedRevision(ctx.store, req.params.id);
        if (baselineVersion === undefined)
          throw new AppError(
            'BAD_INPUT',
            `rule pack ${req.params.id} has no published version to compare with`,
          );
        const { from, to } = period(req.body);
        const id = `pv-${randomUUID()}`;
        await createPreviewRun(ctx.store, {
          id,
          packId: req.params.id,
          packVersion: revision,
          baselineVersion,
          from,
          to,
          maxConversations: req.body.limit,
          changedLimit: req.body.changedLimit,
          createdByUserId: p.id,
          at: ctx.now(),
        });
        await ctx.jobs.send(packPreviewJob, { runId: id });
        const run = await getPreviewRun(ctx.store, id);
        if (!run) throw new AppError('NOT_FOUND', `Preview ${id} not found`);
        return reply.code(202).send(present(run));
      },
    );

    app.get(
      '/packs/preview-runs/:runId',
      {
        config: { action: 'packs.preview' },
        schema: {
          tags: ['packs'],
          summary: 'Progress and, once done, the summary of a background impact preview',
          params: z.object({ runId: z.string().min(1) }),
          response: { 200: previewRunSchema },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'packs.preview');
        const run = await getPreviewRun(ctx.store, req.params.runId);
        if (!run) throw new AppError('NOT_FOUND', `Preview ${req.params.runId} not found`);
        return present(run);
      },
    );
    done();
  };
}
