// The organisation: clients (甲方) → vendors (乙方) → teams. Lists are scoped (org-scope.ts); clients and vendors
// are managed by the admin, teams by the admin and their vendor's manager. Nothing is deleted: a unit is
// deactivated, and only once nothing active hangs below it. Agents live in agents.ts.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import {
  createClient,
  createTeam,
  createVendor,
  listVisibleClients,
  listVisibleTeams,
  listVisibleVendors,
  updateClient,
  updateTeam,
  updateVendor,
} from '../../organisation/commands.ts';
import type { AppContext } from '../context.ts';
import { activeQuerySchema, codeSchema, nameSchema } from './org-common.ts';

const clientSchema = z.object({
  id: z.string(),
  name: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
});
const vendorSchema = clientSchema.extend({ clientId: z.string() });
const teamSchema = clientSchema.extend({ vendorId: z.string() });
const patchSchema = z.object({ name: nameSchema.optional(), active: z.boolean().optional() });
const idParams = z.object({ id: z.string().min(1) });

const present = <T extends { createdAt: Date }>(row: T) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

export function organisationRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    // ── clients ─────────────────────────────────────────────────────────────────────────────────────────────────
    app.get(
      '/clients',
      {
        config: { action: 'organisation.read' },
        schema: {
          tags: ['organisation'],
          summary: 'Clients (甲方) visible to the caller',
          querystring: z.object({ active: activeQuerySchema }),
          response: { 200: z.object({ items: z.array(clientSchema) }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'organisation.read');
        const items = await listVisibleClients(ctx.store, p, req.query);
        return { items: items.map(present) };
      },
    );

    app.post(
      '/clients',
      {
        config: { action: 'organisation.manage' },
        schema: {
          tags: ['organisation'],
          summary: 'Create a client',
          body: z.object({ id: codeSchema, name: nameSchema }),
          response: { 201: clientSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'organisation.manage');
        const row = await createClient(ctx.store, p, req.body);
        return reply.code(201).send(present(row));
      },
    );

    app.patch(
      '/clients/:id',
      {
        config: { action: 'organisation.manage' },
        schema: {
          tags: ['organisation'],
          summary: 'Rename, deactivate (no active vendors left) or reactivate a client',
          params: idParams,
          body: patchSchema,
          response: { 200: clientSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'organisation.manage');
        const row = await updateClient(ctx.store, p, req.params.id, req.body);
        return present(row);
      },
    );

    // ── vendors ─────────────────────────────────────────────────────────────────────────────────────────────────
    app.get(
      '/vendors',
      {
        config: { action: 'organisation.read' },
        schema: {
          tags: ['organisation'],
          summary: 'Vendors (乙方) visible to the caller',
          querystring: z.object({ clientId: z.string().optional(), active: activeQuerySchema }),
          response: { 200: z.object({ items: z.array(vendorSchema) }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'organisation.read');
        const items = await listVisibleVendors(ctx.store, p, req.query);
        return { items: items.map(present) };
      },
    );

    app.post(
      '/vendors',
      {
        config: { action: 'organisation.manage' },
        schema: {
          tags: ['organisation'],
          summary: 'Create a vendor under an active client',
          body: z.object({ id: codeSchema, clientId: z.string().min(1), name: nameSchema }),
          response: { 201: vendorSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'organisation.manage');
        const row = await createVendor(ctx.store, p, req.body);
        return reply.code(201).send(present(row));
      },
    );

    app.patch(
      '/vendors/:id',
      {
        config: { action: 'organisation.manage' },
        schema: {
          tags: ['organisation'],
          summary: 'Rename, deactivate (no active teams left) or reactivate a vendor',
          params: idParams,
          body: patchSchema,
          response: { 200: vendorSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'organisation.manage');
        const row = await updateVendor(ctx.store, p, req.params.id, req.body);
        return present(row);
      },
    );

    // ── teams (GET /api/teams keeps the shape the web UI reads: id, name, vendorId; active is added) ─────────────
    app.get(
      '/teams',
      {
        config: { action: 'organisation.read' },
        schema: {
          tags: ['organisation'],
          summary: 'Teams visible to the caller',
          querystring: z.object({ vendorId: z.string().optional(), active: activeQuerySchema }),
          response: { 200: z.object({ items: z.array(teamSchema) }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'organisation.read');
        const items = await listVisibleTeams(ctx.store, p, req.query);
        return { items: items.map(present) };
      },
    );

    app.post(
      '/teams',
      {
        config: { action: 'teams.manage' },
        schema: {
          tags: ['organisation'],
          summary: 'Create a team under an active vendor (a vendor manager: their own vendor)',
          body: z.object({ id: codeSchema, vendorId: z.string().min(1), name: nameSchema }),
          response: { 201: teamSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'teams.manage');
        const row = await createTeam(ctx.store, p, req.body);
        return reply.code(201).send(present(row));
      },
    );

    app.patch(
      '/teams/:id',
      {
        config: { action: 'teams.manage' },
        schema: {
          tags: ['organisation'],
          summary: 'Rename, deactivate (no active agents left) or reactivate a team',
          params: idParams,
          body: patchSchema,
          response: { 200: teamSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'teams.manage');
        const row = await updateTeam(ctx.store, p, req.params.id, req.body);
        return present(row);
      },
    );
    done();
  };
}
