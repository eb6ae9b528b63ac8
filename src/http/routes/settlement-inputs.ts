// The other deductions of seed 002 二: late callbacks (三, ¥50 each), report submissions (四, due by the 5th) and
// actual losses (二, passed through). Recorded by the client side; the vendor manager records their own reports.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { can } from '../../core/auth/policy.ts';
import { addMonths, reportDueDate } from '../../core/kpi/index.ts';
import { localDateText } from '../../core/time/index.ts';
import { MONTHLY_REPORT } from '../../settlement/inputs.ts';
import {
  assertVendorVisible,
  clearSettlementInput,
  recordActualLoss,
  recordLateCallback,
  recordReport,
  type InputContext,
} from '../../settlement/input-commands.ts';
import {
  findStatement,
  listActualLosses,
  listLateCallbacks,
  listReportSubmissions,
  resolveKpiPolicy,
} from '../../store/index.ts';
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
              monthlyReport: z.object({
                period: z.string(),
                name: z.string(),
                dueOn: z.string(),
                submittedOn: z.string().nullable(),
                /** The ¥50 late-report line a statement built today would carry. */
                late: z.boolean(),
                feeFen: z.number().int(),
              }),
              /**
               * The month's statement is approved: its inputs (and the report it judges) are read-only; corrections
               * are adjusting entries.
               */
              locked: z.boolean(),
              /** What the caller may do here (nothing once the month is locked). */
              permittedActions: z.array(z.enum(['record-input', 'clear-input', 'record-report'])),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'settlements.read');
        const { vendorId, month } = req.query;
        await assertVendorVisible(ctx.store, p, vendorId);
        const period = addMonths(month, -1);
        const [callbacks, losses, reports, statement, policy] = await Promise.all([
          listLateCallbacks(ctx.store, vendorId, month),
          listActualLosses(ctx.store, vendorId, month),
          listReportSubmissions(ctx.store, vendorId, period),
          findStatement(ctx.store, vendorId, month),
          resolveKpiPolicy(ctx.store, vendorId, month),
        ]);
        const dueOn = reportDueDate(period, policy.policy);
        const monthly = reports.find((r) => r.name === MONTHLY_REPORT);
        const today = localDateText(ctx.now(), ctx.settings.timeZone);
        const submittedOn = monthly?.submittedOn ?? null;
        return {
          monthlyReport: {
            period,
            name: MONTHLY_REPORT,
            dueOn,
            submittedOn,
            late: submittedOn === null ? today > dueOn : submittedOn > dueOn,
            feeFen: policy.policy.lateReport.feeFen,
          },
          locked: statement?.state === 'approved',
          permittedActions:
            statement?.state === 'approved'
              ? []
              : [
                  ...(can(p, 'settlement.inputs.write') ? (['record-input', 'clear-input'] as const) : []),
                  ...(can(p, 'settlement.reports.write') ? (['record-report'] as const) : []),
                ],
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

    const cleared = z.object({ cleared: z.literal(true) });
    app.delete(
      '/settlement-inputs/late-callbacks/:id',
      {
        config: { action: 'settlement.inputs.write' },
        schema: {
          tags: ['settlement'],
          summary: 'Clear a late callback recorded by mistake (its month must be open); audited',
          params: z.object({ id: z.string().min(1) }),
          response: { 200: cleared },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'settlement.inputs.write');
        await clearSettlementInput(cmd(), p, { kind: 'late-callback', id: req.params.id });
        return { cleared: true as const };
      },
    );

    app.delete(
      '/settlement-inputs/actual-losses/:id',
      {
        config: { action: 'settlement.inputs.write' },
        schema: {
          tags: ['settlement'],
          summary: 'Clear an actual loss recorded by mistake (its month must be open); audited',
          params: z.object({ id: z.string().min(1) }),
          response: { 200: cleared },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'settlement.inputs.write');
        await clearSettlementInput(cmd(), p, { kind: 'actual-loss', id: req.params.id });
        return { cleared: true as const };
      },
    );

    app.delete(
      '/settlement-inputs/reports',
      {
        config: { action: 'settlement.inputs.write' },
        schema: {
          tags: ['settlement'],
          summary:
            'Clear a report submission recorded with the wrong time (record it again with the right one); the month judging it must be open; audited',
          querystring: z.object({
            vendorId: z.string().min(1),
            period: monthSchema,
            name: z.string().trim().min(1).max(200).default(MONTHLY_REPORT),
          }),
          response: { 200: cleared },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'settlement.inputs.write');
        await clearSettlementInput(cmd(), p, { kind: 'report', ...req.query });
        return { cleared: true as const };
      },
    );
    done();
  };
}
