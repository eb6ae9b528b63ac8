// The other deductions of seed 002 二: late callbacks (三, ¥50 each), report submissions (四, due by the 5th) and
// actual losses (二, passed through). Recorded by the client side; the vendor manager records their own reports.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import type { Principal } from '../../core/auth/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { addMonths, localDateOf } from '../../core/kpi/index.ts';
import { assertMonthOpen } from '../../settlement/locks.ts';
import {
  appendAudit,
  insertActualLoss,
  insertLateCallback,
  listActualLosses,
  listLateCallbacks,
  listReportSubmissions,
  listVendors,
  recordReportSubmission,
} from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import { daySchema, monthSchema, narrowScope } from './kpi-common.ts';

export function settlementInputRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  const vendorVisible = async (p: Principal, vendorId: string) => {
    const scoped = narrowScope(p, { vendorId }).vendorIds;
    const exists = (await listVendors(ctx.store)).some((v) => v.id === vendorId);
    if (!exists || (scoped !== undefined && !scoped.includes(vendorId)))
      throw new AppError('NOT_FOUND', `Vendor ${vendorId} not found`);
  };

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
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'settlements.read');
        const { vendorId, month } = req.query;
        await vendorVisible(p, vendorId);
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
            'Record a late callback (¥50): a complaint not called back next day, or a voicemail not returned',
          body: z.object({
            vendorId: z.string().min(1),
            date: daySchema,
            kind: z.enum(['complaint', 'voicemail']),
            agentId: z.string().min(1).optional(),
            complaintId: z.string().min(1).optional(),
            note: z.string().max(2000).optional(),
          }),
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'settlement.inputs.write');
        const b = req.body;
        await vendorVisible(p, b.vendorId);
        const row = await ctx.store.db.transaction(async (tx) => {
          await assertMonthOpen({ db: tx }, b.vendorId, b.date.slice(0, 7));
          const created = await insertLateCallback(
            { db: tx },
            {
              id: `lcb-${randomUUID()}`,
              vendorId: b.vendorId,
              date: b.date,
              kind: b.kind,
              agentId: b.agentId ?? null,
              complaintId: b.complaintId ?? null,
              note: b.note ?? null,
              createdByUserId: p.id,
              createdAt: ctx.now(),
            },
          );
          await appendAudit(
            { db: tx },
            {
              actorUserId: p.id,
              action: 'late_callback.create',
              entity: 'late_callback',
              entityId: created.id,
              after: created,
            },
          );
          return created;
        });
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
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'settlement.inputs.write');
        const b = req.body;
        await vendorVisible(p, b.vendorId);
        const row = await ctx.store.db.transaction(async (tx) => {
          await assertMonthOpen({ db: tx }, b.vendorId, b.month);
          const created = await insertActualLoss(
            { db: tx },
            {
              id: `los-${randomUUID()}`,
              vendorId: b.vendorId,
              month: b.month,
              occurredOn: b.occurredOn ?? null,
              agentId: b.agentId ?? null,
              description: b.description,
              amountFen: b.amountFen,
              createdByUserId: p.id,
              createdAt: ctx.now(),
            },
          );
          await appendAudit(
            { db: tx },
            {
              actorUserId: p.id,
              action: 'actual_loss.create',
              entity: 'actual_loss',
              entityId: created.id,
              after: created,
            },
          );
          return created;
        });
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
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'settlement.reports.write');
        const b = req.body;
        await vendorVisible(p, b.vendorId);
        // A vendor may not backdate its own report.
        const at = b.submittedAt && p.role !== 'vendor_manager' ? new Date(b.submittedAt) : ctx.now();
        const tz = ctx.settings.timeZone;
        const submittedOn = localDateOf(at.toISOString(), tz) ?? at.toISOString().slice(0, 10);
        const result = await ctx.store.db.transaction(async (tx) => {
          await assertMonthOpen({ db: tx }, b.vendorId, addMonths(b.period, 1));
          const r = await recordReportSubmission(
            { db: tx },
            {
              vendorId: b.vendorId,
              period: b.period,
              name: b.name,
              submittedAt: at,
              submittedOn,
              recordedByUserId: p.id,
            },
          );
          if (r.created)
            await appendAudit(
              { db: tx },
              {
                actorUserId: p.id,
                action: 'report_submission.create',
                entity: 'report_submission',
                entityId: `${b.vendorId}:${b.period}:${b.name}`,
                after: r.row,
              },
            );
          return r;
        });
        void reply.code(result.created ? 201 : 200);
        return { ...result.row, submittedAt: result.row.submittedAt.toISOString(), created: result.created };
      },
    );
    done();
  };
}
