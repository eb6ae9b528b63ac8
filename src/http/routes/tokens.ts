// API tokens for integrations. A token acts as its owner (src/auth/api-tokens.ts explains the model),
// optionally limited to some policy actions. The clear token is answered once, at creation; only its SHA-256 is
// stored. Anyone holding tokens.manage keeps their own; the admin (tokens.manage.any) also lists and revokes every
// token and issues tokens for service accounts.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authenticated, requireAction } from '../../auth/sessions.ts';
import { tokenState } from '../../core/auth/token-state.ts';
import type { ApiTokenInfo } from '../../store/index.ts';
import { createToken, listTokens, revokeToken } from '../../tokens/commands.ts';
import type { AppContext } from '../context.ts';
import { nameSchema } from './org-common.ts';

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
        const now = ctx.now();
        const { token, secret } = await createToken(ctx.store, a, req.body, now);
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
        const now = ctx.now();
        const rows = await listTokens(ctx.store, a, req.query);
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
        await revokeToken(ctx.store, a, req.params.id, ctx.now());
        return reply.code(204).send(null);
      },
    );
    done();
  };
}
