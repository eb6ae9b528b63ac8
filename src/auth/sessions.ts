// Session cookies for the UI and bearer tokens for integrations. Only the SHA-256 of a secret is stored.
// A request authenticates once: the route guard (route-guard.ts) and a handler's own requireAction share the result.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors/app-error.ts';
import type { Principal } from '../core/auth/roles.ts';
import { can, type Action } from '../core/auth/policy.ts';
import { tokenPermits } from '../core/auth/token-state.ts';
import { findSession, type User } from '../store/index.ts';
import type { AppContext } from '../http/context.ts';
import { isApiToken, resolveApiToken } from './api-tokens.ts';
import { tokenHash } from './token-hash.ts';

export { newToken, tokenHash } from './token-hash.ts';

export const SESSION_COOKIE = 'zhijian_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000; // one working day plus overtime

/** How the caller proved who they are. */
export type Credential =
  | { kind: 'session'; tokenHash: string }
  | { kind: 'api_token'; tokenId: string; actions: readonly string[] | null };

export interface Authenticated {
  principal: Principal;
  via: Credential;
}

export function toPrincipal(u: User): Principal {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    agentId: u.agentId,
    teamId: u.teamId,
    vendorId: u.vendorId,
    branchId: u.branchId,
  };
}

export function setSessionCookie(reply: FastifyReply, token: string, req: FastifyRequest): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function bearer(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
}

const cache = new WeakMap<FastifyRequest, Promise<Authenticated>>();

/**
 * The caller and their credential. An explicit `Authorization: Bearer` header wins over the cookie: `zj_…` secrets
 * are API tokens, anything else a session token (the login answer's `token`, for scripts). UNAUTHENTICATED otherwise.
 */
export function authenticated(ctx: AppContext, req: FastifyRequest): Promise<Authenticated> {
  let found = cache.get(req);
  if (!found) {
    found = resolve(ctx, req);
    cache.set(req, found);
  }
  return found;
}

async function resolve(ctx: AppContext, req: FastifyRequest): Promise<Authenticated> {
  const secret = bearer(req) ?? req.cookies[SESSION_COOKIE];
  if (!secret) throw new AppError('UNAUTHENTICATED', 'Log in first');
  if (isApiToken(secret)) {
    const t = await resolveApiToken(ctx, secret);
    if (!t) throw new AppError('UNAUTHENTICATED', 'API token unknown, expired or revoked');
    return {
      principal: toPrincipal(t.user),
      via: { kind: 'api_token', tokenId: t.token.id, actions: t.token.actions },
    };
  }
  const hash = tokenHash(secret);
  const s = await findSession(ctx.store, hash, ctx.now());
  if (!s) throw new AppError('UNAUTHENTICATED', 'Session expired or unknown; log in again');
  return { principal: toPrincipal(s.user), via: { kind: 'session', tokenHash: hash } };
}

/** The caller, from the session cookie or an `Authorization: Bearer` token; UNAUTHENTICATED otherwise. */
export async function authenticate(ctx: AppContext, req: FastifyRequest): Promise<Principal> {
  return (await authenticated(ctx, req)).principal;
}

/** Whether this caller may perform the action: their role by the policy table, and a limited token by its list. */
export function permits(a: Authenticated, action: Action): boolean {
  return can(a.principal, action) && (a.via.kind === 'session' || tokenPermits(a.via.actions, action));
}

/** Authenticate, then check the action against the policy table; FORBIDDEN when the role may not. */
export async function requireAction(
  ctx: AppContext,
  req: FastifyRequest,
  action: Action,
): Promise<Principal> {
  const a = await authenticated(ctx, req);
  if (!can(a.principal, action))
    throw new AppError('FORBIDDEN', `Role ${a.principal.role} may not ${action}`);
  if (!permits(a, action)) throw new AppError('FORBIDDEN', `This API token is not allowed to ${action}`);
  return a.principal;
}
