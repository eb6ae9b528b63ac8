// Branch evaluation (网点考核, seed 004 工單服務考核評價機制):
//   GET /api/branch-evaluation?month=                 the month's league table (a branch user: their own row)
//   GET /api/branch-evaluation/export.xlsx?month=     the same table as an XLSX workbook
//   GET /api/branch-evaluation/:branchId?month=       one branch: its figures, the orders behind each, a 6-month trend
// Read with workOrders.read (the QA lead, the complaint desk, the expert seats, the admin; a back-office user only
// for their own branch — the query in src/service/branch-evaluation.ts applies the row scope).
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { EVALUATION_FIGURES, SCORE_WEIGHTS, scoreBand } from '../../core/service/branch-evaluation.ts';
import type { BranchScore } from '../../core/service/branch-evaluation.ts';
import { localDateText } from '../../core/time/index.ts';
import { branchDrillDown, branchLeagueTable, type MonthEvaluation } from '../../service/branch-evaluation.ts';
import { leagueTableXlsx } from '../../service/branch-evaluation-xlsx.ts';
import type { AppContext } from '../context.ts';

const monthQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
    .optional()
    .describe('YYYY-MM in the contact center’s zone; default: the current month'),
});
const rate = z.number().min(0).max(1).nullable();
const count = z.number().int().min(0);
const figureOrders = z.object(
  Object.fromEntries(EVALUATION_FIGURES.map((f) => [f, z.array(z.string())])) as Record<
    (typeof EVALUATION_FIGURES)[number],
    z.ZodArray<z.ZodString>
  >,
);
const rowSchema = z.object({
  branchId: z.string(),
  name: z.string(),
  rank: z.number().int().min(1).nullable().describe('1 = best; null for a branch without orders this month'),
  score: z.number().min(0).max(100).nullable(),
  band: z
    .enum(['good', 'fair', 'poor', 'none'])
    .describe('good ≥ 90, fair ≥ 75, else poor; none without orders'),
  volume: count,
  replyDecided: count,
  replyOnTime: count,
  onTimeReplyRate: rate,
  resolveDecided: count,
  resolveOnTime: count,
  onTimeResolveRate: rate,
  bounceBacks: count,
  redos: count,
  complaintOrders: count,
  recomplained: count,
  recomplaintRate: rate,
  rated: count,
  satisfiedCount: count,
  satisfactionRate: rate,
  orders: figureOrders.describe('ids of the orders behind each figure'),
});
const tableSchema = z.object({
  month: z.string(),
  from: z.string(),
  to: z.string(),
  recomplaintDays: z.number().int(),
  weights: z.object({
    onTimeReply: z.number(),
    onTimeResolve: z.number(),
    clean: z.number(),
    noRecomplaint: z.number(),
    satisfaction: z.number(),
  }),
  rows: z.array(rowSchema),
});
const drillOrderSchema = z.object({
  id: z.string(),
  title: z.string(),
  priority: z.string(),
  state: z.enum(['open', 'replied', 'resolved', 'bounced']),
  createdAt: z.string(),
  replyDueAt: z.string().nullable(),
  repliedAt: z.string().nullable(),
  resolveDueAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  replyLate: z.boolean(),
  resolveLate: z.boolean(),
  bounceBacks: count,
  redos: count,
  complaintId: z.string().nullable(),
  satisfied: z.boolean().nullable(),
  figures: z.array(z.enum(EVALUATION_FIGURES)),
});
const drillSchema = z.object({
  month: z.string(),
  recomplaintDays: z.number().int(),
  branch: z.object({ id: z.string(), name: z.string(), kind: z.enum(['branch', 'department']) }),
  row: rowSchema,
  orders: z.array(drillOrderSchema),
  trend: z.array(z.object({ month: z.string(), score: z.number().nullable(), volume: count })),
});

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;
const presentRow = (r: BranchScore): z.infer<typeof rowSchema> => ({ ...r, band: scoreBand(r.score) });
const presentTable = (e: MonthEvaluation): z.infer<typeof tableSchema> => ({
  month: e.month,
  from: e.from.toISOString(),
  to: e.to.toISOString(),
  recomplaintDays: e.recomplaintDays,
  weights: { ...SCORE_WEIGHTS },
  rows: e.rows.map(presentRow),
});

export function branchEvaluationRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  const ectx = () => ({ store: ctx.store, timeZone: ctx.settings.timeZone });
  const monthOf = (m: string | undefined) => m ?? localDateText(ctx.now(), ctx.settings.timeZone).slice(0, 7);

  return (app, _opts, done) => {
    app.get(
      '/branch-evaluation',
      {
        config: { action: 'workOrders.read' },
        schema: {
          tags: ['work-orders'],
          summary:
            'Monthly branch league table: on-time reply and resolution, bounce-backs, redos, re-complaints, satisfaction',
          querystring: monthQuery,
          response: { 200: tableSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'workOrders.read');
        return presentTable(await branchLeagueTable(ectx(), p, monthOf(req.query.month)));
      },
    );

    app.get(
      '/branch-evaluation/export.xlsx',
      {
        config: { action: 'workOrders.read' },
        schema: {
          tags: ['work-orders'],
          summary: 'The monthly branch league table as an XLSX workbook',
          querystring: monthQuery,
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'workOrders.read');
        const e = await branchLeagueTable(ectx(), p, monthOf(req.query.month));
        const name = `branch-evaluation-${e.month}.xlsx`;
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${name}"`)
          .send(await leagueTableXlsx(e));
      },
    );

    app.get(
      '/branch-evaluation/:branchId',
      {
        config: { action: 'workOrders.read' },
        schema: {
          tags: ['work-orders'],
          summary: 'One branch’s month: its figures, the orders behind each, and its score over six months',
          params: z.object({ branchId: z.string().min(1).max(200) }),
          querystring: monthQuery,
          response: { 200: drillSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'workOrders.read');
        const d = await branchDrillDown(ectx(), p, req.params.branchId, monthOf(req.query.month));
        return {
          month: d.evaluation.month,
          recomplaintDays: d.evaluation.recomplaintDays,
          branch: { id: d.branch.id, name: d.branch.name, kind: d.branch.kind },
          row: presentRow(d.row),
          orders: d.orders.map(({ order: o, figures, satisfied }) => ({
            id: o.id,
            title: o.title,
            priority: o.priority,
            state: o.state,
            createdAt: o.createdAt.toISOString(),
            replyDueAt: iso(o.replyDueAt),
            repliedAt: iso(o.repliedAt),
            resolveDueAt: iso(o.resolveDueAt),
            resolvedAt: iso(o.resolvedAt),
            replyLate: o.replyLate,
            resolveLate: o.resolveLate,
            bounceBacks: o.bounceBacks,
            redos: o.redos,
            complaintId: o.complaintId,
            satisfied,
            figures,
          })),
          trend: d.trend,
        };
      },
    );
    done();
  };
}
