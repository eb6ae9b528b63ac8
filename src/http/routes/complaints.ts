// Complaints (issue 7, seed 002 (一) 扣罚事项-客户投诉): the client's complaint desk registers each complaint against
// an agent and decides whether the vendor is responsible (投诉成立) and how severe it is: minor (轻微有责), general
// (一般有责: the customer threatened external channels) or severe (严重有责: an external body is involved).
// Only decided-responsible complaints become deductions on the vendor's statement of the month received.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { assertMonthOpen } from '../../settlement/locks.ts';
import {
  appendAudit,
  getComplaint,
  insertComplaint,
  listAgentPlacements,
  listComplaints,
  updateComplaint,
  type ComplaintRow,
} from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import { daySchema, monthSchema, narrowScope, rowInScope } from './kpi-common.ts';

const severity = z.enum(['minor', 'general', 'severe']);
const decision = z.enum(['pending', 'responsible', 'not_responsible']);

function present(c: ComplaintRow) {
  return {
    id: c.id,
    receivedOn: c.receivedOn,
    agentId: c.agentId,
    teamId: c.teamId,
    vendorId: c.vendorId,
    severity: c.severity,
    decision: c.decision,
    /** null while pending. */
    responsible: c.decision === 'pending' ? null : c.decision === 'responsible',
    conversationId: c.conversationId,
    description: c.description,
    decisionNote: c.decisionNote,
    decidedBy: c.decidedByUserId,
    decidedAt: c.decidedAt?.toISOString() ?? null,
    createdBy: c.createdByUserId,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function complaintRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/complaints',
      {
        config: { action: 'complaints.read' },
        schema: {
          tags: ['complaints'],
          summary: 'Complaints in the caller’s scope, newest first',
          querystring: z.object({
            month: monthSchema.optional(),
            vendorId: z.string().optional(),
            teamId: z.string().optional(),
            agentId: z.string().optional(),
            decision: decision.optional(),
          }),
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'complaints.read');
        const rows = await listComplaints(ctx.store, {
          ...narrowScope(p, req.query),
          month: req.query.month,
          decision: req.query.decision,
        });
        return { items: rows.map(present) };
      },
    );

    app.get(
      '/complaints/:id',
      {
        config: { action: 'complaints.read' },
        schema: { tags: ['complaints'], summary: 'One complaint', params: z.object({ id: z.string() }) },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'complaints.read');
        const c = await getComplaint(ctx.store, req.params.id);
        if (!c || !rowInScope(p, c)) throw new AppError('NOT_FOUND', `Complaint ${req.params.id} not found`);
        return present(c);
      },
    );

    app.post(
      '/complaints',
      {
        config: { action: 'complaints.write' },
        schema: {
          tags: ['complaints'],
          summary: 'Register a complaint (optionally already decided)',
          body: z.object({
            receivedOn: daySchema,
            agentId: z.string().min(1),
            severity,
            decision: decision.default('pending'),
            conversationId: z.string().min(1).optional(),
            description: z.string().trim().min(1).max(4000),
            decisionNote: z.string().max(2000).optional(),
          }),
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'complaints.write');
        const b = req.body;
        const [agent] = await listAgentPlacements(ctx.store, { agentIds: [b.agentId] });
        if (!agent) throw new AppError('BAD_INPUT', `Unknown agent ${b.agentId}`, { field: 'agentId' });
        const now = ctx.now();
        const row = await ctx.store.db.transaction(async (tx) => {
          if (b.decision !== 'pending')
            await assertMonthOpen({ db: tx }, agent.vendorId, b.receivedOn.slice(0, 7));
          const created = await insertComplaint(
            { db: tx },
            {
              id: `cmp-${randomUUID()}`,
              receivedOn: b.receivedOn,
              agentId: agent.agentId,
              teamId: agent.teamId,
              vendorId: agent.vendorId,
              severity: b.severity,
              decision: b.decision,
              conversationId: b.conversationId ?? null,
              description: b.description,
              decisionNote: b.decisionNote ?? null,
              decidedByUserId: b.decision === 'pending' ? null : p.id,
              decidedAt: b.decision === 'pending' ? null : now,
              createdByUserId: p.id,
              createdAt: now,
              updatedAt: now,
            },
          );
          await appendAudit(
            { db: tx },
            {
              actorUserId: p.id,
              action: 'complaint.create',
              entity: 'complaint',
              entityId: created.id,
              after: created,
            },
          );
          return created;
        });
        void reply.code(201);
        return present(row);
      },
    );

    app.patch(
      '/complaints/:id',
      {
        config: { action: 'complaints.write' },
        schema: {
          tags: ['complaints'],
          summary:
            'Decide responsibility and severity, or correct the record; refused (423) once the month’s statement is approved',
          params: z.object({ id: z.string() }),
          body: z
            .object({
              severity: severity.optional(),
              decision: decision.optional(),
              decisionNote: z.string().max(2000).nullable().optional(),
              description: z.string().trim().min(1).max(4000).optional(),
              conversationId: z.string().min(1).nullable().optional(),
              receivedOn: daySchema.optional(),
            })
            .refine((b) => Object.keys(b).length > 0, 'nothing to change'),
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'complaints.write');
        const b = req.body;
        const row = await ctx.store.db.transaction(async (tx) => {
          const before = await getComplaint({ db: tx }, req.params.id);
          if (!before) throw new AppError('NOT_FOUND', `Complaint ${req.params.id} not found`);
          const moneyChanges =
            (b.decision !== undefined && b.decision !== before.decision) ||
            (b.severity !== undefined && b.severity !== before.severity) ||
            (b.receivedOn !== undefined && b.receivedOn !== before.receivedOn);
          if (moneyChanges) {
            await assertMonthOpen({ db: tx }, before.vendorId, before.receivedOn.slice(0, 7));
            if (b.receivedOn) await assertMonthOpen({ db: tx }, before.vendorId, b.receivedOn.slice(0, 7));
          }
          const decided = b.decision !== undefined && b.decision !== before.decision;
          const now = ctx.now();
          const after = await updateComplaint({ db: tx }, before.id, {
            ...(b.severity ? { severity: b.severity } : {}),
            ...(b.decision ? { decision: b.decision } : {}),
            ...(b.decisionNote !== undefined ? { decisionNote: b.decisionNote } : {}),
            ...(b.description ? { description: b.description } : {}),
            ...(b.conversationId !== undefined ? { conversationId: b.conversationId } : {}),
            ...(b.receivedOn ? { receivedOn: b.receivedOn } : {}),
            ...(decided
              ? {
                  decidedByUserId: b.decision === 'pending' ? null : p.id,
                  decidedAt: b.decision === 'pending' ? null : now,
                }
              : {}),
            updatedAt: now,
          });
          await appendAudit(
            { db: tx },
            {
              actorUserId: p.id,
              action: decided ? 'complaint.decide' : 'complaint.update',
              entity: 'complaint',
              entityId: before.id,
              before,
              after,
            },
          );
          return after;
        });
        return present(row);
      },
    );
    done();
  };
}
