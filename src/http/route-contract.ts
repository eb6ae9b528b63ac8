// What every API route declares in the OpenAPI document, filled in once at registration instead of by hand in each
// route module: an operation id (stable, derived from method and path unless the route names one) and the error
// responses. Errors have one shape, written by the error handler (./error-handler.ts) with the status from the one
// table (./error-map.ts); declaring it as the 4XX/5XX response lets clients and the generated web types rely on it.
import type { RouteOptions } from 'fastify';
import { z } from 'zod';
import { ERROR_CODES } from '../core/errors/app-error.ts';

/** `{error: {code, message, details?}}`, as every failure is answered. */
export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z
        .enum([...ERROR_CODES, 'INTERNAL'])
        .describe('Stable machine-readable code (src/http/error-map.ts).'),
      message: z
        .string()
        .describe('English explanation for logs and API users; the web UI localises by code.'),
      details: z.unknown().optional().describe('Where and why: the field, line or conflicting record.'),
    }),
  })
  .describe('An error: the status comes from the code (src/http/error-map.ts).');

/** `GET /api/settlements/:id/export.xlsx` → `getSettlementsByIdExportXlsx`. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '/')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => (s.startsWith(':') ? `by-${s.slice(1)}` : s))
    .flatMap((s) => s.split(/[^A-Za-z0-9]+/))
    .filter((s) => s !== '');
  const camel = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return method.toLowerCase() + camel;
}

interface RouteSchema {
  operationId?: string;
  hide?: boolean;
  response?: Record<string | number, unknown>;
  [key: string]: unknown;
}

/** onRoute hook: completes the schema of every /api route (HEAD twins of GET routes are skipped by Fastify). */
export function completeRouteContract(route: RouteOptions): void {
  if (!route.url.startsWith('/api/')) return;
  const schema = (route.schema ?? {}) as RouteSchema;
  if (schema.hide) return;
  const method = Array.isArray(route.method) ? String(route.method[0]) : String(route.method);
  schema.operationId ??= operationIdOf(method, route.url);
  schema.response = { ...schema.response };
  schema.response['4xx'] ??= errorResponseSchema;
  schema.response['5xx'] ??= errorResponseSchema;
  route.schema = schema;
}
