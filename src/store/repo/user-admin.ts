// User account administration. Accounts are read without their password hash: only login (users.ts) and the
// password change itself ever load a hash, so no list, audit entry or response can leak one.
import { and, asc, eq, ne, type SQL } from 'drizzle-orm';
import { sessions, users, type UserRole } from '../schema/index.ts';
import type { DbHandle } from '../store.ts';
import type { User } from './users.ts';

export type UserAccount = Omit<User, 'passwordHash'>;

const accountColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  agentId: users.agentId,
  teamId: users.teamId,
  vendorId: users.vendorId,
  branchId: users.branchId,
  createdAt: users.createdAt,
  disabled: users.disabled,
};

export function listUserAccounts(
  s: DbHandle,
  filter: { role?: UserRole; includeDisabled?: boolean } = {},
): Promise<UserAccount[]> {
  const conds: (SQL | undefined)[] = [
    filter.role === undefined ? undefined : eq(users.role, filter.role),
    filter.includeDisabled ? undefined : eq(users.disabled, false),
  ];
  return s.db
    .select(accountColumns)
    .from(users)
    .where(and(...conds))
    .orderBy(asc(users.username));
}

export async function findUserAccount(
  s: DbHandle,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<UserAccount | undefined> {
  const q = s.db.select(accountColumns).from(users).where(eq(users.id, id));
  const [row] = opts.lock ? await q.for('update') : await q;
  return row;
}

export interface UserAccountPatch {
  displayName?: string;
  role?: UserRole;
  agentId?: string | null;
  teamId?: string | null;
  vendorId?: string | null;
  branchId?: string | null;
  disabled?: boolean;
}

export async function updateUserAccount(
  s: DbHandle,
  id: string,
  patch: UserAccountPatch,
): Promise<UserAccount> {
  const [row] = await s.db.update(users).set(patch).where(eq(users.id, id)).returning(accountColumns);
  return row!;
}

/** The stored hash of one account, for verifying the current password before a change. */
export async function passwordHashOf(s: DbHandle, id: string): Promise<string | undefined> {
  const [row] = await s.db.select({ h: users.passwordHash }).from(users).where(eq(users.id, id));
  return row?.h;
}

export async function setPasswordHash(s: DbHandle, id: string, passwordHash: string): Promise<void> {
  await s.db.update(users).set({ passwordHash }).where(eq(users.id, id));
}

/** End the account's sessions (all, or all but the one making the request); answers how many ended. */
export async function endSessionsOfUser(
  s: DbHandle,
  userId: string,
  keepTokenHash?: string,
): Promise<number> {
  const rows = await s.db
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        keepTokenHash === undefined ? undefined : ne(sessions.tokenHash, keepTokenHash),
      ),
    )
    .returning({ t: sessions.tokenHash });
  return rows.length;
}

/**
 * Enabled admin accounts, locked FOR UPDATE: two admins demoting each other at once serialise here, and the second
 * re-reads the first's change (PostgreSQL re-checks locked rows against the WHERE), so one admin always remains.
 */
export async function lockActiveAdmins(s: DbHandle): Promise<number> {
  const rows = await s.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.disabled, false)))
    .for('update');
  return rows.length;
}

/** Enabled accounts bound to one agent code (an agent who leaves loses them). */
export function activeAccountsOfAgent(s: DbHandle, agentId: string): Promise<UserAccount[]> {
  return s.db
    .select(accountColumns)
    .from(users)
    .where(and(eq(users.agentId, agentId), eq(users.disabled, false)))
    .for('update');
}

export async function findAccountByUsername(s: DbHandle, username: string): Promise<UserAccount | undefined> {
  const [row] = await s.db.select(accountColumns).from(users).where(eq(users.username, username));
  return row;
}

/** An account as handed to other layers: the password hash stripped. */
export function accountOf(u: User): UserAccount {
  const { passwordHash: _hash, ...account } = u;
  return account;
}
