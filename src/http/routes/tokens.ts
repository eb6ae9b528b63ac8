// API tokens for integrations. A token acts as its owner (src/auth/api-tokens.ts explains the model),
// optionally limited to some policy actions. The clear token is answered once, at creation; only its SHA-256 is
// stored. Anyone holding tokens.manage keeps their own; the admin (tokens.manage.any) also lists and revokes every
// token and issues tokens for service accounts.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import { forgetCachedTokens, newApiToken } from '../../auth/api-tokens.ts';
import { authenticated, permits, requireAction, toPrincipal, tokenHash } from '../../auth/sessions.ts';
import { can, isAction } from '../../core/auth/policy.ts';
import { tokenState } from '../../core/auth/token-state.ts';
import type { FieldIssue } from '../../core/auth/user-scope.ts';
import { AppError } from '../../core/errors/app-error.ts';
import {
  appendAudit,
  findUserById,
  insertApiToken,
  listApiTokens,
  lockApiToken,
  revokeApiToken,
  type ApiTokenInfo,
} from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import { inTransaction, nameSchema } from './org-common.ts';

const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  userId: z.string(),
  username: z.string(),
  actions: z.array(z.string()).nullable(),
  state: z.enum(['active', 'revoked', 'expired']),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

function present(t: ApiTokenInfo, now: Date) {
  return {
    id: t.id,
    name: t.name,
    userId: t.userId,
    username: t.username,
    actions: t.actions,
    state: tokenState(t, now).kind,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: iso(t.lastUsedAt),
    expiresAt: iso(t.expiresAt),
    revokedAt: iso(t.revokedAt),
  };
}

export function tokenRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.post(
      '/tokens',
      {
        config: { action: 'tokens.manage' },
        schema: {
          tags: ['tokens'],
          summary:
            'Create an API token (answered once; send it as `Authorization: Bearer …`). It acts as its owner, limited to `actions` when given; the admin may issue it for another (service) account via userId',
          body: z.object({
            name: nameSchema,
            userId: z.string().min(1).optional(),
            actions: z.array(z.string()).min(1).max(100).optional(),
            expiresAt: z.iso.datetime({ offset: true }).nullable().optional(),
          }),
          response: { 201: z.object({ token: tokenSchema, secret: z.string() }) },
        },
      },
      async (req, reply) => {
        await requireAction(ctx, req, 'tokens.manage');
        const a = await authenticated(ctx, req);
        const p = a.principal;
        const now = ctx.now();
        const ownerId = req.body.userId ?? p.id;
        if (ownerId !== p.id && !permits(a, 'tokens.manage.any')) {
          throw new AppError('FORBIDDEN', 'Only the admin issues tokens for other accounts');
        }
        const owner = await findUserById(ctx.store, ownerId);
        if (!owner) throw new AppError('NOT_FOUND', `User ${ownerId} not found`);
        if (owner.disabled) throw new AppError('CONFLICT', `User ${owner.username} is disabled`);
        const limit = a.via.kind === 'api_token' ? a.via.actions : null;
        const actions = req.body.actions ? [...new Set(req.body.actions)] : limit && [...limit];
        const issues: FieldIssue[] = [];
        for (const action of actions ?? []) {
          if (!isAction(action)) issues.push({ field: 'actions', message: `unknown action ${action}` });
          else if (!can(toPrincipal(owner), action)) {
            issues.push({ field: 'actions', message: `${owner.role} may not ${action}` });
          } else if (limit && !limit.includes(action)) {
            issues.push({ field: 'actions', message: `this token itself may not ${action}` });
          }
        }
        const expiresAt = req.body.expiresAt ? new Date(req.body.expiresAt) : null;
        if (expiresAt && expiresAt.getTime() <= now.getTime()) {
          issues.push({ field: 'expiresAt', message: 'must lie in the future' });
        }
        if (issues.length > 0) throw new AppError('BAD_INPUT', 'Invalid token request', issues);
        const secret = newApiToken();
        const id = `tok-${randomUUID()}`;
        const token = await inTransaction(ctx.store, async (s) => {
          await insertApiToken(s, {
            id,
            tokenHash: tokenHash(secret),
            userId: owner.id,
            name: req.body.name,
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
            after: {
              name: info.name,
              userId: info.userId,
              actions: info.actions,
              expiresAt: iso(info.expiresAt),
            },
          });
          return info;
        });
        return reply.code(201).send({ token: present(token, now), secret });
      },
    );

    app.get(
      '/tokens',
      {
        config: { action: 'tokens.manage' },
        schema: {
          tags: ['tokens'],
          summary: 'API tokens (never their secret): the caller’s own; the admin sees all, or one account’s',
          querystring: z.object({ userId: z.string().optional() }),
          response: { 200: z.object({ items: z.array(tokenSchema) }) },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'tokens.manage');
        const a = await authenticated(ctx, req);
        const userId = permits(a, 'tokens.manage.any') ? req.query.userId : a.principal.id;
        const now = ctx.now();
        const rows = await listApiTokens(ctx.store, userId === undefined ? {} : { userId });
        return { items: rows.map((t) => present(t, now)) };
      },
    );

    app.delete(
      '/tokens/:id',
      {
        config: { action: 'tokens.manage' },
        schema: {
          tags: ['tokens'],
          summary: 'Revoke an API token at once (kept for the record, never usable again)',
          params: z.object({ id: z.string().min(1) }),
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await requireAction(ctx, req, 'tokens.manage');
        const a = await authenticated(ctx, req);
        const now = ctx.now();
        await inTransaction(ctx.store, async (s) => {
          const t = await lockApiToken(s, req.params.id);
          if (!t || (t.userId !== a.principal.id && !permits(a, 'tokens.manage.any'))) {
            throw new AppError('NOT_FOUND', `Token ${req.params.id} not found`);
          }
          if (t.revokedAt !== null) return; // revoking twice changes nothing
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
        forgetCachedTokens(ctx.store);
        return reply.code(204).send(null);
      },
    );
    done();
  };
}
