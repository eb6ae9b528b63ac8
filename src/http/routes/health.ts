// GET /api/health: the state of the database and the queue, for load balancers and operators.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { storeHealth } from '../../store/index.ts';
import type { AppContext } from '../context.ts';

export function healthRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/health',
      {
        config: { action: 'public' },
        schema: {
          tags: ['system'],
          summary: 'Database and queue state; 503 when either is down',
          security: [],
          response: {
            200: z.object({
              ok: z.boolean(),
              database: z.record(z.string(), z.unknown()),
              queue: z.record(z.string(), z.unknown()),
            }),
            503: z.object({
              ok: z.boolean(),
              database: z.record(z.string(), z.unknown()),
              queue: z.record(z.string(), z.unknown()),
            }),
          },
        },
      },
      async (_req, reply) => {
        const [database, queue] = await Promise.all([
          storeHealth(ctx.store),
          ctx.queueHealth
            ? ctx.queueHealth()
            : Promise.resolve({ ok: false, error: 'no queue in this process' }),
        ]);
        const ok = database.ok && queue.ok;
        return reply.code(ok ? 200 : 503).send({ ok, database: { ...database }, queue: { ...queue } });
      },
    );
    done();
  };
}
