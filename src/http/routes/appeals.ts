// Appeals (docs/product.md "Review, appeals, sampling and calibration"):
//   POST /api/appeals                  the agent contests one deduction of their finalized review, with a reason
//   GET  /api/appeals                  appeals in the caller's scope (agent: own; team leader: team; QA: all)
//   GET  /api/appeals/:id
//   POST /api/appeals/:id/decision     team leader of that team or QA lead: upheld (deduction removed) or rejected
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { dataScope, inScope } from '../../core/auth/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { APPEAL_STATUSES } from '../../core/review/appeal.ts';
import { decideAppeal, fileAppeal } from '../../review/appeals.ts';
import { getAppeal, listAppeals } from '../../store/index.ts';
import { kickWebhooks } from '../../notify/kick.ts';
import type { AppContext } from '../context.ts';
import { presentAppeal } from './review-present.ts';
import { appealSchema } from './review-schemas.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hit'), hit: z.number().int().min(0) }).strict(),
  z.object({ kind: z.literal('item'), item: z.string().min(1).max(100) }).strict(),
]);

export function appealRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.post(
      '/appeals',
      {
        config: { action: 'appeals.file' },
        schema: {
          tags: ['appeals'],
          summary:
            'Appeal one deduction (a confirmed hit or a manual item) of your finalized review before the deadline (3 working days)',
          body: z
            .object({
              taskId: z.number().int().positive(),
              target: targetSchema,
              reason: z.string().min(1).max(2000),
            })
            .strict(),
          response: { 201: appealSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'appeals.file');
        const row = await fileAppeal(ctx.store, p, req.body, ctx.now());
        await kickWebhooks(ctx.jobs);
        return reply.code(201).send(presentAppeal(row));
      },
    );

    app.get(
      '/appeals',
      {
        config: { action: 'appeals.read' },
        schema: {
          tags: ['appeals'],
          summary: 'Appeals in the caller’s scope (open ones oldest first, to decide in order)',
          querystring: z.object({
            status: z.enum(APPEAL_STATUSES).optional(),
            taskId: z.coerce.number().int().positive().optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: z.object({ total: z.number(), items: z.array(appealSchema) }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'appeals.read');
        const q = req.query;
        const { items, total } = await listAppeals(ctx.store, {
          status: q.status,
          taskId: q.taskId,
          scope: dataScope(p),
          limit: q.pageSize,
          offset: (q.page - 1) * q.pageSize,
        });
        return { total, items: items.map(presentAppeal) };
      },
    );

    app.get(
      '/appeals/:id',
      {
        config: { action: 'appeals.read' },
        schema: {
          tags: ['appeals'],
          summary: 'One appeal',
          params: idParams,
          response: { 200: appealSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'appeals.read');
        const a = await getAppeal(ctx.store, req.params.id);
        if (!a || !inScope(p, a)) throw new AppError('NOT_FOUND', 'Appeal not found');
        return presentAppeal(a);
      },
    );

    app.post(
      '/appeals/:id/decision',
      {
        config: { action: 'appeals.decide' },
        schema: {
          tags: ['appeals'],
          summary:
            'Decide an open appeal once: upheld removes the deduction and updates the final score at once',
          params: idParams,
          body: z
            .object({ outcome: z.enum(['upheld', 'rejected']), reason: z.string().min(1).max(2000) })
            .strict(),
          response: { 200: appealSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'appeals.decide');
        const row = await decideAppeal(
          ctx.store,
          p,
          req.params.id,
          req.body,
          ctx.now(),
          ctx.settings.timeZone,
        );
        await kickWebhooks(ctx.jobs);
        return presentAppeal(row);
      },
    );
    done();
  };
}
