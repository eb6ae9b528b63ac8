// The HTTP shell: Fastify 5 with zod schemas, OpenAPI at /docs, one error table, the built web UI
// served from the same origin. Routes are thin: authenticate → parse → authorize → command → present.
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registerErrorHandler } from './error-handler.ts';
import { completeRouteContract, strictSerializerCompiler } from './route-contract.ts';
import { registerRequestGuards } from './request-guards.ts';
import type { AppContext } from './context.ts';
import { registerRoutes } from './routes/index.ts';
import { registerMetricsRoute, registerRequestMetrics, registerWebUi } from './ops.ts';

/** Largest request body of a route that does not set its own (`bodyLimit` in its options). */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface BuildAppOptions {
  ctx: AppContext;
  /** pino options, or false for silence in tests. */
  logger?: boolean | { level: string };
  /** A pino logger to use instead (serve's JSON logger); wins over `logger`. */
  loggerInstance?: FastifyBaseLogger;
  /** Folder of the built web UI (web/dist); absent → API only. */
  webRoot?: string;
  /** Called for every route as it is registered (the authorization-matrix test collects the route table). */
  onRoute?: (route: RouteOptions) => void;
  /** Refuse responses carrying fields their schema does not declare (tests; see route-contract.ts). */
  strictResponses?: boolean;
}

export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(opts.loggerInstance ? { loggerInstance: opts.loggerInstance } : { logger: opts.logger ?? false }),
    // X-Forwarded-For is believed only from the proxies the operator names (ZHIJIAN_TRUST_PROXY): trusting it from
    // anyone let a client pick its own address and step around the per-address login throttle.
    trustProxy: opts.ctx.settings.trustProxy ?? false,
    // Small JSON by default; routes that take files or batches (ingest, imports, packs) set their own limit.
    bodyLimit: DEFAULT_BODY_LIMIT,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(opts.strictResponses ? strictSerializerCompiler : serializerCompiler);
  // Before @fastify/swagger and the routes: every /api route gets its operation id and error responses.
  app.addHook('onRoute', completeRouteContract);
  if (opts.onRoute) app.addHook('onRoute', opts.onRoute);

  await app.register(cookie);
  registerRequestGuards(app);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'zhijian (质检) API',
        description: 'Quality and performance platform for contact-center calls and chats.',
        version: '0.1.0',
        license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
      },
      servers: [{ url: '/', description: 'this server' }],
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
  registerRequestMetrics(app);
  await app.register(registerRoutes(opts.ctx), { prefix: '/api' });
  registerMetricsRoute(app, opts.ctx.settings.metricsToken);
  await registerWebUi(app, opts.webRoot);

  return app;
}
