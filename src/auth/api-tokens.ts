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

/**
 * Resolved tokens are kept for a second: a switch asking the IVR lookup many times a second (docs/telephony.md) would
 * otherwise wait for the database on every call, and the token check would dwarf the lookup itself. A change to a
 * token or its owner (revoke, disable, role) clears the cache of the process that made it at once
 * (forgetCachedTokens); another server process sees it within TOKEN_CACHE_MS. Expiry is checked on every use.
 */
export const TOKEN_CACHE_MS = 1_000;
const TOKEN_CACHE_MAX = 1_000;
type Resolved = { token: ApiToken; user: User };
const caches = new WeakMap<object, Map<string, { found: Resolved; until: number }>>();

/** Drop every cached token of this store (after a token or user change has committed). */
export function forgetCachedTokens(store: object): void {
  caches.delete(store);
}

/** The live token and its owner, recording the use (at most once a minute); undefined when unknown or dead. */
export async function resolveApiToken(ctx: AppContext, secret: string): Promise<Resolved | undefined> {
  const now = ctx.now();
  const hash = tokenHash(secret);
  let cache = caches.get(ctx.store);
  const hit = cache?.get(hash);
  const clock = performance.now();
  if (hit && hit.until > clock) {
    const exp = hit.found.token.expiresAt;
    if (exp === null || exp.getTime() > now.getTime()) return hit.found;
  }
  const found = await findLiveApiToken(ctx.store, hash, now);
  if (!found) {
    cache?.delete(hash);
    return undefined;
  }
  // The row just read says when the use was last recorded: a recent one needs no write at all.
  const notBefore = new Date(now.getTime() - TOUCH_INTERVAL_MS);
  const last = found.token.lastUsedAt;
  if (last === null || last.getTime() <= notBefore.getTime()) {
    await touchApiToken(ctx.store, found.token.id, now, notBefore);
  }
  if (!cache) caches.set(ctx.store, (cache = new Map<string, { found: Resolved; until: number }>()));
  if (cache.size >= TOKEN_CACHE_MAX) cache.clear();
  cache.set(hash, { found, until: clock + TOKEN_CACHE_MS });
  return found;
}
