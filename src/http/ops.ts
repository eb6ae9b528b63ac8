// What an operator and a browser need around the API: request metrics, GET /metrics, the built web UI with
// long-lived caching of its hashed assets, and one not-found rule (an unknown path answers 404 JSON, only a
// browser navigating to a client-side route gets the app shell).
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { httpDuration, httpRequests, metricsAuthorized, registry } from '../ops/metrics.ts';

/** Count and time every answered request by its route pattern (unmatched paths share one label). */
export function registerRequestMetrics(app: FastifyInstance): void {
  app.addHook('onResponse', (req, reply, done) => {
    const route = req.routeOptions.url ?? 'unmatched';
    httpRequests.inc({ method: req.method, route, status: String(reply.statusCode) });
    httpDuration.observe({ method: req.method, route }, reply.elapsedTime / 1000);
    done();
  });
}

/**
 * GET /metrics in Prometheus text. Off (404, like any unknown path) unless METRICS_TOKEN is set; then it needs
 * `Authorization: Bearer <METRICS_TOKEN>`, so the numbers never leak to whoever reaches the port.
 */
export function registerMetricsRoute(app: FastifyInstance, token: string | undefined): void {
  if (!token) return;
  app.get(
    '/metrics',
    // outside /api, so outside the policy table: the bearer token below is its whole access rule
    { schema: { hide: true } },
    async (req, reply) => {
      if (!metricsAuthorized(req.headers.authorization, token)) {
        return reply
          .code(401)
          .header('www-authenticate', 'Bearer')
          .send({
            error: { code: 'UNAUTHENTICATED', message: 'metrics need the bearer token (METRICS_TOKEN)' },
          });
      }
      return reply.type(registry.contentType).send(await registry.metrics());
    },
  );
}

/** Paths that are never the web UI: the API, its docs and the usual probe and metrics paths of load balancers. */
const NOT_UI = /^\/(api|docs|metrics|health|healthz|livez|ready|readyz)(\/|$|\?)/;

/** True when a request is a browser navigating to a client-side route of the UI (e.g. /conversations/c-1). */
export function wantsAppShell(method: string, url: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (NOT_UI.test(url)) return false;
  const path = url.split('?')[0] ?? url;
  // a missing asset (/assets/x.js) is a 404, not the page
  if (/\.[a-z0-9]+$/i.test(path)) return false;
  return (accept ?? '').includes('text/html');
}

/** The web UI is built when its index.html exists. */
export function webBuilt(webRoot: string): boolean {
  return existsSync(join(webRoot, 'index.html'));
}

// Vite names every file under assets/ by its content hash, so a year of caching is safe; index.html must be
// revalidated so a new release is picked up at once.
const IMMUTABLE = 'public, max-age=31536000, immutable';

export async function registerWebUi(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  const ui = webRoot !== undefined && webBuilt(webRoot);
  if (ui) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      // scripts/build.mjs writes .br and .gz beside each text asset; they are sent as is to clients accepting them
      preCompressed: true,
      cacheControl: false,
      setHeaders(reply, path) {
        reply.header('cache-control', path.includes('/assets/') ? IMMUTABLE : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (ui && wantsAppShell(req.method, req.url, req.headers.accept)) {
      return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
    }
    return reply
      .code(404)
      .send({ error: { code: 'NOT_FOUND', message: `No route ${req.method} ${req.url.split('?')[0]}` } });
  });
}
