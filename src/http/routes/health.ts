// GET /api/health (liveness) and GET /api/ready (readiness), docs/deploy.md. Both answer without a
// session, so neither carries error text (a database error can name hosts, users and schemas): the reason of a
// failed check is logged instead, where operators read it.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { migrationStatus, storeHealth } from '../../store/index.ts';
import type { QueueHealth } from '../../jobs/queue.ts';
import type { AppContext } from '../context.ts';

const databaseShape = z.object({ ok: z.boolean(), kind: z.string(), latencyMs: z.number() });
const queueShape = z.object({ ok: z.boolean(), queued: z.number(), active: z.number(), failed: z.number() });
const healthShape = z.object({ ok: z.boolean(), database: databaseShape, queue: queueShape });
const checkShape = z.object({ ok: z.boolean(), detail: z.string().optional() });
const readyShape = z.object({
  ready: z.boolean(),
  checks: z.object({ database: checkShape, queue: checkShape, migrations: checkShape }),
  warnings: z.array(z.string()),
});

const NO_QUEUE: QueueHealth = {
  ok: false,
  queued: 0,
  active: 0,
  failed: 0,
  error: 'no queue in this process',
};

export function healthRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/health',
      {
        config: { action: 'public' },
        schema: {
          tags: ['system'],
          summary:
            'Liveness: 200 while the process answers, with the database and queue state (never error text); ' +
            'use /api/ready to decide whether to route traffic',
          security: [],
          response: { 200: healthShape },
        },
      },
      async (req) => {
        const [database, queue] = await Promise.all([
          storeHealth(ctx.store),
          ctx.queueHealth ? ctx.queueHealth() : Promise.resolve(NO_QUEUE),
        ]);
        if (!database.ok) req.log.warn({ error: database.error }, 'health: database unreachable');
        if (!queue.ok && ctx.queueHealth) req.log.warn({ error: queue.error }, 'health: queue unreachable');
        return {
          ok: database.ok && queue.ok,
          database: { ok: database.ok, kind: database.kind, latencyMs: database.latencyMs },
          queue: { ok: queue.ok, queued: queue.queued, active: queue.active, failed: queue.failed },
        };
      },
    );

    app.get(
      '/ready',
      {
        config: { action: 'public' },
        schema: {
          tags: ['system'],
          summary:
            'Readiness: 200 when the database and the queue answer and every migration is applied, else 503',
          security: [],
          response: { 200: readyShape, 503: readyShape },
        },
      },
      async (req, reply) => {
        const [database, queue] = await Promise.all([
          storeHealth(ctx.store),
          ctx.queueHealth ? ctx.queueHealth() : Promise.resolve(NO_QUEUE),
        ]);
        let migrations: { ok: boolean; detail?: string };
        try {
          const m = await migrationStatus(ctx.store);
          migrations = m.ok
            ? { ok: true }
            : { ok: false, detail: `expects ${m.expected} migrations applied` };
        } catch (e) {
          req.log.warn({ err: e }, 'ready: cannot read the applied migrations');
          migrations = { ok: false, detail: 'cannot read the applied migrations' };
        }
        if (!database.ok) req.log.warn({ error: database.error }, 'ready: database unreachable');
        if (!queue.ok) req.log.warn({ error: queue.error }, 'ready: queue unreachable');
        const warnings = ctx.readinessWarnings ? await ctx.readinessWarnings() : [];
        const ready = database.ok && queue.ok && migrations.ok;
        return reply.code(ready ? 200 : 503).send({
          ready,
          checks: {
            database: database.ok ? { ok: true } : { ok: false, detail: 'database unreachable' },
            queue: queue.ok ? { ok: true } : { ok: false, detail: 'job queue unreachable' },
            migrations,
          },
          warnings,
        });
      },
    );
    done();
  };
}
