// The one table from domain error codes to HTTP statuses (house style §9).
import type { ErrorCode } from '../core/errors/app-error.ts';

export const HTTP_STATUS_BY_CODE: { readonly [C in ErrorCode]: number } = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DEADLINE_PASSED: 409,
  LOCKED: 423,
  TOO_MANY_ATTEMPTS: 429,
  UNAVAILABLE: 503,
  PAYLOAD_TOO_LARGE: 413,
};
