// API tokens for integrations: the state of a token at a given time, and what a limited token permits.
// Pure; the store holds only the SHA-256 of a token (src/auth/api-tokens.ts).

/** Clear tokens start with this prefix so they are recognisable (secret scanners, logs) and routed to the right table. */
export const API_TOKEN_PREFIX = 'zj_';

export type TokenState = { kind: 'active' } | { kind: 'revoked'; at: Date } | { kind: 'expired'; at: Date };

export function tokenState(t: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): TokenState {
  if (t.revokedAt !== null) return { kind: 'revoked', at: t.revokedAt };
  if (t.expiresAt !== null && t.expiresAt.getTime() <= now.getTime())
    return { kind: 'expired', at: t.expiresAt };
  return { kind: 'active' };
}

/** A token limited to `actions` permits only those; null means everything its owner may do. */
export function tokenPermits(actions: readonly string[] | null, action: string): boolean {
  return actions === null || actions.includes(action);
}

/** Last-used time is written at most once per this interval, so a busy integration does not write on every call. */
export const TOUCH_INTERVAL_MS = 60_000;
