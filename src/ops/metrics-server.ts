// GET /metrics for a process without Fastify (`zhijian worker`): a bare node:http listener on METRICS_PORT with the
// same bearer token as serve's /metrics; every other path is 404.
import { createServer, type Server } from 'node:http';
import { metricsAuthorized, registry } from './metrics.ts';

export async function startMetricsServer(port: number, token: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'NOT_FOUND', message: `No route ${req.method} ${path}` } }));
      return;
    }
    if (!metricsAuthorized(req.headers.authorization, token)) {
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
      res.end(
        JSON.stringify({ error: { code: 'UNAUTHENTICATED', message: 'metrics need the bearer token' } }),
      );
      return;
    }
    registry.metrics().then(
      (text) => {
        res.writeHead(200, { 'content-type': registry.contentType });
        res.end(text);
      },
      (e: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'INTERNAL', message: (e as Error).message } }));
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  return server;
}
