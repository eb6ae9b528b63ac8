// The organisation: clients (甲方) → vendors (乙方) → teams. Lists are scoped (org-scope.ts); clients and vendors
// are managed by the admin, teams by the admin and their vendor's manager. Nothing is deleted: a unit is
// deactivated, and only once nothing active hangs below it. Agents live in agents.ts.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { homeOf, managesVendor, seesUnit } from '../../core/auth/org-scope.ts';
import { AppError } from '../../core/errors/app-error.ts';
import {
  countActiveAgents,
  countActiveTeams,
  countActiveVendors,
  createClient,
  createTeam,
  createVendor,
  lockClient,
  lockTeam,
  lockVendor,
  updateClient,
  updateTeam,
  updateVendor,
} from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import {
  activeQuerySchema,
  auditCreated,
  codeSchema,
  conflictOnDuplicate,
  inTransaction,
  loadOrg,
  matchesActive,
  nameSchema,
  updateUnitAudited,
} from './org-common.ts';

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
        const org = await loadOrg(ctx.store);
        const home = homeOf(p, org.ix);
        const items = org.clients.filter(
          (c) => seesUnit(home, org.ix, 'client', c.id) && matchesActive(req.query.active, c.active),
        );
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
        const row = await inTransaction(ctx.store, async (s) => {
          if (await lockClient(s, req.body.id))
            throw new AppError('CONFLICT', `Client ${req.body.id} exists`);
          return auditCreated(s, p.id, 'client', await createClient(s, req.body));
        }).catch((e: unknown) => conflictOnDuplicate(e, `Client ${req.body.id} exists`));
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
        const row = await inTransaction(ctx.store, async (s) => {
          const before = await lockClient(s, req.params.id);
          if (!before) throw new AppError('NOT_FOUND', `Client ${req.params.id} not found`);
          if (req.body.active === false && before.active && (await countActiveVendors(s, before.id)) > 0) {
            throw new AppError(
              'CONFLICT',
              `Client ${before.id} still has active vendors; deactivate them first`,
            );
          }
          return updateUnitAudited(s, p.id, 'client', before, req.body, updateClient);
        });
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
        const org = await loadOrg(ctx.store);
        const home = homeOf(p, org.ix);
        const items = org.vendors.filter(
          (v) =>
            seesUnit(home, org.ix, 'vendor', v.id) &&
            (req.query.clientId === undefined || v.clientId === req.query.clientId) &&
            matchesActive(req.query.active, v.active),
        );
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
        const row = await inTransaction(ctx.store, async (s) => {
          const client = await lockClient(s, req.body.clientId);
          if (!client) throw new AppError('NOT_FOUND', `Client ${req.body.clientId} not found`);
          if (!client.active) throw new AppError('CONFLICT', `Client ${client.id} is inactive`);
          if (await lockVendor(s, req.body.id))
            throw new AppError('CONFLICT', `Vendor ${req.body.id} exists`);
          return auditCreated(s, p.id, 'vendor', await createVendor(s, req.body));
        }).catch((e: unknown) => conflictOnDuplicate(e, `Vendor ${req.body.id} exists`));
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
        const row = await inTransaction(ctx.store, async (s) => {
          const before = await lockVendor(s, req.params.id);
          if (!before) throw new AppError('NOT_FOUND', `Vendor ${req.params.id} not found`);
          if (req.body.active === false && before.active && (await countActiveTeams(s, before.id)) > 0) {
            throw new AppError(
              'CONFLICT',
              `Vendor ${before.id} still has active teams; deactivate them first`,
            );
          }
          if (req.body.active === true && !before.active && !(await lockClient(s, before.clientId))?.active) {
            throw new AppError('CONFLICT', `Client ${before.clientId} is inactive; reactivate it first`);
          }
          return updateUnitAudited(s, p.id, 'vendor', before, req.body, updateVendor);
        });
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
        const org = await loadOrg(ctx.store);
        const home = homeOf(p, org.ix);
        const items = org.teams.filter(
          (t) =>
            seesUnit(home, org.ix, 'team', t.id) &&
            (req.query.vendorId === undefined || t.vendorId === req.query.vendorId) &&
            matchesActive(req.query.active, t.active),
        );
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
        const row = await inTransaction(ctx.store, async (s) => {
          const vendor = await lockVendor(s, req.body.vendorId);
          // Another vendor's id answers like an unknown one: its existence is not the caller's business.
          if (!vendor || !managesVendor(p, vendor.id)) {
            throw new AppError('NOT_FOUND', `Vendor ${req.body.vendorId} not found`);
          }
          if (!vendor.active) throw new AppError('CONFLICT', `Vendor ${vendor.id} is inactive`);
          if (await lockTeam(s, req.body.id)) throw new AppError('CONFLICT', `Team ${req.body.id} exists`);
          return auditCreated(s, p.id, 'team', await createTeam(s, req.body));
        }).catch((e: unknown) => conflictOnDuplicate(e, `Team ${req.body.id} exists`));
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
        const row = await inTransaction(ctx.store, async (s) => {
          const before = await lockTeam(s, req.params.id);
          if (!before || !managesVendor(p, before.vendorId)) {
            throw new AppError('NOT_FOUND', `Team ${req.params.id} not found`);
          }
          if (req.body.active === false && before.active && (await countActiveAgents(s, before.id)) > 0) {
            throw new AppError(
              'CONFLICT',
              `Team ${before.id} still has active agents; move or deactivate them`,
            );
          }
          if (req.body.active === true && !before.active && !(await lockVendor(s, before.vendorId))?.active) {
            throw new AppError('CONFLICT', `Vendor ${before.vendorId} is inactive; reactivate it first`);
          }
          return updateUnitAudited(s, p.id, 'team', before, req.body, updateTeam);
        });
        return present(row);
      },
    );
    done();
  };
}
