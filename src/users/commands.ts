// Commands on user accounts: list and read (scoped), create, edit (role, scope, display name, disable/enable) and
// password reset. The admin manages every account; a vendor manager the agent and team-leader accounts of their
// vendor (ASSIGNABLE_ROLES); an account outside the caller's scope is NOT_FOUND. Disabling an account ends its
// sessions and revokes its API tokens in the same transaction; the last enabled admin cannot be disabled or
// demoted. No hash is ever returned or written to the audit log (accounts are read without it, see
// store/repo/user-admin.ts).
import { randomUUID } from 'node:crypto';
import { forgetCachedTokens } from '../auth/api-tokens.ts';
import { generatePassword, hashPassword, verifyPassword } from '../auth/passwords.ts';
import {
  contains,
  homeOf,
  managesVendor,
  placeUser,
  type Home,
  type OrgIndex,
} from '../core/auth/org-scope.ts';
import type { Principal, UserRole } from '../core/auth/roles.ts';
import {
  ASSIGNABLE_ROLES,
  branchIssues,
  passwordIssues,
  scopeIssues,
  type FieldIssue,
  type ScopeIds,
} from '../core/auth/user-scope.ts';
import { AppError } from '../core/errors/app-error.ts';
import { loadOrg } from '../organisation/org.ts';
import {
  accountOf,
  appendAudit,
  auditCreated,
  conflictOnDuplicate,
  createUser as insertUser,
  endSessionsOfUser,
  findAccountByUsername,
  findUserAccount,
  getBranch,
  inTransaction,
  listUserAccounts,
  lockActiveAdmins,
  lockAgent,
  lockTeam,
  lockVendor,
  passwordHashOf,
  revokeTokensOfUser,
  setPasswordHash,
  updateAudited,
  updateUserAccount,
  type DbHandle,
  type Store,
  type UserAccount,
} from '../store/index.ts';

const visible = (home: Home | null, ix: OrgIndex, u: UserAccount) => contains(home, placeUser(ix, u));

/** The account, if the caller may change it; 404 when they may not even see it. */
function manageable(p: Principal, home: Home | null, ix: OrgIndex, u: UserAccount | undefined, id: string) {
  if (!u || !visible(home, ix, u)) throw new AppError('NOT_FOUND', `User ${id} not found`);
  if (!ASSIGNABLE_ROLES[p.role].includes(u.role)) {
    throw new AppError('FORBIDDEN', `Role ${p.role} may not change a ${u.role} account`);
  }
  return u;
}

/** The scope ids must name units that exist, are active and lie in the caller's vendor (unknown = not theirs). */
async function scopeRefIssues(s: DbHandle, p: Principal, ids: Partial<ScopeIds>): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const check = (field: keyof ScopeIds, row: { active: boolean } | undefined, vendorId: string | null) => {
    if (!row || !managesVendor(p, vendorId)) issues.push({ field, message: `unknown ${field}` });
    else if (!row.active) issues.push({ field, message: `${field} is inactive` });
  };
  if (ids.agentId) {
    const agent = await lockAgent(s, ids.agentId);
    const team = agent && (await lockTeam(s, agent.teamId));
    check('agentId', agent, team?.vendorId ?? null);
  }
  if (ids.teamId) {
    const team = await lockTeam(s, ids.teamId);
    check('teamId', team, team?.vendorId ?? null);
  }
  if (ids.vendorId) {
    const vendor = await lockVendor(s, ids.vendorId);
    check('vendorId', vendor, vendor?.id ?? null);
  }
  return issues;
}

/** A back-office account's branch must exist and be active. */
async function branchRefIssues(s: DbHandle, branchId: string | null): Promise<FieldIssue[]> {
  if (branchId === null) return [];
  const branch = await getBranch(s, branchId);
  if (!branch) return [{ field: 'branchId', message: 'unknown branchId' }];
  return branch.active ? [] : [{ field: 'branchId', message: 'branchId is inactive' }];
}

function refuse(issues: FieldIssue[], message = 'Invalid user account'): void {
  if (issues.length > 0) throw new AppError('BAD_INPUT', message, issues);
}

/** The last enabled admin cannot be disabled or demoted: nobody could administer the installation any more. */
async function keepAnAdmin(
  s: DbHandle,
  before: UserAccount,
  role: UserRole,
  disabled: boolean,
): Promise<void> {
  const losesAdmin = before.role === 'admin' && !before.disabled && (role !== 'admin' || disabled);
  if (losesAdmin && (await lockActiveAdmins(s)) <= 1) {
    throw new AppError('CONFLICT', 'This is the last enabled admin account');
  }
}

export async function listVisibleUsers(
  store: Store,
  p: Principal,
  q: { role?: UserRole | undefined; includeDisabled: boolean },
): Promise<UserAccount[]> {
  const [org, rows] = await Promise.all([
    loadOrg(store),
    listUserAccounts(store, { role: q.role, includeDisabled: q.includeDisabled }),
  ]);
  const home = homeOf(p, org.ix);
  return rows.filter((u) => visible(home, org.ix, u));
}

export async function getVisibleUser(store: Store, p: Principal, id: string): Promise<UserAccount> {
  const [org, u] = await Promise.all([loadOrg(store), findUserAccount(store, id)]);
  if (!u || !visible(homeOf(p, org.ix), org.ix, u)) throw new AppError('NOT_FOUND', `User ${id} not found`);
  return u;
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: UserRole;
  agentId?: string | null | undefined;
  teamId?: string | null | undefined;
  vendorId?: string | null | undefined;
  branchId?: string | null | undefined;
  password?: string | undefined;
}

/** Creates an account; without a password one is generated and answered once (`password`, else null). */
export async function createUser(
  store: Store,
  p: Principal,
  b: NewAccount,
): Promise<{ user: UserAccount; password: string | null }> {
  const ids: ScopeIds = {
    agentId: b.agentId ?? null,
    teamId: b.teamId ?? null,
    vendorId: b.vendorId ?? null,
  };
  refuse([
    ...(ASSIGNABLE_ROLES[p.role].includes(b.role)
      ? []
      : [{ field: 'role', message: `role ${p.role} may not create ${b.role} accounts` }]),
    ...scopeIssues(b.role, ids),
    ...branchIssues(b.role, b.branchId ?? null),
    ...(b.password === undefined ? [] : passwordIssues('password', b.password, b.username)),
  ]);
  const plain = b.password ?? generatePassword();
  const passwordHash = await hashPassword(plain);
  const user = await inTransaction(store, async (s) => {
    refuse([...(await scopeRefIssues(s, p, ids)), ...(await branchRefIssues(s, b.branchId ?? null))]);
    if (await findAccountByUsername(s, b.username)) {
      throw new AppError('CONFLICT', `Username ${b.username} is taken`);
    }
    const created = await insertUser(s, {
      id: `u-${randomUUID()}`,
      username: b.username,
      displayName: b.displayName,
      role: b.role,
      passwordHash,
      ...ids,
      branchId: b.branchId ?? null,
    });
    return auditCreated(s, p.id, 'user', accountOf(created));
  }).catch((e: unknown) => conflictOnDuplicate(e, `Username ${b.username} is taken`));
  return { user, password: b.password === undefined ? plain : null };
}

export interface AccountPatch {
  displayName?: string | undefined;
  role?: UserRole | undefined;
  agentId?: string | null | undefined;
  teamId?: string | null | undefined;
  vendorId?: string | null | undefined;
  branchId?: string | null | undefined;
  disabled?: boolean | undefined;
}

/** Changes display name, role and scope, or disables/enables an account. A role change without scope ids clears them. */
export async function updateUser(
  store: Store,
  p: Principal,
  id: string,
  b: AccountPatch,
  now: Date,
): Promise<UserAccount> {
  const org = await loadOrg(store);
  const home = homeOf(p, org.ix);
  const user = await inTransaction(store, async (s) => {
    const before = manageable(p, home, org.ix, await findUserAccount(s, id, { lock: true }), id);
    const role = b.role ?? before.role;
    const roleChanges = role !== before.role;
    // A new role starts from an empty scope: the old role's scope id means nothing for the new one.
    const keep = (field: keyof ScopeIds) =>
      b[field] !== undefined ? (b[field] ?? null) : roleChanges ? null : before[field];
    const ids: ScopeIds = { agentId: keep('agentId'), teamId: keep('teamId'), vendorId: keep('vendorId') };
    const branchId = b.branchId !== undefined ? b.branchId : roleChanges ? null : before.branchId;
    const disabled = b.disabled ?? before.disabled;
    const issues: FieldIssue[] = [];
    if (roleChanges && !ASSIGNABLE_ROLES[p.role].includes(role)) {
      issues.push({ field: 'role', message: `role ${p.role} may not assign ${role}` });
    }
    if (before.id === p.id && (roleChanges || disabled)) {
      issues.push({ field: roleChanges ? 'role' : 'disabled', message: 'not on your own account' });
    }
    // The scope is judged when it changes; an account whose stored scope predates the rule (or came from an
    // import) can still be disabled, renamed or re-scoped.
    const scopeTouched =
      roleChanges || b.agentId !== undefined || b.teamId !== undefined || b.vendorId !== undefined;
    if (scopeTouched) issues.push(...scopeIssues(role, ids));
    if (roleChanges || b.branchId !== undefined) issues.push(...branchIssues(role, branchId));
    if (branchId !== before.branchId) issues.push(...(await branchRefIssues(s, branchId)));
    const newRefs = Object.fromEntries(
      (['agentId', 'teamId', 'vendorId'] as const)
        .filter((f) => ids[f] !== before[f])
        .map((f) => [f, ids[f]]),
    );
    issues.push(...(await scopeRefIssues(s, p, newRefs)));
    refuse(issues);
    await keepAnAdmin(s, before, role, disabled);
    const patch = { displayName: b.displayName ?? before.displayName, role, ...ids, branchId, disabled };
    return updateAudited(s, {
      actorUserId: p.id,
      entity: 'user',
      before,
      patch,
      update: updateUserAccount,
      // Disabling ends the account's sessions and revokes its API tokens in the same transaction.
      action: async (was, after) => {
        if (!was.disabled && after.disabled) {
          await endSessionsOfUser(s, was.id);
          await revokeTokensOfUser(s, was.id, now);
          return 'user.disable';
        }
        return was.disabled && !after.disabled ? 'user.enable' : 'user.update';
      },
    });
  });
  // A disabled account's or a changed role's tokens act no more, in this process at once.
  forgetCachedTokens(store);
  return user;
}

/**
 * Resets an account's password (generated and answered once when none is given) and ends its sessions, except
 * `keepSession` (the token hash of the caller's own session when they reset their own password).
 */
export async function resetPassword(
  store: Store,
  p: Principal,
  id: string,
  b: { password?: string | undefined; keepSession?: string | undefined },
): Promise<{ password: string | null }> {
  const org = await loadOrg(store);
  const target = manageable(p, homeOf(p, org.ix), org.ix, await findUserAccount(store, id), id);
  if (b.password !== undefined) refuse(passwordIssues('password', b.password, target.username));
  const plain = b.password ?? generatePassword();
  const passwordHash = await hashPassword(plain);
  await inTransaction(store, async (s) => {
    const locked = await findUserAccount(s, target.id, { lock: true });
    if (!locked) throw new AppError('NOT_FOUND', `User ${target.id} not found`);
    await setPasswordHash(s, target.id, passwordHash);
    // Whoever held the old password is logged out; an admin resetting their own keeps this session.
    const keep = target.id === p.id ? b.keepSession : undefined;
    const ended = await endSessionsOfUser(s, target.id, keep);
    await appendAudit(s, {
      actorUserId: p.id,
      action: 'user.password.reset',
      entity: 'user',
      entityId: target.id,
      after: { passwordReset: true, generated: b.password === undefined, sessionsEnded: ended },
    });
  });
  return { password: b.password === undefined ? plain : null };
}

/**
 * Changes one's own password: the current one must be right (`'wrong-password'` otherwise, so that the caller can
 * count it like a failed login), the new one acceptable and different; the account's other sessions end, except
 * `keepSession` (the token hash of the session asking).
 */
export async function changeOwnPassword(
  store: Store,
  p: Principal,
  b: { currentPassword: string; newPassword: string; keepSession?: string | undefined },
): Promise<'changed' | 'wrong-password'> {
  const stored = await passwordHashOf(store, p.id);
  if (!stored || !(await verifyPassword(stored, b.currentPassword))) return 'wrong-password';
  const issues = passwordIssues('newPassword', b.newPassword, p.username);
  if (b.newPassword === b.currentPassword)
    issues.push({ field: 'newPassword', message: 'must differ from the current password' });
  refuse(issues, 'The new password is not acceptable');
  const hash = await hashPassword(b.newPassword);
  await inTransaction(store, async (s) => {
    await setPasswordHash(s, p.id, hash);
    const ended = await endSessionsOfUser(s, p.id, b.keepSession);
    await appendAudit(s, {
      actorUserId: p.id,
      action: 'user.password.change',
      entity: 'user',
      entityId: p.id,
      after: { passwordChanged: true, otherSessionsEnded: ended },
    });
  });
  return 'changed';
}
