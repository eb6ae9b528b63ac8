// Users and sessions repository. Passwords arrive already hashed (argon2 in the HTTP layer) and session tokens
// arrive as their SHA-256: the store never holds a secret that would open an account.
import { and, eq, gt, inArray, lte } from 'drizzle-orm';
import { sessions, users } from '../schema/index.ts';
import type { UserRole } from '../schema/index.ts';
import type { DbHandle, Store } from '../store.ts';

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  role: UserRole;
  agentId?: string | null;
  teamId?: string | null;
  vendorId?: string | null;
  branchId?: string | null;
  disabled?: boolean;
}

export async function createUser(store: DbHandle, u: NewUser): Promise<User> {
  const [row] = await store.db.insert(users).values(u).returning();
  return row!;
}

export async function findUserByUsername(store: Store, username: string): Promise<User | undefined> {
  const [row] = await store.db.select().from(users).where(eq(users.username, username));
  return row;
}

export async function findUserById(store: DbHandle, id: string): Promise<User | undefined> {
  const [row] = await store.db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Display names of these users (who handled an alert, decided a case), by id; unknown ids are left out. */
export async function userDisplayNames(
  store: DbHandle,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await store.db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

export async function countUsers(store: Store): Promise<number> {
  return store.db.$count(users);
}

export async function createSession(
  store: Store,
  s: { tokenHash: string; userId: string; expiresAt: Date },
): Promise<Session> {
  const [row] = await store.db.insert(sessions).values(s).returning();
  return row!;
}

/** The session and its user when the session exists, has not expired at `now` and the user is not disabled. */
export async function findSession(
  store: Store,
  tokenHash: string,
  now: Date,
): Promise<{ session: Session; user: User } | undefined> {
  const [row] = await store.db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.disabled, false)));
  return row;
}

export async function deleteSession(store: Store, tokenHash: string): Promise<void> {
  await store.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(store: Store, now: Date): Promise<number> {
  const rows = await store.db
    .delete(sessions)
    .where(lte(sessions.expiresAt, now))
    .returning({ t: sessions.tokenHash });
  return rows.length;
}
