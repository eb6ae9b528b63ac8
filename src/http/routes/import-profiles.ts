// Saved import profiles (src/store/schema/import-profiles.ts): named importer options a contact center reuses
// for its exports (Udesk sessions, the switch's CSV…). Readable by whoever may see ingest batches, changed by
// whoever may ingest; every change is audited with the options before and after.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { importOptionsSchema } from '../../importers/index.ts';
import {
  appendAudit,
  conflictOnDuplicate,
  inTransaction,
  deleteImportProfile,
  findImportProfile,
  insertImportProfile,
  listImportProfiles,
  updateImportProfile,
  type ImportProfileRow,
} from '../../store/index.ts';
import type { AppContext } from '../context.ts';

const profileSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  options: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const bodySchema = z.object({
  name: z.string().trim().min(1).max(100),
  description: z.string().max(500).nullable().optional(),
  options: importOptionsSchema,
});

const present = (r: ImportProfileRow): z.infer<typeof profileSchema> => ({
  id: r.id,
  name: r.name,
  description: r.description,
  options: r.options,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

const DUPLICATE = 'an import profile with this name exists';

export function importProfileRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/import-profiles',
      {
        config: { action: 'ingest.read' },
        schema: {
          tags: ['ingest'],
          summary: 'Saved import profiles (column mapping, roles, channel, encoding, time zone), by name',
          response: { 200: z.object({ items: z.array(profileSchema) }) },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'ingest.read');
        return { items: (await listImportProfiles(ctx.store)).map(present) };
      },
    );

    app.post(
      '/import-profiles',
      {
        config: { action: 'ingest.write' },
        schema: {
          tags: ['ingest'],
          summary: 'Save a named import profile; upload with `profile` (its name or id) to use it',
          body: bodySchema,
          response: { 201: profileSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'ingest.write');
        const now = ctx.now();
        const row = await inTransaction(ctx.store, async (s) => {
          const r = await insertImportProfile(s, {
            id: `imp-${randomUUID()}`,
            name: req.body.name,
            description: req.body.description ?? null,
            options: req.body.options,
            createdByUserId: p.id,
            createdAt: now,
            updatedAt: now,
          });
          await appendAudit(s, {
            actorUserId: p.id,
            action: 'import_profile.create',
            entity: 'import_profile',
            entityId: r.id,
            after: { name: r.name, description: r.description, options: r.options },
          });
          return r;
        }).catch((e: unknown) => conflictOnDuplicate(e, DUPLICATE));
        return reply.code(201).send(present(row));
      },
    );

    app.put(
      '/import-profiles/:id',
      {
        config: { action: 'ingest.write' },
        schema: {
          tags: ['ingest'],
          summary: 'Replace an import profile’s name, description and options',
          params: z.object({ id: z.string().min(1) }),
          body: bodySchema,
          response: { 200: profileSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'ingest.write');
        const row = await inTransaction(ctx.store, async (s) => {
          const before = await findImportProfile(s, req.params.id);
          if (!before || before.id !== req.params.id)
            throw new AppError('NOT_FOUND', `import profile ${req.params.id} not found`);
          const after = await updateImportProfile(s, before.id, {
            name: req.body.name,
            description: req.body.description ?? null,
            options: req.body.options,
            updatedAt: ctx.now(),
          });
          await appendAudit(s, {
            actorUserId: p.id,
            action: 'import_profile.update',
            entity: 'import_profile',
            entityId: before.id,
            before: { name: before.name, description: before.description, options: before.options },
            after: { name: after!.name, description: after!.description, options: after!.options },
          });
          return after!;
        }).catch((e: unknown) => conflictOnDuplicate(e, DUPLICATE));
        return present(row);
      },
    );

    app.delete(
      '/import-profiles/:id',
      {
        config: { action: 'ingest.write' },
        schema: {
          tags: ['ingest'],
          summary: 'Delete an import profile (batches imported with it keep their records)',
          params: z.object({ id: z.string().min(1) }),
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'ingest.write');
        await inTransaction(ctx.store, async (s) => {
          const before = await findImportProfile(s, req.params.id);
          if (!before || before.id !== req.params.id || !(await deleteImportProfile(s, before.id)))
            throw new AppError('NOT_FOUND', `import profile ${req.params.id} not found`);
          await appendAudit(s, {
            actorUserId: p.id,
            action: 'import_profile.delete',
            entity: 'import_profile',
            entityId: before.id,
            before: { name: before.name, description: before.description, options: before.options },
          });
        });
        return reply.code(204).send(null);
      },
    );
    done();
  };
}
