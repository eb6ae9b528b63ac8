// Rule pack versions (docs/product.md "External contracts"): list, upload a new version, preview its impact over stored
// conversations, publish it (audited), and re-score a period in the background with results kept per version.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forgetPublished } from '../../assist/published.ts';
import { requireAction } from '../../auth/sessions.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { rescorePlanJob } from '../../jobs/definitions/rescore.ts';
import { previewImpact, type PreviewResult } from '../../packs/preview.ts';
import {
  compiledVersion,
  isStoredPackBody,
  parseVersionParam,
  revisionLabel,
  uploadPack,
} from '../../packs/versions.ts';
import { DEFAULT_PACK_ID } from '../../qa/packs.ts';
import {
  createRescoreRun,
  getRescoreRun,
  getRulePack,
  listRulePacks,
  publishedRevision,
  publishRulePackAudited,
} from '../../store/index.ts';
import type { AppContext } from '../context.ts';

export const isoWithZone = z.iso.datetime({ offset: true });
export const versionParams = z.object({ id: z.string().min(1), version: z.string().min(1) });
/** Conversations a synchronous preview evaluates at most (about 20 s at the rate measured on two busy cores). */
export const PREVIEW_MAX = 200_000;

const packSchema = z.object({
  id: z.string(),
  version: z.number(),
  label: z.string(),
  name: z.string(),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  /** The version new conversations are scored with (highest published). */
  current: z.boolean(),
  createdAt: z.string(),
});

const hitDeltaSchema = z.object({
  rule: z.string(),
  turn: z.number(),
  start: z.number(),
  end: z.number(),
  text: z.string(),
  deduction: z.number(),
});

export const previewSchema = z.object({
  packId: z.string(),
  version: z.number(),
  label: z.string(),
  baseline: z.object({ version: z.number(), label: z.string() }),
  from: z.string(),
  to: z.string(),
  conversations: z.number(),
  truncated: z.boolean(),
  changedCount: z.number(),
  meanScoreBefore: z.number(),
  meanScoreAfter: z.number(),
  rules: z.array(
    z.object({
      rule: z.string(),
      hitsGained: z.number(),
      hitsLost: z.number(),
      conversationsGaining: z.number(),
      conversationsLosing: z.number(),
    }),
  ),
  histogram: z.object({ bins: z.array(z.string()), before: z.array(z.number()), after: z.array(z.number()) }),
  deltaHistogram: z.object({ bins: z.array(z.string()), counts: z.array(z.number()) }),
  changed: z.array(
    z.object({
      id: z.string(),
      scoreBefore: z.number(),
      scoreAfter: z.number(),
      gained: z.array(hitDeltaSchema),
      lost: z.array(hitDeltaSchema),
    }),
  ),
  elapsedMs: z.number(),
});

const runSchema = z.object({
  jobId: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  packId: z.string(),
  packVersion: z.number(),
  label: z.string(),
  from: z.string(),
  to: z.string(),
  total: z.number().nullable(),
  done: z.number(),
  chunks: z.number().nullable(),
  chunksDone: z.number(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});

/** The preview summary as the API answers it (hit texts are masked by the response hook, src/http/mask-response.ts). */
export function presentPreview(
  r: PreviewResult,
  m: { packId: string; version: number; baselineVersion: number; from: Date; to: Date },
): z.infer<typeof previewSchema> {
  const hit = (h: PreviewResult['changed'][number]['gained'][number]) => ({
    rule: h.rule,
    turn: h.turn,
    start: h.start,
    end: h.end,
    text: h.text,
    deduction: h.deduction,
  });
  return {
    packId: m.packId,
    version: m.version,
    label: revisionLabel(m.version),
    baseline: { version: m.baselineVersion, label: revisionLabel(m.baselineVersion) },
    from: m.from.toISOString(),
    to: m.to.toISOString(),
    conversations: r.conversations,
    truncated: r.truncated,
    changedCount: r.changedCount,
    meanScoreBefore: r.meanScoreBefore,
    meanScoreAfter: r.meanScoreAfter,
    rules: r.rules,
    histogram: r.histogram,
    deltaHistogram: r.deltaHistogram,
    changed: r.changed.map((d) => ({
      id: d.id,
      scoreBefore: d.scoreBefore,
      scoreAfter: d.scoreAfter,
      gained: d.gained.map(hit),
      lost: d.lost.map(hit),
    })),
    elapsedMs: Math.round(r.elapsedMs),
  };
}

export function period(q: { from: string; to: string }): { from: Date; to: Date } {
  const from = new Date(q.from);
  const to = new Date(q.to);
  if (!(from < to)) throw new AppError('BAD_INPUT', '`from` must be before `to`');
  return { from, to };
}

export function packRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    // A pack is uploaded as its YAML (or JSON) text.
    app.addContentTypeParser(
      ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'],
      { parseAs: 'string' },
      (_req, body, next) => {
        next(null, body);
      },
    );

    app.get(
      '/packs',
      {
        config: { action: 'packs.read' },
        schema: {
          tags: ['packs'],
          summary: 'Rule pack versions, newest first per pack, with their publication state',
          response: { 200: z.object({ items: z.array(packSchema) }) },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'packs.read');
        const rows = await listRulePacks(ctx.store);
        // The current version per pack, by the rule of getPublishedRulePack: latest currentSince, then version.
        const current = new Map<string, { version: number; since: number }>();
        for (const r of rows) {
          if (!r.publishedAt) continue;
          const since = r.currentSince?.getTime() ?? -Infinity;
          const best = current.get(r.id);
          if (!best || since > best.since || (since === best.since && r.version > best.version)) {
            current.set(r.id, { version: r.version, since });
          }
        }
        return {
          items: rows.map((r) => ({
            id: r.id,
            version: r.version,
            label: revisionLabel(r.version),
            name: r.name,
            published: r.publishedAt !== null,
            publishedAt: r.publishedAt?.toISOString() ?? null,
            current: current.get(r.id)?.version === r.version,
            createdAt: r.createdAt.toISOString(),
          })),
        };
      },
    );

    app.post(
      '/packs',
      {
        config: { action: 'packs.write' },
        schema: {
          tags: ['packs'],
          summary:
            'Upload a new rule pack version (YAML) as a draft; a bad pack is rejected with line and path',
          description:
            'Body: the pack YAML as text/yaml, application/yaml or text/plain, or JSON {source, fileName?}. ' +
            '400 BAD_INPUT lists every issue {file, line, column, path, message}; 409 when that version exists ' +
            'with other content. Uploading the same source again answers 200 with created=false.',
          response: {
            200: z.object({
              id: z.string(),
              version: z.number(),
              label: z.string(),
              name: z.string(),
              created: z.boolean(),
            }),
            201: z.object({
              id: z.string(),
              version: z.number(),
              label: z.string(),
              name: z.string(),
              created: z.boolean(),
            }),
          },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'packs.write');
        const body = req.body;
        const parsed =
          typeof body === 'string'
            ? { source: body, fileName: 'pack.yaml' }
            : z
                .object({ source: z.string().min(1), fileName: z.string().min(1).default('pack.yaml') })
                .safeParse(body).data;
        if (!parsed)
          throw new AppError('BAD_INPUT', 'send the pack as YAML text or JSON {source, fileName?}');
        const r = await uploadPack(ctx.store, { ...parsed, actorUserId: p.id });
        return reply.code(r.created ? 201 : 200).send(r);
      },
    );

    app.post(
      '/packs/:id/:version/preview',
      {
        config: { action: 'packs.preview' },
        schema: {
          tags: ['packs'],
          summary:
            'Impact of a pack version over stored conversations of a period, against the published version',
          description:
            'Evaluates the latest version of every conversation started in [from, to) under the published version ' +
            'and under this one, synchronously, up to `limit` conversations (default 20 000, at most 200 000; ' +
            '`truncated` tells when the period holds more). Answers per-rule gains and losses, score histograms ' +
            'and the most moved conversations.',
          params: versionParams,
          body: z.object({
            from: isoWithZone,
            to: isoWithZone,
            limit: z.number().int().min(1).max(PREVIEW_MAX).default(20_000),
            changedLimit: z.number().int().min(0).max(1000).default(100),
          }),
          response: { 200: previewSchema },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'packs.preview');
        const revision = parseVersionParam(req.params.version);
        const candidate = await compiledVersion(ctx.store, req.params.id, revision);
        const publishedRev = await publishedRevision(ctx.store, req.params.id);
        if (publishedRev === undefined) {
          throw new AppError(
            'BAD_INPUT',
            `rule pack ${req.params.id} has no published version to compare with`,
          );
        }
        const baseline = await compiledVersion(ctx.store, req.params.id, publishedRev);
        const { from, to } = period(req.body);
        const r = await previewImpact(ctx.store, {
          baseline,
          baselineStored: { packId: req.params.id, packVersion: publishedRev },
          candidate,
          from,
          to,
          limit: req.body.limit,
          keepChanged: req.body.changedLimit,
        });
        return presentPreview(r, {
          packId: req.params.id,
          version: revision,
          baselineVersion: publishedRev,
          from,
          to,
        });
      },
    );

    app.post(
      '/packs/:id/:version/publish',
      {
        config: { action: 'packs.publish' },
        schema: {
          tags: ['packs'],
          summary: 'Publish a pack version: new conversations are scored with it (audited)',
          description:
            'Stored results are not changed: re-score a period with POST /api/rescore. The version published ' +
            'last is current; publishing an earlier version again makes it current once more (a roll-back, ' +
            'audited as rule_pack.rollback).',
          params: versionParams,
          response: {
            200: z.object({
              id: z.string(),
              version: z.number(),
              label: z.string(),
              published: z.boolean(),
              current: z.boolean(),
              alreadyPublished: z.boolean(),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'packs.publish');
        const revision = parseVersionParam(req.params.version);
        const row = await getRulePack(ctx.store, req.params.id, revision);
        if (!row || !isStoredPackBody(row.body)) {
          throw new AppError('NOT_FOUND', `Rule pack ${req.params.id} ${req.params.version} not found`);
        }
        const before = await publishedRevision(ctx.store, req.params.id);
        const changed = await publishRulePackAudited(ctx.store, {
          id: req.params.id,
          version: revision,
          at: ctx.now(),
          actorUserId: p.id,
          before,
        });
        forgetPublished(ctx.store);
        const current = await publishedRevision(ctx.store, req.params.id);
        return {
          id: req.params.id,
          version: revision,
          label: revisionLabel(revision),
          published: true,
          current: current === revision,
          alreadyPublished: !changed,
        };
      },
    );

    app.post(
      '/rescore',
      {
        config: { action: 'rescore.run' },
        schema: {
          tags: ['packs'],
          summary:
            'Re-score the conversations of a period with the published pack version, in the background',
          description:
            'Queues a re-score of the latest version of every conversation started in [from, to). Results are ' +
            'kept per pack version; the new result becomes the one shown. Poll GET /api/rescore/{jobId}.',
          body: z.object({
            from: isoWithZone,
            to: isoWithZone,
            packId: z.string().min(1).default(DEFAULT_PACK_ID),
          }),
          response: {
            202: z.object({
              jobId: z.string(),
              packId: z.string(),
              packVersion: z.number(),
              label: z.string(),
            }),
          },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'rescore.run');
        if (!ctx.jobs) throw new AppError('UNAVAILABLE', 'this server runs no job queue');
        const { from, to } = period(req.body);
        const packVersion = await publishedRevision(ctx.store, req.body.packId);
        if (packVersion === undefined) {
          throw new AppError('BAD_INPUT', `rule pack ${req.body.packId} has no published version`);
        }
        const id = `rs-${randomUUID()}`;
        await createRescoreRun(ctx.store, {
          id,
          packId: req.body.packId,
          packVersion,
          from,
          to,
          createdByUserId: p.id,
          at: ctx.now(),
        });
        await ctx.jobs.send(rescorePlanJob, { runId: id });
        return reply
          .code(202)
          .send({ jobId: id, packId: req.body.packId, packVersion, label: revisionLabel(packVersion) });
      },
    );

    app.get(
      '/rescore/:jobId',
      {
        config: { action: 'rescore.read' },
        schema: {
          tags: ['packs'],
          summary: 'Progress of a background re-score',
          params: z.object({ jobId: z.string().min(1) }),
          response: { 200: runSchema },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'rescore.read');
        const run = await getRescoreRun(ctx.store, req.params.jobId);
        if (!run) throw new AppError('NOT_FOUND', `Re-score ${req.params.jobId} not found`);
        return {
          jobId: run.id,
          status: run.status,
          packId: run.packId,
          packVersion: run.packVersion,
          label: revisionLabel(run.packVersion),
          from: run.periodFrom.toISOString(),
          to: run.periodTo.toISOString(),
          total: run.total,
          done: run.done,
          chunks: run.chunks,
          chunksDone: run.chunksDone,
          createdAt: run.createdAt.toISOString(),
          finishedAt: run.finishedAt?.toISOString() ?? null,
          error: run.error,
        };
      },
    );
    done();
  };
}
