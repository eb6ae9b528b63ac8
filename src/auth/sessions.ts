// Session cookies for the UI and bearer tokens for integrations. Only the SHA-256 of a token is stored.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors/app-error.ts';
import type { Principal, UserRole } from '../core/auth/roles.ts';
import { can, type Action } from '../core/auth/policy.ts';
import { findSession, type User } from '../store/index.ts';
import type { AppContext } from '../http/context.ts';

export const SESSION_COOKIE = 'zhijian_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000; // one working day plus overtime

export const newToken = (): string => randomBytes(32).toString('base64url');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export function toPrincipal(u: User): Principal {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as UserRole,
    agentId: u.agentId,
    teamId: u.teamId,
    vendorId: u.vendorId,
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

function bearer(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
}

/** The caller, from the session cookie or an `Authorization: Bearer` token; UNAUTHENTICATED otherwise. */
export async function authenticate(ctx: AppContext, req: FastifyRequest): Promise<Principal> {
  const token = req.cookies[SESSION_COOKIE] ?? bearer(req);
  if (!token) throw new AppError('UNAUTHENTICATED', 'Log in first');
  const found = await findSession(ctx.store, tokenHash(token), ctx.now());
  if (!found) throw new AppError('UNAUTHENTICATED', 'Session expired or unknown; log in again');
  return toPrincipal(found.user);
}

/** Authenticate, then check the action against the policy table; FORBIDDEN when the role may not. */
export async function requireAction(
  ctx: AppContext,
  req: FastifyRequest,
  action: Action,
): Promise<Principal> {
  const p = await authenticate(ctx, req);
  if (!can(p, action)) throw new AppError('FORBIDDEN', `Role ${p.role} may not ${action}`);
  return p;
}
