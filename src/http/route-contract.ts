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

/**
 * A response serializer that also refuses what the schema would silently drop: zod objects strip unknown keys, so
 * a field a presenter adds without declaring it would vanish from the answer (and from the generated web types).
 * Tests build the app with it (src/http/testing/test-app.ts), so a presenter and its response schema cannot drift.
 */
export function strictSerializerCompiler({
  schema,
  method,
  url,
}: {
  schema: unknown;
  method: string;
  url: string;
}): (data: unknown) => string {
  return (data) => {
    const zodSchema = schema as z.ZodType;
    const result = zodSchema.safeParse(data);
    if (!result.success) {
      throw new Error(`response of ${method} ${url} does not match its schema: ${result.error.message}`);
    }
    const out = JSON.stringify(result.data);
    const dropped = droppedKeys(JSON.parse(JSON.stringify(data)) as unknown, JSON.parse(out) as unknown, '');
    if (dropped.length > 0) {
      throw new Error(
        `response of ${method} ${url} has fields its schema does not declare: ${dropped.join(', ')}`,
      );
    }
    return out;
  };
}

function droppedKeys(sent: unknown, kept: unknown, path: string): string[] {
  if (Array.isArray(sent) && Array.isArray(kept)) {
    return sent.flatMap((v, i) => droppedKeys(v, kept[i], `${path}[${i}]`));
  }
  if (isRecord(sent) && isRecord(kept)) {
    return Object.keys(sent).flatMap((k) =>
      k in kept
        ? droppedKeys(sent[k], kept[k], path === '' ? k : `${path}.${k}`)
        : [path === '' ? k : `${path}.${k}`],
    );
  }
  return [];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
