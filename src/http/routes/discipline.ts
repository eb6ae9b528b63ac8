// The discipline ledger (docs/product.md, seed 000 一 差错处理): record a record-keeping error (reporter = caller), review it
// (审核, by someone other than the reporter), see each agent's ladder stage and whether they may take calls, and
// confirm a stage-2 agent's return (supervisor AND client). The stage-2 ¥100 fine reaches the statement through
// src/settlement/inputs.ts.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import {
  confirmReturn,
  disciplineLedgers,
  recordIncident,
  reviewIncident,
  type DisciplineContext,
} from '../../discipline/commands.ts';
import type { AgentLedger } from '../../discipline/ledger.ts';
import type { DisciplineIncidentRow } from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import { daySchema } from './kpi-common.ts';

const incidentSchema = z.object({
  id: z.string(),
  agentId: z.string(),
  teamId: z.string(),
  vendorId: z.string(),
  occurredOn: z.string(),
  description: z.string(),
  conversationId: z.string().nullable(),
  reporter: z.string(),
  review: z.enum(['pending', 'confirmed', 'rejected']),
  reviewer: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
  createdAt: z.string(),
});

const confirmer = z.enum(['supervisor', 'client']);
const stageSchema = z.discriminatedUnion('kind', [
  z.object({
    stage: z.literal(0),
    kind: z.literal('clear'),
    count: z.literal(0),
    incidentIds: z.array(z.string()),
  }),
  z.object({
    stage: z.literal(1),
    kind: z.literal('demerit-and-interview'),
    count: z.number(),
    incidentIds: z.array(z.string()),
  }),
  z.object({
    stage: z.literal(2),
    kind: z.literal('offline-training-and-fine'),
    count: z.number(),
    incidentIds: z.array(z.string()),
    triggeredBy: z.string(),
  }),
  z.object({
    stage: z.literal(3),
    kind: z.literal('dismissal-recommended'),
    count: z.number(),
    incidentIds: z.array(z.string()),
  }),
]);
const ledgerSchema = z.object({
  agentId: z.string(),
  agentName: z.string(),
  stage: stageSchema,
  online: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('online') }),
    z.object({ kind: z.literal('offline-training'), awaiting: z.array(confirmer) }),
    z.object({ kind: z.literal('dismissal-recommended') }),
  ]),
  finedIncidentIds: z.array(z.string()),
  incidents: z.array(incidentSchema),
  confirmations: z.array(
    z.object({
      incidentId: z.string(),
      role: confirmer,
      by: z.string(),
      at: z.string(),
      note: z.string().nullable(),
    }),
  ),
});

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
  const cmd = (): DisciplineContext => ({
    store: ctx.store,
    now: ctx.now(),
    timeZone: ctx.settings.timeZone,
  });

  return (app, _opts, done) => {
    app.get(
      '/discipline',
      {
        config: { action: 'discipline.read' },
        schema: {
          tags: ['discipline'],
          summary: 'The ledger: every agent with incidents, their ladder stage and online status',
          response: { 200: z.object({ asOf: z.string(), agents: z.array(ledgerSchema) }) },
          querystring: z.object({
            vendorId: z.string().optional(),
            teamId: z.string().optional(),
            agentId: z.string().optional(),
          }),
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'discipline.read');
        const { asOf, agents } = await disciplineLedgers(cmd(), p, req.query);
        return { asOf, agents: agents.map((a) => presentLedger(a.ledger, a.name)) };
      },
    );

    app.post(
      '/discipline/incidents',
      {
        config: { action: 'discipline.write' },
        schema: {
          tags: ['discipline'],
          summary: 'Record a record-keeping error (信息记录不准确); it counts once a reviewer confirms it',
          response: { 201: incidentSchema },
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
        const row = await recordIncident(cmd(), p, req.body);
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
          response: { 200: z.object({ incident: incidentSchema, warnings: z.array(z.string()) }) },
          params: z.object({ id: z.string() }),
          body: z.object({
            decision: z.enum(['confirmed', 'rejected']),
            note: z.string().max(2000).optional(),
          }),
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'discipline.review');
        const r = await reviewIncident(cmd(), p, req.params.id, req.body);
        return { incident: presentIncident(r.incident), warnings: r.warnings };
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
          response: { 200: ledgerSchema },
          params: z.object({ id: z.string() }),
          body: z.object({ note: z.string().max(2000).optional() }).nullish(),
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'discipline.confirm');
        const r = await confirmReturn(cmd(), p, req.params.id, req.body?.note);
        return presentLedger(r.ledger, r.name);
      },
    );
    done();
  };
}
