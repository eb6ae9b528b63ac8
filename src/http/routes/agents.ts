// GET /api/agents and GET /api/teams: the organisation within the caller's scope (for filters and pickers).
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { dataScope } from '../../core/auth/roles.ts';
import { listAgents, listTeams } from '../../store/index.ts';
import type { AppContext } from '../context.ts';

export function agentRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/agents',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Agents visible to the caller',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.string(),
                  name: z.string(),
                  teamId: z.string(),
                  teamName: z.string(),
                  vendorId: z.string(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'organisation.read');
        const scope = dataScope(p);
        const [agents, teams] = await Promise.all([listAgents(ctx.store), listTeams(ctx.store)]);
        const teamById = new Map(teams.map((t) => [t.id, t]));
        const items = agents
          .map((a) => {
            const t = teamById.get(a.teamId);
            return {
              id: a.id,
              name: a.name,
              teamId: a.teamId,
              teamName: t?.name ?? '',
              vendorId: t?.vendorId ?? '',
            };
          })
          .filter(
            (a) =>
              (scope.agentIds === undefined || scope.agentIds.includes(a.id)) &&
              (scope.teamIds === undefined || scope.teamIds.includes(a.teamId)) &&
              (scope.vendorIds === undefined || scope.vendorIds.includes(a.vendorId)),
          );
        return { items };
      },
    );

    app.get(
      '/teams',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Teams visible to the caller',
          response: {
            200: z.object({
              items: z.array(z.object({ id: z.string(), name: z.string(), vendorId: z.string() })),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'organisation.read');
        const scope = dataScope(p);
        const teams = await listTeams(ctx.store);
        return {
          items: teams
            .filter(
              (t) =>
                (scope.teamIds === undefined || scope.teamIds.includes(t.id)) &&
                (scope.vendorIds === undefined || scope.vendorIds.includes(t.vendorId)),
            )
            .map((t) => ({ id: t.id, name: t.name, vendorId: t.vendorId })),
        };
      },
    );
    done();
  };
}
