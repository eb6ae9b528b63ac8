// GET /api/audit: the append-only audit log (score changes, reviews, appeal decisions, settings, organisation and
// account changes), newest first, for the admin and the QA lead. Read-only: the database refuses UPDATE/DELETE.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { searchAudit } from '../../store/index.ts';
import type { AppContext } from '../context.ts';

const isoWithZone = z.iso.datetime({ offset: true });

const entrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z
    .object({ id: z.string(), username: z.string().nullable(), displayName: z.string().nullable() })
    .nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export function auditRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/audit',
      {
        config: { action: 'audit.read' },
        schema: {
          tags: ['audit'],
          summary:
            'Audit entries, newest first; filter by entity (e.g. user, agent, result), entity id, actor user id, action and time [from, to)',
          querystring: z.object({
            entity: z.string().max(100).optional(),
            entityId: z.string().max(200).optional(),
            actor: z.string().max(200).optional(),
            action: z.string().max(100).optional(),
            from: isoWithZone.optional(),
            to: isoWithZone.optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: {
            200: z.object({
              items: z.array(entrySchema),
              total: z.number(),
              page: z.number(),
              pageSize: z.number(),
            }),
          },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'audit.read');
        const q = req.query;
        const { items, total } = await searchAudit(ctx.store, {
          entity: q.entity,
          entityId: q.entityId,
          actorUserId: q.actor,
          action: q.action,
          from: q.from ? new Date(q.from) : undefined,
          to: q.to ? new Date(q.to) : undefined,
          limit: q.pageSize,
          offset: (q.page - 1) * q.pageSize,
        });
        return {
          total,
          page: q.page,
          pageSize: q.pageSize,
          items: items.map((e) => ({
            id: e.id,
            at: e.at.toISOString(),
            actor:
              e.actorUserId === null
                ? null
                : { id: e.actorUserId, username: e.actorUsername, displayName: e.actorDisplayName },
            action: e.action,
            entity: e.entity,
            entityId: e.entityId,
            before: e.before ?? null,
            after: e.after ?? null,
          })),
        };
      },
    );
    done();
  };
}
