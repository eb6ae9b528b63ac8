// Agents (坐席): GET /api/agents keeps the shape the web UI reads (id, name, teamId, teamName, vendorId) and adds
// hiredOn and active. The admin, and a vendor manager inside their vendor, create, edit, move between teams and
// deactivate agents. An agent who is deactivated (离职) loses their login accounts in the same transaction.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import {
  createAgent,
  getVisibleAgent,
  listVisibleAgents,
  updateAgent,
  type PlacedAgent,
} from '../../organisation/agents.ts';
import type { AppContext } from '../context.ts';
import { activeQuerySchema, codeSchema, nameSchema } from './org-common.ts';

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

const present = ({ agent: a, team }: PlacedAgent) => ({
  id: a.id,
  name: a.name,
  teamId: a.teamId,
  teamName: team?.name ?? '',
  vendorId: team?.vendorId ?? '',
  hiredOn: a.hiredOn,
  active: a.active,
});

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
        const items = await listVisibleAgents(ctx.store, p, req.query);
        return { items: items.map(present) };
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
        return present(await getVisibleAgent(ctx.store, p, req.params.id));
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
        return reply.code(201).send(present(await createAgent(ctx.store, p, req.body)));
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
        return present(await updateAgent(ctx.store, p, req.params.id, req.body, ctx.now()));
      },
    );
    done();
  };
}
