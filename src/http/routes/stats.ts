// GET /api/stats/overview: the first screen's figures, in the caller's scope and the contact center's zone.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { localDays } from '../../core/time/index.ts';
import { periodOverview } from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import { listQuerySchema, scopedFilter } from './conversations.ts';

const DAY_MS = 86_400_000;
/** Below 60 is a failed call; above, 5-point then 2-point steps where seed 002's small deductions land. */
const SCORE_EDGES = [0, 60, 70, 80, 85, 90, 92, 94, 96, 98, 100] as const;

export function statsRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/stats/overview',
      {
        config: { action: 'stats.read' },
        schema: {
          tags: ['stats'],
          summary:
            'Conversations per day with average score, score distribution and totals (default: last 30 days)',
          querystring: listQuerySchema.omit({ page: true, pageSize: true }),
          response: {
            200: z.object({
              from: z.string(),
              to: z.string(),
              timeZone: z.string(),
              total: z.number(),
              scored: z.number(),
              avgScore: z.number().nullable(),
              fatal: z.number(),
              perDay: z.array(
                z.object({ date: z.string(), count: z.number(), avgScore: z.number().nullable() }),
              ),
              scoreBuckets: z.array(z.object({ from: z.number(), to: z.number(), count: z.number() })),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'stats.read');
        const to = req.query.to ? new Date(req.query.to) : ctx.now();
        const from = req.query.from ? new Date(req.query.from) : new Date(to.getTime() - 30 * DAY_MS);
        const filter = { ...scopedFilter(p, { ...req.query, page: 1, pageSize: 1 }), from, to };
        const timeZone = ctx.settings.timeZone;
        const o = await periodOverview(ctx.store, { ...filter, timeZone }, SCORE_EDGES);
        return {
          from: from.toISOString(),
          to: to.toISOString(),
          timeZone,
          total: o.total,
          scored: o.scored,
          avgScore: o.avgScore,
          fatal: o.fatal,
          // every day of the range, 0 when none
          perDay: localDays(from, to, timeZone).map((date) => ({
            date,
            count: o.perDay.get(date)?.count ?? 0,
            avgScore: o.perDay.get(date)?.avgScore ?? null,
          })),
          scoreBuckets: o.buckets,
        };
      },
    );
    done();
  };
}
