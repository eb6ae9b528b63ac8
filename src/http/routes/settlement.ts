// Monthly settlement statements per vendor (docs/product.md, seed 002 二): build a draft from the stored inputs, confirm
// (vendor manager), approve (client side: admin or complaint desk), reopen, adjust approved (locked) statements,
// export to XLSX and print. Every change is audited in its transaction (src/settlement/commands.ts).
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { seesPersonalNumbers, type Principal } from '../../core/auth/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { formatFen, verifyStatement } from '../../core/kpi/index.ts';
import { maskDeep } from '../../core/privacy/mask.ts';
import {
  acknowledgeStatementInputs,
  adjustStatement,
  draftStatement,
  moveStatement,
  statementRole,
  type CommandContext,
  type TransitionRequest,
} from '../../settlement/commands.ts';
import { statementXlsx } from '../../settlement/export-xlsx.ts';
import { statementView } from '../../settlement/present.ts';
import { acknowledgedBy, statementSafety, type StatementSafety } from '../../settlement/safety.ts';
import { can } from '../../core/auth/policy.ts';
import { statementHtml } from '../../settlement/print-html.ts';
import { getStatement, listStatements, listVendors, type SettlementStatementRow } from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import { declared } from '../declared.ts';
import { fenSchema, monthSchema, narrowScope } from './kpi-common.ts';
import {
  statementDetailSchema,
  statementStateSchema,
  type StatementActionName,
} from './settlement-schemas.ts';

const idParams = z.object({ id: z.string().min(1) });
const statementSummarySchema = z.object({
  id: z.string(),
  vendorId: z.string(),
  vendorName: z.string(),
  month: z.string(),
  state: statementStateSchema,
  policyVersion: z.string(),
  netFen: z.number().int(),
  builtAt: z.string(),
  confirmedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
});
const adjustmentSchema = z.object({
  id: z.string(),
  statementId: z.string(),
  corrects: z.string(),
  description: z.string(),
  amountFen: z.number().int(),
  createdAt: z.string(),
});

/** What the caller may do with the statement now: the UI shows these buttons and no others. */
function permittedActions(
  p: Principal,
  row: SettlementStatementRow,
  safety: StatementSafety,
): StatementActionName[] {
  const side = statementRole(p);
  const acked = side !== null && acknowledgedBy(safety, side);
  const out: StatementActionName[] = [];
  if (row.state === 'draft' && can(p, 'settlements.build')) out.push('rebuild');
  const mover =
    (row.state === 'draft' && can(p, 'settlements.confirm')) ||
    (row.state === 'confirmed' && can(p, 'settlements.approve'));
  if (mover && safety.attentionNeeded && !acked && can(p, 'settlements.acknowledge')) out.push('acknowledge');
  if (row.state === 'draft' && can(p, 'settlements.confirm') && acked) out.push('confirm');
  if (row.state === 'confirmed' && can(p, 'settlements.approve') && acked) out.push('approve');
  if (row.state === 'confirmed' && can(p, 'settlements.reopen')) out.push('reopen');
  if (row.state === 'approved' && can(p, 'settlements.adjust')) out.push('adjust');
  return out;
}

export function settlementRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  const cmd = (): CommandContext => ({ store: ctx.store, now: ctx.now(), timeZone: ctx.settings.timeZone });

  /** A vendor manager sees only their vendor's statements; others with the action see all (404 otherwise). */
  const visible = (p: Principal, vendorId: string) => {
    const v = narrowScope(p, { vendorId }).vendorIds;
    return v === undefined || v.includes(vendorId);
  };
  // Downloads skip the JSON masking hook (src/http/mask-response.ts), so the statement is masked here for roles
  // that do not see personal numbers: adjustment and line descriptions are typed text and may quote a caller.
  const documentView = async (p: Principal, row: SettlementStatementRow) => {
    const view = await statementView(ctx.store, row);
    return seesPersonalNumbers(p.role) ? view : (maskDeep(view) as typeof view);
  };
  const load = async (p: Principal, id: string): Promise<SettlementStatementRow> => {
    const row = await getStatement(ctx.store, id);
    if (!row || !visible(p, row.vendorId)) throw new AppError('NOT_FOUND', `Statement ${id} not found`);
    return row;
  };
  const present = async (p: Principal, row: SettlementStatementRow) => {
    const v = await statementView(ctx.store, row);
    const adjustedFen = v.adjustments.reduce((s, a) => s + a.amountFen, 0);
    const safety = await statementSafety(ctx.store, row, ctx.now(), ctx.settings.timeZone);
    return declared(statementDetailSchema, {
      ...v,
      safety,
      permittedActions: permittedActions(p, row, safety),
      net: formatFen(row.netFen),
      netFen: row.netFen,
      adjustmentsFen: adjustedFen,
      problems: verifyStatement(row.body),
      adjustments: v.adjustments.map((a) => ({
        id: a.id,
        corrects: a.corrects,
        description: a.description,
        amountFen: a.amountFen,
        settledInStatementId: a.settledInStatementId,
        createdBy: a.createdByUserId,
        createdAt: a.createdAt.toISOString(),
      })),
    });
  };

  return (app, _opts, done) => {
    app.get(
      '/settlements',
      {
        config: { action: 'settlements.read' },
        schema: {
          tags: ['settlement'],
          summary: 'Statements (without lines), newest month first, in the caller’s scope',
          querystring: z.object({ vendorId: z.string().optional(), month: monthSchema.optional() }),
          response: { 200: z.object({ items: z.array(statementSummarySchema) }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'settlements.read');
        const rows = await listStatements(ctx.store, {
          vendorIds: narrowScope(p, { vendorId: req.query.vendorId }).vendorIds,
          month: req.query.month,
        });
        const vendors = new Map((await listVendors(ctx.store)).map((v) => [v.id, v.name]));
        return {
          items: rows.map((r) => ({
            id: r.id,
            vendorId: r.vendorId,
            vendorName: vendors.get(r.vendorId) ?? r.vendorId,
            month: r.month,
            state: r.state,
            policyVersion: r.policyVersion,
            netFen: r.netFen,
            builtAt: r.builtAt.toISOString(),
            confirmedAt: r.confirmedAt?.toISOString() ?? null,
            approvedAt: r.approvedAt?.toISOString() ?? null,
          })),
        };
      },
    );

    app.post(
      '/settlements',
      {
        config: { action: 'settlements.build' },
        schema: {
          tags: ['settlement'],
          summary:
            'Build the vendor’s statement of a month from the stored inputs (new draft, or the draft rebuilt); confirmed → 409, approved → 423',
          body: z.object({ vendorId: z.string().min(1), month: monthSchema }),
          response: { 200: statementDetailSchema, 201: statementDetailSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'settlements.build');
        const { vendorId, month } = req.body;
        const vendor = (await listVendors(ctx.store)).find((v) => v.id === vendorId);
        if (!vendor || !visible(p, vendorId)) throw new AppError('NOT_FOUND', `Vendor ${vendorId} not found`);
        const { row, created } = await draftStatement(cmd(), p, vendorId, month);
        void reply.code(created ? 201 : 200);
        return present(p, row);
      },
    );

    app.get(
      '/settlements/:id',
      {
        config: { action: 'settlements.read' },
        schema: {
          tags: ['settlement'],
          summary:
            'One statement: KPI per agent, every line, totals by kind, net, states and adjusting entries',
          params: idParams,
          response: { 200: statementDetailSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'settlements.read');
        return present(p, await load(p, req.params.id));
      },
    );

    const transitions = [
      ['confirm', 'settlements.confirm', 'The vendor manager confirms the draft'],
      [
        'approve',
        'settlements.approve',
        'The client approves the confirmed statement; it is locked from then on',
      ],
      ['reopen', 'settlements.reopen', 'Send a confirmed statement back to draft (needs a reason)'],
    ] as const;
    for (const [type, action, summary] of transitions) {
      app.post(
        `/settlements/:id/${type}`,
        {
          config: { action },
          schema: {
            tags: ['settlement'],
            summary,
            params: idParams,
            body: z.object({ reason: z.string().max(2000).optional() }).nullish(),
            response: { 200: statementDetailSchema },
          },
        },
        async (req) => {
          const p = await requireAction(ctx, req, action);
          const row = await load(p, req.params.id);
          const request: TransitionRequest =
            type === 'reopen' ? { type, reason: req.body?.reason ?? '' } : { type };
          return present(p, await moveStatement(cmd(), p, row.id, request));
        },
      );
    }

    app.post(
      '/settlements/:id/acknowledge-inputs',
      {
        config: { action: 'settlements.acknowledge' },
        schema: {
          tags: ['settlement'],
          summary:
            'Acknowledge that the statement’s inputs changed since it was built (or that KPI data is missing) and move it on as built; names the would-be statement’s fingerprint; audited',
          params: idParams,
          body: z.object({
            fingerprint: z.string().min(1).max(100),
            note: z.string().trim().min(1).max(2000),
          }),
          response: {
            200: z.object({
              id: z.string(),
              state: statementStateSchema,
              side: z.enum(['vendor-manager', 'client']),
              fingerprint: z.string(),
              at: z.string(),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'settlements.acknowledge');
        const row = await load(p, req.params.id);
        const updated = await acknowledgeStatementInputs(cmd(), p, row.id, req.body);
        const side = statementRole(p)!;
        const ack = updated.inputsAck?.[side];
        return {
          id: updated.id,
          state: updated.state,
          side,
          fingerprint: ack?.fingerprint ?? req.body.fingerprint,
          at: ack?.at ?? ctx.now().toISOString(),
        };
      },
    );

    app.post(
      '/settlements/:id/adjustments',
      {
        config: { action: 'settlements.adjust' },
        schema: {
          tags: ['settlement'],
          summary:
            'Record an adjusting entry on an approved (locked) statement; it is paid on the vendor’s next statement',
          params: idParams,
          body: z.object({
            amountFen: fenSchema.refine((n) => n !== 0, 'must not be zero'),
            description: z.string().trim().min(1).max(1000),
            corrects: z.string().trim().max(200).optional(),
          }),
          response: { 201: adjustmentSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'settlements.adjust');
        const row = await load(p, req.params.id);
        const adj = await adjustStatement(cmd(), p, row.id, req.body);
        void reply.code(201);
        return {
          id: adj.id,
          statementId: adj.statementId,
          corrects: adj.corrects,
          description: adj.description,
          amountFen: adj.amountFen,
          createdAt: adj.createdAt.toISOString(),
        };
      },
    );

    app.get(
      '/settlements/:id/export.xlsx',
      {
        config: { action: 'settlements.read' },
        schema: { tags: ['settlement'], summary: 'The statement as an XLSX workbook', params: idParams },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'settlements.read');
        const row = await load(p, req.params.id);
        const bytes = await statementXlsx(await documentView(p, row), ctx.settings.timeZone);
        const name = `settlement-${row.vendorId}-${row.month}.xlsx`;
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
          )
          .send(bytes);
      },
    );

    app.get(
      '/settlements/:id/print',
      {
        config: { action: 'settlements.read' },
        schema: { tags: ['settlement'], summary: 'The statement as a printable HTML page', params: idParams },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'settlements.read');
        const row = await load(p, req.params.id);
        const html = statementHtml(await documentView(p, row), ctx.settings.timeZone);
        return reply
          .type('text/html; charset=utf-8')
          .header(
            'content-security-policy',
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
          )
          .send(html);
      },
    );
    done();
  };
}
