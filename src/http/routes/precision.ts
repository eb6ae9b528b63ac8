// GET /api/precision?from&to: per-rule precision: reviewed hits, confirmed ÷ reviewed, appeals upheld,
// over reviews finalized in [from, to) (default: the last 30 days).
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { rulePrecision } from '../../core/review/precision.ts';
import { precisionInputs } from '../../store/index.ts';
import type { AppContext } from '../context.ts';

const isoWithZone = z.iso.datetime({ offset: true });
const ruleSchema = z.object({
  rule: z.string(),
  reviewed: z.number(),
  confirmed: z.number(),
  rejected: z.number(),
  precision: z.number().nullable(),
  appeals: z.number(),
  appealsUpheld: z.number(),
  appealsRejected: z.number(),
  precisionAfterAppeals: z.number().nullable(),
  suggested: z.object({ reviewed: z.number(), confirmed: z.number(), precision: z.number().nullable() }),
  advice: z.enum(['collect-more', 'may-deduct', 'keep-suggesting', 'tune']).nullable(),
});

export function precisionRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/precision',
      {
        config: { action: 'precision.read' },
        schema: {
          tags: ['review'],
          summary:
            'Per-rule precision over reviews finalized in [from, to): confirmed ÷ reviewed, appeals upheld',
          querystring: z.object({ from: isoWithZone.optional(), to: isoWithZone.optional() }),
          response: { 200: z.object({ from: z.string(), to: z.string(), rules: z.array(ruleSchema) }) },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'precision.read');
        const to = req.query.to ? new Date(req.query.to) : ctx.now();
        const from = req.query.from ? new Date(req.query.from) : new Date(to.getTime() - 30 * 86_400_000);
        if (!(from < to)) throw new AppError('BAD_INPUT', '`from` must be before `to`');
        const input = await precisionInputs(ctx.store, from, to);
        return {
          from: from.toISOString(),
          to: to.toISOString(),
          rules: rulePrecision(input.judgements, input.appeals),
        };
      },
    );
    done();
  };
}
