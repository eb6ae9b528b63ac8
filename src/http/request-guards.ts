// Guards every request passes before any route runs (docs/deploy.md "Web assets and proxies"; the hardening regression tests sit beside this file):
// - cross-site writes: a write authenticated by the session cookie must come from zhijian's own pages. SameSite=Lax
//   alone let a page on a sibling port (same site, other origin) post as the logged-in user, so the browser's
//   Fetch-Metadata (`Sec-Fetch-Site`) or, from older browsers, `Origin` must name this origin. Calls with an
//   `Authorization` header (API tokens, scripts) carry no ambient credential and are not affected.
// - text the database cannot hold: a NUL or a lone surrogate in a path parameter, query or JSON body, or a body
//   nested deeper than any request needs, is a 400 naming the field, never a 500 from PostgreSQL or a stack overflow
//   further in. Ingest bodies are split into records first, each checked on its own (src/ingest).
// - response headers: a CSP the built UI satisfies, no framing, no MIME sniffing, no referrer to other origins.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors/app-error.ts';
import { findUnstorable } from '../core/text/storable.ts';
import { SESSION_COOKIE } from '../auth/sessions.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The body is a batch of records validated one by one (ingest): the request-wide text check skips it. */
    recordBody?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Why a cookie-authenticated write is refused as cross-site, or undefined when it may go on. */
export function crossSiteReason(req: FastifyRequest): string | undefined {
  if (SAFE_METHODS.has(req.method)) return undefined;
  if (req.headers.authorization !== undefined) return undefined;
  if (req.cookies[SESSION_COOKIE] === undefined) return undefined;
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') {
    // 'none': typed in the address bar or a bookmark, not sent by any page.
    return site === 'same-origin' || site === 'none' ? undefined : `Sec-Fetch-Site: ${site}`;
  }
  const origin = req.headers.origin;
  if (typeof origin === 'string') {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return `Origin: ${origin}`;
    }
    return host === req.host ? undefined : `Origin: ${origin}`;
  }
  // Neither header: not a browser page (a script or tool holding the cookie itself).
  return undefined;
}

/** Response headers of every answer. 'unsafe-inline' styles: Ant Design writes its CSS-in-JS as <style> tags. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
    "frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

/** The API docs page (Swagger UI) runs an inline initialiser script; it gets its own, looser script policy. */
const DOCS_CSP = SECURITY_HEADERS['content-security-policy']!.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
);

/** Deepest JSON body any route accepts (ingest bodies excepted: their records are checked one by one). */
const MAX_BODY_DEPTH = 64;

function checkText(where: string, value: unknown, maxDepth: number): void {
  const bad = findUnstorable(value, maxDepth);
  if (!bad) return;
  const field = bad.field === '' ? where : `${where}.${bad.field}`;
  throw new AppError('BAD_INPUT', `${field}: ${bad.message}`, { field });
}

export function registerRequestGuards(app: FastifyInstance): void {
  app.addHook('onRequest', (req, _reply, done) => {
    const why = crossSiteReason(req);
    done(
      why === undefined
        ? undefined
        : new AppError('FORBIDDEN', `cross-site request refused (${why}): write from zhijian's own pages`),
    );
  });
  app.addHook('preValidation', (req, _reply, done) => {
    checkText('params', req.params, MAX_BODY_DEPTH);
    checkText('query', req.query, MAX_BODY_DEPTH);
    if (req.routeOptions.config.recordBody !== true && req.body !== undefined && !Buffer.isBuffer(req.body)) {
      checkText('body', req.body, MAX_BODY_DEPTH);
    }
    done();
  });
  app.addHook('onSend', (req, reply, payload, done) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) void reply.header(name, value);
    if (req.url.startsWith('/docs')) void reply.header('content-security-policy', DOCS_CSP);
    done(null, payload);
  });
}
