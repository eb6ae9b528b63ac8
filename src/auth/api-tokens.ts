// Bearer API tokens for integrations. Model: a token acts AS ITS OWNER (same role, same data scope), optionally
// limited to a subset of the owner's policy actions. An integration that should not act as a person gets a service
// account: the admin creates a user for it (role = what the integration needs, e.g. qa_inspector to read results,
// scope ids as for any user) and issues the token for that account (`POST /api/tokens {userId}`). Disabling the
// owner stops the token; the clear token is shown once and only its SHA-256 is stored.
import { randomBytes } from 'node:crypto';
import { API_TOKEN_PREFIX, TOUCH_INTERVAL_MS } from '../core/auth/token-state.ts';
import { findLiveApiToken, touchApiToken, type ApiToken, type User } from '../store/index.ts';
import type { AppContext } from '../http/context.ts';
import { tokenHash } from './token-hash.ts';

export const newApiToken = (): string => API_TOKEN_PREFIX + randomBytes(32).toString('base64url');

export const isApiToken = (secret: string): boolean => secret.startsWith(API_TOKEN_PREFIX);

/** The live token and its owner, recording the use (at most once a minute); undefined when unknown or dead. */
export async function resolveApiToken(
  ctx: AppContext,
  secret: string,
): Promise<{ token: ApiToken; user: User } | undefined> {
  const now = ctx.now();
  const found = await findLiveApiToken(ctx.store, tokenHash(secret), now);
  if (!found) return undefined;
  // The row just read says when the use was last recorded: a recent one needs no write at all, so an integration
  // calling many times a second (the IVR lookup, docs/telephony.md) costs one indexed read per request.
  const notBefore = new Date(now.getTime() - TOUCH_INTERVAL_MS);
  const last = found.token.lastUsedAt;
  if (last === null || last.getTime() <= notBefore.getTime()) {
    await touchApiToken(ctx.store, found.token.id, now, notBefore);
  }
  return found;
}
