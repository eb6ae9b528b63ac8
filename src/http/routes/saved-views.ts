// Saved views of the lists (src/lists/views.ts): GET/POST /api/views, DELETE /api/views/:id.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { removeView, saveView, viewsOf } from '../../lists/views.ts';
import { SAVED_VIEW_LISTS } from '../../store/schema/index.ts';
import type { SavedViewRow } from '../../store/index.ts';
import type { AppContext } from '../context.ts';

const viewSchema = z.object({
  id: z.string(),
  list: z.enum(SAVED_VIEW_LISTS),
  name: z.string(),
  filters: z.record(z.string(), z.string()),
  shared: z.boolean().describe('shared with the owner’s team'),
  mine: z.boolean().describe('the caller owns it (and may delete it)'),
  createdAt: z.string(),
});

export function savedViewRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    const present = (userId: string, v: SavedViewRow): z.infer<typeof viewSchema> => ({
      id: v.id,
      list: v.list,
      name: v.name,
      filters: v.filters,
      shared: v.teamId !== null,
      mine: v.userId === userId,
      createdAt: v.createdAt.toISOString(),
    });

    app.get(
      '/views',
      {
        config: { action: 'views.read' },
        schema: {
          tags: ['views'],
          summary: 'Saved views of one list: the caller’s own and those shared with their team',
          querystring: z.object({ list: z.enum(SAVED_VIEW_LISTS) }),
          response: { 200: z.object({ items: z.array(viewSchema) }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'views.read');
        const rows = await viewsOf(ctx.store, p, req.query.list);
        return { items: rows.map((v) => present(p.id, v)) };
      },
    );

    app.post(
      '/views',
      {
        config: { action: 'views.write' },
        schema: {
          tags: ['views'],
          summary: 'Save the filters of a list under a name (the same name again replaces them)',
          body: z.object({
            list: z.enum(SAVED_VIEW_LISTS),
            name: z.string().trim().min(1).max(80),
            filters: z.record(z.string().max(40), z.string().max(400)),
            shared: z.boolean().default(false),
          }),
          response: { 201: viewSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'views.write');
        const row = await saveView(ctx.store, p, req.body);
        void reply.code(201);
        return present(p.id, row);
      },
    );

    app.delete(
      '/views/:id',
      {
        config: { action: 'views.write' },
        schema: {
          tags: ['views'],
          summary: 'Delete a saved view (its owner only)',
          params: z.object({ id: z.string().min(1) }),
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'views.write');
        await removeView(ctx.store, p, req.params.id);
        return reply.code(204).send(null);
      },
    );
    done();
  };
}
