// Maps every failure to `{error: {code, message, details?}}` with the status from the one table.
import type { FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isAppError, type ServerErrorCode } from '../core/errors/app-error.ts';
import { HTTP_STATUS_BY_CODE } from './error-map.ts';

/** The part of a schema validation error we present (fastify's type does not resolve for the linter). */
interface ValidationIssue {
  instancePath: string;
  message?: string;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err, req, reply) => {
    if (isAppError(err)) {
      if (err.code === 'TOO_MANY_ATTEMPTS' && typeof err.details === 'object' && err.details !== null) {
        const retry = (err.details as { retryAfterMs?: number }).retryAfterMs;
        if (retry !== undefined) void reply.header('retry-after', Math.ceil(retry / 1000));
      }
      return reply
        .code(HTTP_STATUS_BY_CODE[err.code])
        .send({ error: { code: err.code, message: err.message, details: err.details } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation as unknown as readonly ValidationIssue[];
      const details = issues.map((v) => ({
        field: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        message: v.message ?? 'invalid',
      }));
      return reply.code(400).send({
        error: { code: 'BAD_INPUT', message: 'Request does not match the schema', details },
      });
    }
    if (isDatabaseUnavailable(err)) {
      req.log.error({ err: loggableError(err) }, 'database unavailable');
      return reply.code(503).send({
        error: { code: 'UNAVAILABLE', message: 'The database is unavailable; try again shortly' },
      });
    }
    const status =
      typeof (err as { statusCode?: unknown }).statusCode === 'number'
        ? (err as { statusCode: number }).statusCode
        : 500;
    if (status >= 500) req.log.error({ err: loggableError(err) }, 'request failed');
    const code: ServerErrorCode =
      status >= 500 ? 'INTERNAL' : status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_INPUT';
    return reply.code(status).send({
      error: {
        code,
        message: status >= 500 ? 'Internal error' : (err as Error).message,
      },
    });
  });
}

/** PostgreSQL SQLSTATE classes and socket errors that mean "the database is not there", not "the request is wrong". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
]);

/** True when the error (or the error it wraps) says the database cannot be reached right now: answer 503. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (
      /Connection terminated|connection timeout|Client has encountered a connection error/i.test(e.message)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * What of a failed request's error goes to the log: name, code and the first line of the message. A failed query's
 * full text carries its parameters (a new user's password hash, a complaint's text); the log must not.
 */
export function loggableError(err: unknown): { name: string; code?: string; message: string } {
  const e = err instanceof Error ? err : new Error(String(err));
  const firstLine = (e.message.split('\n')[0] ?? '').replace(/\bparams:.*$/s, 'params: [redacted]');
  const cause = e.cause instanceof Error ? e.cause : undefined;
  const code = (e as { code?: unknown }).code ?? (cause as { code?: unknown } | undefined)?.code;
  return {
    name: e.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: (cause ? `${firstLine.slice(0, 300)} — ${cause.message.split('\n')[0] ?? ''}` : firstLine).slice(
      0,
      600,
    ),
  };
}
