// Maps every failure to `{error: {code, message, details?}}` with the status from the one table.
import type { FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isAppError } from '../core/errors/app-error.ts';
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
    const status =
      typeof (err as { statusCode?: unknown }).statusCode === 'number'
        ? (err as { statusCode: number }).statusCode
        : 500;
    if (status >= 500) req.log.error({ err }, 'request failed');
    return reply.code(status).send({
      error: {
        code: status >= 500 ? 'INTERNAL' : 'BAD_INPUT',
        message: status >= 500 ? 'Internal error' : (err as Error).message,
      },
    });
  });
}
