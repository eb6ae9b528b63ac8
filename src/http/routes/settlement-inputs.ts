// The other deductions of seed 002 二: late callbacks (三, ¥50 each), report submissions (四, due by the 5th) and
// actual losses (二, passed through). Recorded by the client side; the vendor manager records their own reports.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { addMonths } from '../../core/kpi/index.ts';
import {
  assertVendorVisible,
  recordActualLoss,
  recordLateCallback,
  recordReport,
  type InputContext,
} from '../../settlement/input-commands.ts';
import { listActualLosses, listLateCallbacks, listReportSubmissions } from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import { daySchema, monthSchema } from './kpi-common.ts';

const lateCallbackSchema = z.object({
  id: z.string(),
  vendorId: z.string(),
  date: z.string(),
  agentId: z.string().nullable(),
  kind: z.enum(['complaint', 'voicemail']),
  complaintId: z.string().nullable(),
  note: z.string().nullable(),
  createdByUserId: z.string().nullable(),
  createdAt: z.string(),
  callbackTaskId: z.string().nullable().describe('the callback task (GET /api/callbacks) this line charges'),
  origin: z
    .enum(['automatic', 'manual'])
    .describe('automatic: written by the callback scan; manual: entered as a correction'),
});
const actualLossSchema = z.object({
  id: z.string(),
  vendorId: z.string(),
  month: z.string(),
  occurredOn: z.string().nullable(),
  agentId: z.string().nullable(),
  description: z.string(),
  amountFen: z.number().int(),
  createdByUserId: z.string().nullable(),
  createdAt: z.string(),
});
const reportSchema = z.object({
  vendorId: z.string(),
  period: z.string(),
  name: z.string(),
  submittedAt: z.string(),
  submittedOn: z.string(),
  recordedByUserId: z.string().nullable(),
});

export function settlementInputRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  const cmd = (): InputContext => ({ store: ctx.store, now: ctx.now(), timeZone: ctx.settings.timeZone });

  return (app, _opts, done) => {
    app.get(
      '/settlement-inputs',
      {
        config: { action: 'settlements.read' },
        schema: {
          tags: ['settlement'],
          summary:
            'A vendor’s late callbacks and actual losses of a month, and the report due in it (period M−1)',
          querystring: z.object({ vendorId: z.string().min(1), month: monthSchema }),
          response: {
            200: z.object({
              lateCallbacks: z.array(lateCallbackSchema),
              actualLosses: z.array(actualLossSchema),
              reports: z.array(reportSchema),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'settlements.read');
        const { vendorId, month } = req.query;
        await assertVendorVisible(ctx.store, p, vendorId);
        const [callbacks, losses, reports] = await Promise.all([
          listLateCallbacks(ctx.store, vendorId, month),
          listActualLosses(ctx.store, vendorId, month),
          listReportSubmissions(ctx.store, vendorId, addMonths(month, -1)),
        ]);
        return {
          lateCallbacks: callbacks.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
          actualLosses: losses.map((l) => ({ ...l, createdAt: l.createdAt.toISOString() })),
          reports: reports.map((r) => ({ ...r, submittedAt: r.submittedAt.toISOString() })),
        };
      },
    );

    app.post(
      '/settlement-inputs/late-callbacks',
      {
        config: { action: 'settlement.inputs.write' },
        schema: {
          tags: ['settlement'],
          summary:
            'Record a late callback (¥50) by hand, as a correction: the callback scan charges late tasks by itself',
          body: z.object({
            vendorId: z.string().min(1),
            date: daySchema,
            kind: z.enum(['complaint', 'voicemail']),
            agentId: z.string().min(1).optional(),
            complaintId: z.string().min(1).optional(),
            callbackTaskId: z
              .string()
              .min(1)
              .optional()
              .describe(
                'the callback task the line charges; refused (409) when it or its complaint is charged',
              ),
            note: z.string().max(2000).optional(),
          }),
          response: { 201: lateCallbackSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'settlement.inputs.write');
        const row = await recordLateCallback(cmd(), p, req.body);
        void reply.code(201);
        return { ...row, createdAt: row.createdAt.toISOString() };
      },
    );

    app.post(
      '/settlement-inputs/actual-losses',
      {
        config: { action: 'settlement.inputs.write' },
        schema: {
          tags: ['settlement'],
          summary: 'Record an actual loss (seed 002 (二)) to deduct on the vendor’s statement of `month`',
          body: z.object({
            vendorId: z.string().min(1),
            month: monthSchema,
            occurredOn: daySchema.optional(),
            agentId: z.string().min(1).optional(),
            description: z.string().trim().min(1).max(2000),
            amountFen: z.number().int('must be whole fen').positive().max(1e13),
          }),
          response: { 201: actualLossSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'settlement.inputs.write');
        const row = await recordActualLoss(cmd(), p, req.body);
        void reply.code(201);
        return { ...row, createdAt: row.createdAt.toISOString() };
      },
    );

    app.post(
      '/settlement-inputs/reports',
      {
        config: { action: 'settlement.reports.write' },
        schema: {
          tags: ['settlement'],
          summary:
            'Record that the vendor’s report for `period` was completed (due by the 5th of the next month); the vendor manager records now, the client side may give the time',
          body: z.object({
            vendorId: z.string().min(1),
            period: monthSchema,
            name: z.string().trim().min(1).max(200).default('月度报表'),
            submittedAt: z.iso.datetime({ offset: true }).optional(),
          }),
          response: {
            200: reportSchema.extend({ created: z.boolean() }),
            201: reportSchema.extend({ created: z.boolean() }),
          },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'settlement.reports.write');
        const result = await recordReport(cmd(), p, req.body);
        void reply.code(result.created ? 201 : 200);
        return { ...result.row, submittedAt: result.row.submittedAt.toISOString(), created: result.created };
      },
    );
    done();
  };
}
