// API tokens for integrations. Only the SHA-256 of a token is stored; rows are never deleted (revocation stamps
// revoked_at), so the audit log and "last used" keep answering who called with what.
import { and, desc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import { apiTokens, users } from '../schema/index.ts';
import type { DbHandle } from '../store.ts';
import type { User } from './users.ts';

export type ApiToken = typeof apiTokens.$inferSelect;
/** A token as listed: never its hash. */
export type ApiTokenInfo = Omit<ApiToken, 'tokenHash'> & { username: string };

const infoColumns = {
  id: apiTokens.id,
  userId: apiTokens.userId,
  username: users.username,
  name: apiTokens.name,
  actions: apiTokens.actions,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  expiresAt: apiTokens.expiresAt,
  revokedAt: apiTokens.revokedAt,
};

export async function insertApiToken(
  s: DbHandle,
  t: {
    id: string;
    tokenHash: string;
    userId: string;
    name: string;
    actions: string[] | null;
    expiresAt: Date | null;
    createdAt: Date;
  },
): Promise<ApiToken> {
  const [row] = await s.db.insert(apiTokens).values(t).returning();
  return row!;
}

/** The token and its owner when it is neither revoked nor expired at `now` and the owner is not disabled. */
export async function findLiveApiToken(
  s: DbHandle,
  tokenHash: string,
  now: Date,
): Promise<{ token: ApiToken; user: User } | undefined> {
  const [row] = await s.db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        eq(users.disabled, false),
      ),
    );
  return row;
}

/** Record a use; skipped when the last recorded use is more recent than `notBefore`. */
export async function touchApiToken(s: DbHandle, id: string, now: Date, notBefore: Date): Promise<void> {
  await s.db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lte(apiTokens.lastUsedAt, notBefore))));
}

export function listApiTokens(s: DbHandle, filter: { userId?: string } = {}): Promise<ApiTokenInfo[]> {
  return s.db
    .select(infoColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(filter.userId === undefined ? undefined : eq(apiTokens.userId, filter.userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

export async function lockApiToken(s: DbHandle, id: string): Promise<ApiTokenInfo | undefined> {
  const [row] = await s.db
    .select(infoColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.id, id))
    .for('update', { of: apiTokens });
  return row;
}

export async function revokeApiToken(s: DbHandle, id: string, now: Date): Promise<void> {
  await s.db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
}

/** Revoke every live token of an account (it was disabled); answers the ids revoked. */
export async function revokeTokensOfUser(s: DbHandle, userId: string, now: Date): Promise<string[]> {
  const rows = await s.db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.map((r) => r.id);
}
