// GET /api/complaints/rates: the complaint rate (per 10,000 calls) by month, cause, team and agent in the caller's
// scope (seed 004 客诉原因分析; the maths in src/core/service/complaint-rates.ts).
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { addMonths } from '../../core/kpi/index.ts';
import { complaintRates } from '../../core/service/complaint-rates.ts';
import { localDateText } from '../../core/time/index.ts';
import { complaintRateInputs } from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import { monthSchema, narrowScope } from './kpi-common.ts';

/** Months a rate query may span at most (three years). */
const MAX_MONTHS = 36;

export function complaintRateRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    const rateRow = z.object({
      key: z.string(),
      complaints: z.number().int(),
      calls: z.number().int(),
      per10k: z.number().nullable().describe('complaints per 10,000 calls; null without calls'),
    });
    app.get(
      '/complaints/rates',
      {
        config: { action: 'complaints.read' },
        schema: {
          tags: ['complaints'],
          summary:
            'Complaint rate (per 10,000 calls) by month, cause, team and agent over the months [from, to] in the caller’s scope',
          querystring: z.object({
            from: monthSchema.optional(),
            to: monthSchema.optional(),
            vendorId: z.string().optional(),
            teamId: z.string().optional(),
          }),
          response: {
            200: z.object({
              from: z.string(),
              to: z.string(),
              byMonth: z.array(rateRow),
              byCause: z.array(
                z.object({ causeId: z.string(), complaints: z.number().int(), share: z.number() }),
              ),
              byTeam: z.array(rateRow),
              byAgent: z.array(rateRow),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'complaints.read');
        const tz = ctx.settings.timeZone;
        const to = req.query.to ?? localDateText(ctx.now(), tz).slice(0, 7);
        const from = req.query.from ?? addMonths(to, -5);
        if (from > to) throw new AppError('BAD_INPUT', '`from` must not be after `to`');
        const months: string[] = [];
        for (let m = from; m <= to && months.length < MAX_MONTHS; m = addMonths(m, 1)) months.push(m);
        const input = await complaintRateInputs(ctx.store, {
          ...narrowScope(p, req.query),
          fromMonth: from,
          toMonth: months[months.length - 1]!,
          timeZone: tz,
        });
        const r = complaintRates(months, input.complaints, input.calls);
        return { from, to: months[months.length - 1]!, ...r, byAgent: r.byAgent.slice(0, 50) };
      },
    );

    done();
  };
}
