// POST /api/auth/login, GET /api/auth/me, POST /api/auth/logout.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors/app-error.ts';
import { checkThrottle, recordFailure, recordSuccess } from '../../core/auth/login-throttle.ts';
import { USER_ROLES } from '../../core/auth/roles.ts';
import { dummyHash, verifyPassword } from '../../auth/passwords.ts';
import {
  SESSION_COOKIE,
  SESSION_TTL_MS,
  authenticate,
  newToken,
  setSessionCookie,
  toPrincipal,
  tokenHash,
} from '../../auth/sessions.ts';
import { createSession, deleteSession, findUserByUsername } from '../../store/index.ts';
import type { AppContext } from '../context.ts';

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(USER_ROLES),
  agentId: z.string().nullable(),
  teamId: z.string().nullable(),
  vendorId: z.string().nullable(),
});

export function authRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.post(
      '/auth/login',
      {
        schema: {
          tags: ['auth'],
          summary: 'Log in; sets an httpOnly session cookie',
          security: [],
          body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
          response: { 200: z.object({ user: userSchema, token: z.string() }) },
        },
      },
      async (req, reply) => {
        const now = ctx.now().getTime();
        const keys = [`u:${req.body.username}`, `ip:${req.ip}`];
        for (const key of keys) {
          const d = checkThrottle(ctx.loginThrottle.state, key, now);
          if (!d.allowed) {
            throw new AppError('TOO_MANY_ATTEMPTS', 'Too many failed logins; try again later', {
              retryAfterMs: d.retryAfterMs,
            });
          }
        }
        const user = await findUserByUsername(ctx.store, req.body.username);
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), req.body.password);
        if (!user || !ok || user.disabled) {
          for (const key of keys) ctx.loginThrottle.state = recordFailure(ctx.loginThrottle.state, key, now);
          throw new AppError('INVALID_CREDENTIALS', 'Wrong username or password');
        }
        for (const key of keys) ctx.loginThrottle.state = recordSuccess(ctx.loginThrottle.state, key);
        const token = newToken();
        await createSession(ctx.store, {
          tokenHash: tokenHash(token),
          userId: user.id,
          expiresAt: new Date(now + SESSION_TTL_MS),
        });
        setSessionCookie(reply, token, req);
        return { user: toPrincipal(user), token };
      },
    );

    app.get(
      '/auth/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'The logged-in user',
          response: { 200: z.object({ user: userSchema }) },
        },
      },
      async (req) => ({ user: await authenticate(ctx, req) }),
    );

    app.post(
      '/auth/logout',
      { schema: { tags: ['auth'], summary: 'End the session', response: { 204: z.null() } } },
      async (req, reply) => {
        const token = req.cookies[SESSION_COOKIE];
        if (token) await deleteSession(ctx.store, tokenHash(token));
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );
    done();
  };
}
