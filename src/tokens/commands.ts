// Commands on API tokens for integrations. A token acts as its owner (src/auth/api-tokens.ts explains the model),
// optionally limited to some policy actions. The clear token is answered once, at creation; only its SHA-256 is
// stored. Anyone holding tokens.manage keeps their own; the admin (tokens.manage.any) also lists and revokes every
// token and issues tokens for service accounts. Row policy: another user's token is NOT_FOUND without
// tokens.manage.any. Creation and revocation are audited in their transaction.
import { randomUUID } from 'node:crypto';
import { forgetCachedTokens, newApiToken } from '../auth/api-tokens.ts';
import { permits, toPrincipal, tokenHash, type Authenticated } from '../auth/sessions.ts';
import { can, isAction } from '../core/auth/policy.ts';
import { tokenState } from '../core/auth/token-state.ts';
import type { FieldIssue } from '../core/auth/user-scope.ts';
import { AppError } from '../core/errors/app-error.ts';
import {
  appendAudit,
  findUserById,
  inTransaction,
  insertApiToken,
  listApiTokens,
  lockApiToken,
  revokeApiToken,
  type ApiTokenInfo,
  type Store,
} from '../store/index.ts';

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

export interface NewToken {
  name: string;
  userId?: string | undefined;
  actions?: string[] | undefined;
  expiresAt?: string | null | undefined;
}

/** Issues a token; a token creating a token passes on its own limit and cannot widen it. */
export async function createToken(
  store: Store,
  a: Authenticated,
  b: NewToken,
  now: Date,
): Promise<{ token: ApiTokenInfo; secret: string }> {
  const p = a.principal;
  const ownerId = b.userId ?? p.id;
  if (ownerId !== p.id && !permits(a, 'tokens.manage.any')) {
    throw new AppError('FORBIDDEN', 'Only the admin issues tokens for other accounts');
  }
  const owner = await findUserById(store, ownerId);
  if (!owner) throw new AppError('NOT_FOUND', `User ${ownerId} not found`);
  if (owner.disabled) throw new AppError('CONFLICT', `User ${owner.username} is disabled`);
  const limit = a.via.kind === 'api_token' ? a.via.actions : null;
  const actions = b.actions ? [...new Set(b.actions)] : limit && [...limit];
  const issues: FieldIssue[] = [];
  for (const action of actions ?? []) {
    if (!isAction(action)) issues.push({ field: 'actions', message: `unknown action ${action}` });
    else if (!can(toPrincipal(owner), action)) {
      issues.push({ field: 'actions', message: `${owner.role} may not ${action}` });
    } else if (limit && !limit.includes(action)) {
      issues.push({ field: 'actions', message: `this token itself may not ${action}` });
    }
  }
  const expiresAt = b.expiresAt ? new Date(b.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= now.getTime()) {
    issues.push({ field: 'expiresAt', message: 'must lie in the future' });
  }
  if (issues.length > 0) throw new AppError('BAD_INPUT', 'Invalid token request', issues);
  const secret = newApiToken();
  const id = `tok-${randomUUID()}`;
  const token = await inTransaction(store, async (s) => {
    await insertApiToken(s, {
      id,
      tokenHash: tokenHash(secret),
      userId: owner.id,
      name: b.name,
      actions,
      expiresAt,
      createdAt: now,
    });
    const info = (await lockApiToken(s, id))!;
    await appendAudit(s, {
      actorUserId: p.id,
      action: 'api_token.create',
      entity: 'api_token',
      entityId: id,
      after: { name: info.name, userId: info.userId, actions: info.actions, expiresAt: iso(info.expiresAt) },
    });
    return info;
  });
  return { token, secret };
}

/** The caller's own tokens; with tokens.manage.any every token, or one account's. */
export function listTokens(
  store: Store,
  a: Authenticated,
  q: { userId?: string | undefined },
): Promise<ApiTokenInfo[]> {
  const userId = permits(a, 'tokens.manage.any') ? q.userId : a.principal.id;
  return listApiTokens(store, userId === undefined ? {} : { userId });
}

/** Revokes a token at once; revoking twice changes nothing. */
export async function revokeToken(store: Store, a: Authenticated, id: string, now: Date): Promise<void> {
  await inTransaction(store, async (s) => {
    const t = await lockApiToken(s, id);
    if (!t || (t.userId !== a.principal.id && !permits(a, 'tokens.manage.any'))) {
      throw new AppError('NOT_FOUND', `Token ${id} not found`);
    }
    if (t.revokedAt !== null) return;
    await revokeApiToken(s, t.id, now);
    await appendAudit(s, {
      actorUserId: a.principal.id,
      action: 'api_token.revoke',
      entity: 'api_token',
      entityId: t.id,
      before: { name: t.name, userId: t.userId, state: tokenState(t, now).kind },
      after: { state: 'revoked', revokedAt: now.toISOString() },
    });
  });
  forgetCachedTokens(store);
}
