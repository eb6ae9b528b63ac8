// Agents (坐席): GET /api/agents keeps the shape the web UI reads (id, name, teamId, teamName, vendorId) and adds
// hiredOn and active. The admin, and a vendor manager inside their vendor, create, edit, move between teams and
// deactivate agents. An agent who is deactivated (离职) loses their login accounts in the same transaction.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forgetCachedTokens } from '../../auth/api-tokens.ts';
import { requireAction } from '../../auth/sessions.ts';
import type { Principal } from '../../core/auth/roles.ts';
import { homeOf, managesVendor, seesUnit } from '../../core/auth/org-scope.ts';
import { AppError } from '../../core/errors/app-error.ts';
import {
  activeAccountsOfAgent,
  appendAudit,
  createAgent,
  endSessionsOfUser,
  lockAgent,
  lockTeam,
  revokeTokensOfUser,
  updateAgent,
  updateUserAccount,
  type Agent,
  type StoreDb,
  type Team,
} from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import {
  activeQuerySchema,
  auditAction,
  changed,
  codeSchema,
  conflictOnDuplicate,
  inTransaction,
  loadOrg,
  matchesActive,
  nameSchema,
  snapshot,
} from './org-common.ts';

const agentSchema = z.object({
  id: z.string(),
  name: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  vendorId: z.string(),
  hiredOn: z.string().nullable(),
  active: z.boolean(),
});
const hiredOnSchema = z.iso.date().nullable();

const present = (a: Agent, team: Team | undefined) => ({
  id: a.id,
  name: a.name,
  teamId: a.teamId,
  teamName: team?.name ?? '',
  vendorId: team?.vendorId ?? '',
  hiredOn: a.hiredOn,
  active: a.active,
});

type Tx = { db: StoreDb };

/** The team an agent may be placed in by this principal: known, managed by them, active. */
async function placeableTeam(s: Tx, p: Principal, teamId: string): Promise<Team> {
  const team = await lockTeam(s, teamId);
  if (!team || !managesVendor(p, team.vendorId)) throw new AppError('NOT_FOUND', `Team ${teamId} not found`);
  if (!team.active) throw new AppError('CONFLICT', `Team ${teamId} is inactive`);
  return team;
}

/** 离职: an agent who leaves can no longer log in; their sessions end and their tokens are revoked. */
async function disableAccountsOf(s: Tx, actor: Principal, agentId: string, now: Date): Promise<void> {
  for (const u of await activeAccountsOfAgent(s, agentId)) {
    const after = await updateUserAccount(s, u.id, { disabled: true });
    await endSessionsOfUser(s, u.id);
    await revokeTokensOfUser(s, u.id, now);
    await appendAudit(s, {
      actorUserId: actor.id,
      action: 'user.disable',
      entity: 'user',
      entityId: u.id,
      before: snapshot(u),
      after: { ...snapshot(after), reason: `agent ${agentId} deactivated` },
    });
  }
}

export function agentRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/agents',
      {
        config: { action: 'organisation.read' },
        schema: {
          tags: ['organisation'],
          summary: 'Agents visible to the caller',
          querystring: z.object({
            teamId: z.string().optional(),
            vendorId: z.string().optional(),
            active: activeQuerySchema,
          }),
          response: { 200: z.object({ items: z.array(agentSchema) }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'organisation.read');
        const org = await loadOrg(ctx.store);
        const home = homeOf(p, org.ix);
        const teamById = new Map(org.teams.map((t) => [t.id, t]));
        const items = org.agents
          .filter((a) => seesUnit(home, org.ix, 'agent', a.id) && matchesActive(req.query.active, a.active))
          .map((a) => present(a, teamById.get(a.teamId)))
          .filter(
            (a) =>
              (req.query.teamId === undefined || a.teamId === req.query.teamId) &&
              (req.query.vendorId === undefined || a.vendorId === req.query.vendorId),
          );
        return { items };
      },
    );

    app.get(
      '/agents/:id',
      {
        config: { action: 'organisation.read' },
        schema: {
          tags: ['organisation'],
          summary: 'One agent (404 outside the caller’s scope)',
          params: z.object({ id: z.string().min(1) }),
          response: { 200: agentSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'organisation.read');
        const org = await loadOrg(ctx.store);
        const agent = org.agents.find((a) => a.id === req.params.id);
        if (!agent || !seesUnit(homeOf(p, org.ix), org.ix, 'agent', agent.id)) {
          throw new AppError('NOT_FOUND', `Agent ${req.params.id} not found`);
        }
        return present(
          agent,
          org.teams.find((t) => t.id === agent.teamId),
        );
      },
    );

    app.post(
      '/agents',
      {
        config: { action: 'agents.manage' },
        schema: {
          tags: ['organisation'],
          summary: 'Create an agent (code such as A001, the agentId of conversation v1) in an active team',
          body: z.object({
            id: codeSchema,
            name: nameSchema,
            teamId: z.string().min(1),
            hiredOn: hiredOnSchema.optional(),
          }),
          response: { 201: agentSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'agents.manage');
        const out = await inTransaction(ctx.store, async (s) => {
          const team = await placeableTeam(s, p, req.body.teamId);
          if (await lockAgent(s, req.body.id)) throw new AppError('CONFLICT', `Agent ${req.body.id} exists`);
          const created = await createAgent(s, { ...req.body, hiredOn: req.body.hiredOn ?? null });
          await appendAudit(s, {
            actorUserId: p.id,
            action: 'agent.create',
            entity: 'agent',
            entityId: created.id,
            after: snapshot(created),
          });
          return present(created, team);
        }).catch((e: unknown) => conflictOnDuplicate(e, `Agent ${req.body.id} exists`));
        return reply.code(201).send(out);
      },
    );

    app.patch(
      '/agents/:id',
      {
        config: { action: 'agents.manage' },
        schema: {
          tags: ['organisation'],
          summary:
            'Rename, move to another team, set the hire date, deactivate (离职) or reactivate an agent',
          params: z.object({ id: z.string().min(1) }),
          body: z.object({
            name: nameSchema.optional(),
            teamId: z.string().min(1).optional(),
            hiredOn: hiredOnSchema.optional(),
            active: z.boolean().optional(),
          }),
          response: { 200: agentSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'agents.manage');
        const out = await inTransaction(ctx.store, async (s) => {
          const before = await lockAgent(s, req.params.id);
          const current = before && (await lockTeam(s, before.teamId));
          if (!before || !current || !managesVendor(p, current.vendorId)) {
            throw new AppError('NOT_FOUND', `Agent ${req.params.id} not found`);
          }
          const moving = req.body.teamId !== undefined && req.body.teamId !== before.teamId;
          const team = moving ? await placeableTeam(s, p, req.body.teamId!) : current;
          const reactivating = req.body.active === true && !before.active;
          if (reactivating && !team.active) throw new AppError('CONFLICT', `Team ${team.id} is inactive`);
          if (changed(snapshot(before), snapshot({ ...before, ...req.body })).length === 0) {
            return present(before, team);
          }
          // Conversations keep the team and vendor they were handled in (copied at ingest): a move changes
          // where the agent's future calls count, not their history.
          const updated = await updateAgent(s, before.id, req.body);
          await appendAudit(s, {
            actorUserId: p.id,
            action: auditAction('agent', before, updated),
            entity: 'agent',
            entityId: before.id,
            before: snapshot(before),
            after: snapshot(updated),
          });
          if (before.active && !updated.active) await disableAccountsOf(s, p, before.id, ctx.now());
          return present(updated, team);
        });
        // 离职 revoked the agent's tokens: they act no more, in this process at once.
        forgetCachedTokens(ctx.store);
        return out;
      },
    );
    done();
  };
}
