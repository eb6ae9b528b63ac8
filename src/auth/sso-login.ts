// Signing in through the enterprise directory: the verified claims become a zhijian account. The directory is the
// source of truth for role and scope, so they are applied at every sign-in (a person moved to another team, or out
// of the QA group, gets the new scope or no access at the next login), and every change is audited as the
// directory's, not a person's. Accounts are found by username; with auto-provisioning a first sign-in creates one.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  ssoAccountChanges,
  ssoAccountOf,
  type SsoAccount,
  type SsoRefusal,
} from '../core/auth/sso-mapping.ts';
import type { OidcSettings } from '../settings/settings.ts';
import {
  accountOf,
  appendAudit,
  createUser,
  endSessionsOfUser,
  lockActiveAdmins,
  updateUserAccount,
  type Store,
  type StoreDb,
  type User,
  type UserAccount,
} from '../store/index.ts';
import { hashPassword } from './passwords.ts';
import { forgetCachedTokens } from './api-tokens.ts';
import { users } from '../store/schema/index.ts';
import { eq } from 'drizzle-orm';

export type SsoSignInRefusal =
  | SsoRefusal
  | { reason: 'not_provisioned'; detail: string }
  | { reason: 'disabled'; detail: string }
  | { reason: 'last_admin'; detail: string }
  | { reason: 'unknown_scope'; detail: string };

export type SsoSignIn = { ok: true; user: User; created: boolean } | ({ ok: false } & SsoSignInRefusal);

const fkViolation = (e: unknown): boolean => {
  const code = (x: unknown) =>
    typeof x === 'object' && x !== null ? (x as { code?: unknown }).code : undefined;
  return code(e) === '23503' || code((e as { cause?: unknown } | null)?.cause) === '23503';
};

/** The account for these verified claims, created or brought in line with the directory; or why none. */
export async function signInWithSso(
  store: Store,
  settings: OidcSettings,
  claims: Readonly<Record<string, unknown>>,
): Promise<SsoSignIn> {
  const mapped = ssoAccountOf(claims, settings);
  if (!mapped.ok) return mapped;
  const target = mapped.account;
  // Hashed outside the transaction (argon2 is slow); a random secret nobody knows: SSO accounts have no local
  // password until an admin sets one.
  const unusable = await hashPassword(randomBytes(32).toString('base64url'));
  try {
    const result = await store.db.transaction(async (tx) => {
      const s = { db: tx };
      const [row] = await tx.select().from(users).where(eq(users.username, target.username)).for('update');
      if (!row) return provision(s, settings, target, claims, unusable);
      return reconcile(s, row, target, claims);
    });
    // A changed role acts at once on this process's cached API tokens of the account, too.
    if (result.ok && !result.created) forgetCachedTokens(store);
    return result;
  } catch (e) {
    if (!fkViolation(e)) throw e;
    return {
      ok: false,
      reason: 'unknown_scope',
      detail: `${target.username}: the agent, team or vendor ${[target.agentId, target.teamId, target.vendorId].filter((x) => x !== null).join('/')} is not in zhijian's organisation`,
    };
  }
}

async function provision(
  s: { db: StoreDb },
  settings: OidcSettings,
  target: SsoAccount,
  claims: Readonly<Record<string, unknown>>,
  passwordHash: string,
): Promise<SsoSignIn> {
  if (!settings.autoProvision) {
    return {
      ok: false,
      reason: 'not_provisioned',
      detail: `${target.username} has no zhijian account and ZHIJIAN_OIDC_AUTO_PROVISION is false`,
    };
  }
  const { matched, ...fields } = target;
  const user = await createUser(s, { id: `u-${randomUUID()}`, ...fields, passwordHash });
  await appendAudit(s, {
    actorUserId: null,
    action: 'user.sso.provision',
    entity: 'user',
    entityId: user.id,
    before: null,
    after: { ...accountOf(user), createdAt: user.createdAt.toISOString(), matched, subject: claims['sub'] },
  });
  return { ok: true, user, created: true };
}

async function reconcile(
  s: { db: StoreDb },
  row: User,
  target: SsoAccount,
  claims: Readonly<Record<string, unknown>>,
): Promise<SsoSignIn> {
  if (row.disabled)
    return { ok: false, reason: 'disabled', detail: `${row.username} is disabled in zhijian` };
  const before: UserAccount = accountOf(row);
  const changes = ssoAccountChanges({ ...before, branchId: before.branchId ?? null }, target);
  if (Object.keys(changes).length === 0) return { ok: true, user: row, created: false };
  if (before.role === 'admin' && changes.role !== undefined && (await lockActiveAdmins(s)) <= 1) {
    return {
      ok: false,
      reason: 'last_admin',
      detail: `${row.username} is the last admin; the directory's ${target.role} would leave zhijian without one`,
    };
  }
  const after = await updateUserAccount(s, row.id, changes);
  // A changed role or scope must not live on in sessions opened under the old one.
  if (changes.role !== undefined || changes.teamId !== undefined || changes.vendorId !== undefined)
    await endSessionsOfUser(s, row.id);
  await appendAudit(s, {
    actorUserId: null,
    action: changes.role !== undefined ? 'user.sso.role' : 'user.sso.update',
    entity: 'user',
    entityId: row.id,
    before: Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof UserAccount]])),
    after: { ...changes, matched: target.matched, subject: claims['sub'] },
  });
  return { ok: true, user: { ...row, ...after }, created: false };
}
