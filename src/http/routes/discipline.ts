// The discipline ledger (issue 7, seed 000 一 差错处理): record a record-keeping error (reporter = caller), review it
// (审核, by someone other than the reporter), see each agent's ladder stage and whether they may take calls, and
// confirm a stage-2 agent's return (supervisor AND client). The stage-2 ¥100 fine reaches the statement through
// src/settlement/inputs.ts.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import type { Principal } from '../../core/auth/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { localDateOf } from '../../core/kpi/index.ts';
import { confirmerOf, ledgerOf, type AgentLedger } from '../../discipline/ledger.ts';
import {
  appendAudit,
  findStatement,
  getIncident,
  insertConfirmation,
  insertIncident,
  listAgentPlacements,
  listConfirmations,
  listIncidents,
  resolveKpiPolicy,
  updateIncident,
  type DisciplineIncidentRow,
} from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import { daySchema, narrowScope, rowInScope } from './kpi-common.ts';

const presentIncident = (i: DisciplineIncidentRow) => ({
  id: i.id,
  agentId: i.agentId,
  teamId: i.teamId,
  vendorId: i.vendorId,
  occurredOn: i.occurredOn,
  description: i.description,
  conversationId: i.conversationId,
  reporter: i.reporterUserId,
  review: i.review,
  reviewer: i.reviewerUserId,
  reviewedAt: i.reviewedAt?.toISOString() ?? null,
  reviewNote: i.reviewNote,
  createdAt: i.createdAt.toISOString(),
});

const presentLedger = (l: AgentLedger, name: string) => ({
  agentId: l.agentId,
  agentName: name,
  stage: l.stage,
  online: l.online,
  finedIncidentIds: l.finedIncidentIds,
  incidents: l.incidents.map(presentIncident),
  confirmations: l.confirmations.map((c) => ({
    incidentId: c.incidentId,
    role: c.role,
    by: c.byUserId,
    at: c.at.toISOString(),
    note: c.note,
  })),
});

export function disciplineRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  const today = () => localDateOf(ctx.now().toISOString(), ctx.settings.timeZone) ?? '';

  async function ledgers(p: Principal, wanted: { agentId?: string; teamId?: string; vendorId?: string }) {
    const scope = narrowScope(p, wanted);
    const [placements, incidents] = await Promise.all([
      listAgentPlacements(ctx.store, scope),
      listIncidents(ctx.store, scope),
    ]);
    const confirmations = await listConfirmations(
      ctx.store,
      incidents.map((i) => i.id),
    );
    const asOf = today();
    const names = new Map(placements.map((a) => [a.agentId, a]));
    const out = [];
    for (const agentId of [...new Set(incidents.map((i) => i.agentId))]) {
      const vendorId = names.get(agentId)?.vendorId ?? incidents.find((i) => i.agentId === agentId)!.vendorId;
      const { disciplineWindow } = await resolveKpiPolicy(ctx.store, vendorId, asOf.slice(0, 7));
      const l = ledgerOf(agentId, incidents, confirmations, disciplineWindow, asOf);
      out.push(presentLedger(l, names.get(agentId)?.name ?? agentId));
    }
    return { asOf, agents: out };
  }

  async function loadIncident(p: Principal, id: string) {
    const i = await getIncident(ctx.store, id);
    if (!i || !rowInScope(p, i)) throw new AppError('NOT_FOUND', `Incident ${id} not found`);
    return i;
  }

  return (app, _opts, done) => {
    app.get(
      '/discipline',
      {
        config: { action: 'discipline.read' },
        schema: {
          tags: ['discipline'],
          summary: 'The ledger: every agent with incidents, their ladder stage and online status',
          querystring: z.object({
            vendorId: z.string().optional(),
            teamId: z.string().optional(),
            agentId: z.string().optional(),
          }),
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'discipline.read');
        return ledgers(p, req.query);
      },
    );

    app.post(
      '/discipline/incidents',
      {
        config: { action: 'discipline.write' },
        schema: {
          tags: ['discipline'],
          summary: 'Record a record-keeping error (信息记录不准确); it counts once a reviewer confirms it',
          body: z.object({
            agentId: z.string().min(1),
            occurredOn: daySchema,
            description: z.string().trim().min(1).max(4000),
            conversationId: z.string().min(1).optional(),
          }),
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'discipline.write');
        const b = req.body;
        const [agent] = await listAgentPlacements(ctx.store, narrowScope(p, { agentId: b.agentId }));
        if (!agent) throw new AppError('NOT_FOUND', `Agent ${b.agentId} not found`);
        if (b.occurredOn > today()) throw new AppError('BAD_INPUT', 'occurredOn is in the future');
        const row = await ctx.store.db.transaction(async (tx) => {
          const created = await insertIncident(
            { db: tx },
            {
              id: `dis-${randomUUID()}`,
              agentId: agent.agentId,
              teamId: agent.teamId,
              vendorId: agent.vendorId,
              occurredOn: b.occurredOn,
              description: b.description,
              conversationId: b.conversationId ?? null,
              reporterUserId: p.id,
              review: 'pending',
              createdAt: ctx.now(),
            },
          );
          await appendAudit(
            { db: tx },
            {
              actorUserId: p.id,
              action: 'discipline.record',
              entity: 'discipline_incident',
              entityId: created.id,
              after: created,
            },
          );
          return created;
        });
        void reply.code(201);
        return presentIncident(row);
      },
    );

    app.post(
      '/discipline/incidents/:id/review',
      {
        config: { action: 'discipline.review' },
        schema: {
          tags: ['discipline'],
          summary:
            'Confirm or reject a pending incident (审核); the reporter may not review their own report',
          params: z.object({ id: z.string() }),
          body: z.object({
            decision: z.enum(['confirmed', 'rejected']),
            note: z.string().max(2000).optional(),
          }),
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'discipline.review');
        const before = await loadIncident(p, req.params.id);
        if (before.reporterUserId === p.id)
          throw new AppError('CONFLICT', 'The reporter of an incident may not review it');
        const row = await ctx.store.db.transaction(async (tx) => {
          const current = await getIncident({ db: tx }, before.id);
          if (current?.review !== 'pending')
            throw new AppError('CONFLICT', `Incident ${before.id} is already ${current?.review}`);
          const after = await updateIncident({ db: tx }, before.id, {
            review: req.body.decision,
            reviewerUserId: p.id,
            reviewedAt: ctx.now(),
            reviewNote: req.body.note ?? null,
          });
          await appendAudit(
            { db: tx },
            {
              actorUserId: p.id,
              action: 'discipline.review',
              entity: 'discipline_incident',
              entityId: before.id,
              before: current,
              after,
            },
          );
          return after;
        });
        const statement = await findStatement(ctx.store, row.vendorId, row.occurredOn.slice(0, 7));
        return {
          incident: presentIncident(row),
          warnings:
            statement?.state === 'approved' && row.review === 'confirmed'
              ? [
                  `The ${statement.month} statement is already approved: a fine from this incident needs an adjusting entry on ${statement.id}`,
                ]
              : [],
        };
      },
    );

    app.post(
      '/discipline/incidents/:id/confirm-return',
      {
        config: { action: 'discipline.confirm' },
        schema: {
          tags: ['discipline'],
          summary:
            'Confirm that a stage-2 agent may go back online; the agent returns once the supervisor and the client have both confirmed',
          params: z.object({ id: z.string() }),
          body: z.object({ note: z.string().max(2000).optional() }).nullish(),
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'discipline.confirm');
        const role = confirmerOf(p);
        if (role === null) throw new AppError('FORBIDDEN', `Role ${p.role} does not confirm returns`);
        const incident = await loadIncident(p, req.params.id);
        const current = await ledgers(p, { agentId: incident.agentId });
        const ledger = current.agents[0];
        if (ledger?.stage.stage !== 2 || ledger.stage.triggeredBy !== incident.id)
          throw new AppError(
            'CONFLICT',
            `Incident ${incident.id} is not the one that put agent ${incident.agentId} in offline training`,
          );
        await ctx.store.db.transaction(async (tx) => {
          const added = await insertConfirmation(
            { db: tx },
            { incidentId: incident.id, role, byUserId: p.id, at: ctx.now(), note: req.body?.note ?? null },
          );
          if (!added) throw new AppError('CONFLICT', `The ${role} has already confirmed this return`);
          await appendAudit(
            { db: tx },
            {
              actorUserId: p.id,
              action: 'discipline.confirm_return',
              entity: 'discipline_incident',
              entityId: incident.id,
              after: { role, note: req.body?.note ?? null },
            },
          );
        });
        const after = await ledgers(p, { agentId: incident.agentId });
        return after.agents[0]!;
      },
    );
    done();
  };
}
