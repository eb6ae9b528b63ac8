// POST /api/assist/check: one outgoing chat message against the published pack's message rules, answered with the
// hits, their suggestions and whether to block, in well under 10 ms of server time (reported in `server-timing`).
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { publishedChecker } from '../../assist/published.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { DEFAULT_PACK_ID } from '../../qa/packs.ts';
import type { AppContext } from '../context.ts';

const hitSchema = z.object({
  rule: z.string(),
  name: z.string(),
  start: z.number(),
  end: z.number(),
  text: z.string(),
  suggestion: z.string().optional(),
  severity: z.enum(['block', 'warn', 'info']),
});

export function assistRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    // With an onResponse hook Fastify stamps the request's arrival before the onRequest hooks (the route guard's
    // authentication), so `reply.elapsedTime` below is the whole server time.
    app.addHook('onResponse', (_req, _reply, next) => {
      next();
    });
    app.post(
      '/assist/check',
      {
        config: { action: 'assist.check' },
        schema: {
          tags: ['assist'],
          summary:
            'Check one outgoing chat message: forbidden phrases, harsh tone, shirking, fillers, with suggestions',
          description:
            'Uses the message-level rules of the published rule pack. `block` is true when a hit must stop the ' +
            'message (forbidden phrase, harsh tone, shirking); offsets are UTF-16 into `text`. The response carries ' +
            'a `server-timing` header (auth, check, total in ms).',
          body: z.object({
            text: z.string().min(1).max(5000),
            channel: z.enum(['chat', 'voice']).default('chat'),
          }),
          response: {
            200: z.object({
              hits: z.array(hitSchema),
              block: z.boolean(),
              pack: z.object({ id: z.string(), revision: z.number() }),
            }),
          },
        },
      },
      async (req, reply) => {
        const t0 = performance.now();
        await requireAction(ctx, req, 'assist.check');
        const t1 = performance.now();
        const checker = await publishedChecker(ctx.store, DEFAULT_PACK_ID);
        if (!checker) throw new AppError('UNAVAILABLE', 'no published rule pack');
        const result = checker.check(req.body.text, req.body.channel);
        const t2 = performance.now();
        void reply.header(
          'server-timing',
          `auth;dur=${(t1 - t0).toFixed(2)}, check;dur=${(t2 - t1).toFixed(2)}, total;dur=${reply.elapsedTime.toFixed(2)}`,
        );
        return { ...result, pack: { id: checker.packId, revision: checker.revision } };
      },
    );
    done();
  };
}
