// The HTTP shell: Fastify 5 with zod schemas, OpenAPI at /docs, one error table, the built web UI
// served from the same origin. Routes are thin: authenticate → parse → authorize → command → present.
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { existsSync } from 'node:fs';
import { registerErrorHandler } from './error-handler.ts';
import { registerRequestGuards } from './request-guards.ts';
import type { AppContext } from './context.ts';
import { registerRoutes } from './routes/index.ts';

/** Largest request body of a route that does not set its own (`bodyLimit` in its options). */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface BuildAppOptions {
  ctx: AppContext;
  /** pino options, or false for silence in tests. */
  logger?: boolean | { level: string };
  /** Folder of the built web UI (web/dist); absent → API only. */
  webRoot?: string;
  /** Called for every route as it is registered (the authorization-matrix test collects the route table). */
  onRoute?: (route: RouteOptions) => void;
}

export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    // X-Forwarded-For is believed only from the proxies the operator names (ZHIJIAN_TRUST_PROXY): trusting it from
    // anyone let a client pick its own address and step around the per-address login throttle.
    trustProxy: opts.ctx.settings.trustProxy ?? false,
    // Small JSON by default; routes that take files or batches (ingest, imports, packs) set their own limit.
    bodyLimit: DEFAULT_BODY_LIMIT,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  if (opts.onRoute) app.addHook('onRoute', opts.onRoute);

  await app.register(cookie);
  registerRequestGuards(app);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'zhijian (质检) API',
        description: 'Quality and performance platform for contact-center calls and chats.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'zhijian_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  registerErrorHandler(app);
  await app.register(registerRoutes(opts.ctx), { prefix: '/api' });

  if (opts.webRoot && existsSync(opts.webRoot)) {
    await app.register(fastifyStatic, { root: opts.webRoot, wildcard: false });
    // Client-side routes (/conversations/c-1, …) get the app shell; unknown API paths stay 404 JSON.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/') && !req.url.startsWith('/docs')) {
        return reply.type('text/html').sendFile('index.html');
      }
      return reply
        .code(404)
        .send({ error: { code: 'NOT_FOUND', message: `No route ${req.method} ${req.url}` } });
    });
  }
  return app;
}
