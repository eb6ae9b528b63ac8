// The one place the UI talks HTTP: same-origin JSON requests carrying the session cookie, errors turned into
// ApiError, and a 401 on any call (other than the login probe itself) reported as an expired session.
import type { ApiErrorBody } from './types.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The error body's `details` (e.g. field errors of a rejected conversation). */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | undefined | null>;

let onUnauthorized: (() => void) | null = null;

/** The auth provider registers here to send the user back to the login page when the session expires. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function isErrorBody(v: unknown): v is ApiErrorBody {
  if (typeof v !== 'object' || v === null || !('error' in v)) return false;
  const e = v.error;
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  /** A body sent as is (file bytes, text, form data) instead of JSON; `contentType` names it (not for FormData). */
  raw?: { body: Blob | FormData | string; contentType?: string };
  signal?: AbortSignal;
  /** Do not treat 401 as an expired session (login and the initial "who am I" probe). */
  expect401?: boolean;
}

export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method: opts.method ?? 'GET',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(opts.raw
          ? opts.raw.contentType
            ? { 'Content-Type': opts.raw.contentType }
            : {}
          : opts.body !== undefined
            ? { 'Content-Type': 'application/json' }
            : {}),
      },
      body: opts.raw ? opts.raw.body : opts.body !== undefined ? JSON.stringify(opts.body) : null,
      signal: opts.signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
  }
  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    if (res.status === 401 && !opts.expect401) onUnauthorized?.();
    if (isErrorBody(data))
      throw new ApiError(res.status, data.error.code, data.error.message, data.error.details);
    throw new ApiError(res.status, `http_${res.status}`, res.statusText || `HTTP ${res.status}`);
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown, opts: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    request<T>(path, { ...opts, method: 'POST', body: body ?? {} }),
  put: <T>(path: string, body: unknown) => request<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body: unknown) => request<T>(path, { method: 'PATCH', body }),
  delete: <T = void>(path: string) => request<T>(path, { method: 'DELETE' }),
  /** POST a file or text as is (multipart when `body` is FormData; the browser sets its boundary). */
  upload: <T>(path: string, body: Blob | FormData | string, contentType?: string, query?: Query) =>
    request<T>(path, {
      method: 'POST',
      query,
      raw: contentType === undefined ? { body } : { body, contentType },
    }),
};
