// Domain errors carry a code, never an HTTP status: the HTTP edge maps codes to statuses in one
// table (src/http/error-map.ts), typed so that a new code without a mapping does not compile.
export const ERROR_CODES = [
  'BAD_INPUT',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'DEADLINE_PASSED',
  'UNAVAILABLE',
  'PAYLOAD_TOO_LARGE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Every `error.code` an answer of the server can carry: the domain codes plus INTERNAL (an unexpected failure,
 * src/http/error-handler.ts). The web UI names each in its own language (web/src/i18n/messages-errors.ts).
 */
export const SERVER_ERROR_CODES = [...ERROR_CODES, 'INTERNAL'] as const;
export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
