// Saved import profiles (src/store/schema/import-profiles.ts): named importer options a contact center reuses
// for its exports (Udesk sessions, the switch's CSV…). Readable by whoever may see ingest batches, changed by
// whoever may ingest; the commands (src/ingest/import-profiles.ts) audit every change.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { importOptionsSchema } from '../../importers/index.ts';
import {
  createImportProfile,
  deleteImportProfile,
  updateImportProfile,
} from '../../ingest/import-profiles.ts';
import { listImportProfiles, type ImportProfileRow } from '../../store/index.ts';
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
        const row = await createImportProfile(ctx.store, p, req.body, ctx.now());
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
        const row = await updateImportProfile(ctx.store, p, req.params.id, req.body, ctx.now());
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
        await deleteImportProfile(ctx.store, p, req.params.id);
        return reply.code(204).send(null);
      },
    );
    done();
  };
}
