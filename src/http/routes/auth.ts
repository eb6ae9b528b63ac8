// POST /api/auth/login, GET /api/auth/me, POST /api/auth/logout, POST /api/auth/password (change one's own),
// GET /api/auth/config (what the login page offers) and the single sign-on pair GET /api/auth/oidc/start and
// GET /api/auth/oidc/callback (browser navigations answered with redirects, not JSON).
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors/app-error.ts';
import {
  checkThrottle,
  loginThrottleKeys,
  recordFailure,
  recordSuccess,
} from '../../core/auth/login-throttle.ts';
import { storableText } from '../../core/text/storable.ts';
import { USER_ROLES } from '../../core/auth/roles.ts';
import type { Principal } from '../../core/auth/roles.ts';
import { POLICY, can } from '../../core/auth/policy.ts';
import type { Action } from '../../core/auth/policy.ts';
import { dummyHash, verifyPassword } from '../../auth/passwords.ts';
import { isApiToken } from '../../auth/api-tokens.ts';
import {
  SESSION_COOKIE,
  SESSION_TTL_MS,
  authenticate,
  authenticated,
  bearer,
  newToken,
  setSessionCookie,
  toPrincipal,
  tokenHash,
} from '../../auth/sessions.ts';
import { appendAudit, createSession, deleteSession, findUserByUsername } from '../../store/index.ts';
import { changeOwnPassword } from '../../users/commands.ts';
import type { AppContext } from '../context.ts';

/** Every action of the policy table, for the `actions` a session is told it may perform. */
const ACTIONS = Object.keys(POLICY) as [Action, ...Action[]];

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(USER_ROLES),
  agentId: z.string().nullable(),
  teamId: z.string().nullable(),
  vendorId: z.string().nullable(),
  branchId: z.string().nullable().optional(),
  // The server tells the web client what this user may do (src/core/auth/policy.ts), so no screen re-decides
  // permissions from role lists of its own; the API still checks every call.
  actions: z.array(z.enum(ACTIONS)).describe('policy actions this user may perform'),
});

/** The session's user as the web client sees it: the principal and the actions its role may perform. */
function presentUser(p: Principal): z.infer<typeof userSchema> {
  return { ...p, actions: ACTIONS.filter((a) => can(p, a)) };
}

export function authRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.post(
      '/auth/login',
      {
        config: { action: 'public' },
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
        const keys = loginThrottleKeys(req.ip, req.body.username);
        for (const { key, policy } of keys) {
          const d = checkThrottle(ctx.loginThrottle.state, key, now, policy);
          if (!d.allowed) {
            throw new AppError('TOO_MANY_ATTEMPTS', 'Too many failed logins; try again later', {
              retryAfterMs: d.retryAfterMs,
            });
          }
        }
        const user = await findUserByUsername(ctx.store, req.body.username);
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), req.body.password);
        if (!user || !ok || user.disabled) {
          for (const { key, policy } of keys) {
            ctx.loginThrottle.state = recordFailure(ctx.loginThrottle.state, key, now, policy);
          }
          // The failure that closes a key is a lockout: audited (who, from where), once per lockout.
          const locked = keys.find(
            ({ key, policy }) =>
              !checkThrottle(ctx.loginThrottle.state, key, now, policy).allowed &&
              (ctx.loginThrottle.state.get(key)?.length ?? 0) === policy.maxFailures,
          );
          if (locked) {
            await appendAudit(ctx.store, {
              actorUserId: null,
              action: 'auth.lockout',
              entity: 'login',
              entityId: storableText(req.body.username).slice(0, 100),
              before: null,
              after: { ip: req.ip, scope: locked.key.startsWith('ip:') ? 'address' : 'address+user' },
            });
          }
          throw new AppError('INVALID_CREDENTIALS', 'Wrong username or password');
        }
        // With SSO and local login for admins only, the directory decides who may enter; the local admin stays as
        // the way in when the directory is down. Refused after the password check, so it reveals no account.
        if (ctx.oidc && ctx.oidc.settings.localLogin === 'admins' && user.role !== 'admin') {
          throw new AppError('FORBIDDEN', 'Local login is limited to admins; sign in with SSO');
        }
        // Only this address's failures on this account are forgiven: a success on one's own account must not
        // reset the address-wide count of a sprayer.
        ctx.loginThrottle.state = recordSuccess(ctx.loginThrottle.state, keys[0]!.key);
        await appendAudit(ctx.store, {
          actorUserId: user.id,
          action: 'auth.login',
          entity: 'login',
          entityId: user.username,
          before: null,
          after: { ip: req.ip },
        });
        const token = newToken();
        await createSession(ctx.store, {
          tokenHash: tokenHash(token),
          userId: user.id,
          expiresAt: new Date(now + SESSION_TTL_MS),
        });
        setSessionCookie(reply, token, req);
        return { user: presentUser(toPrincipal(user)), token };
      },
    );

    app.get(
      '/auth/config',
      {
        config: { action: 'public' },
        schema: {
          tags: ['auth'],
          summary:
            'How one may log in here: whether single sign-on is on, and whether local passwords still work',
          security: [],
          response: {
            200: z.object({
              sso: z.object({ enabled: z.boolean(), label: z.string().nullable() }),
              localLogin: z.enum(['all', 'admins']),
            }),
          },
        },
      },
      () => ({
        sso: { enabled: Boolean(ctx.oidc), label: ctx.oidc?.settings.buttonLabel ?? null },
        localLogin: ctx.oidc?.settings.localLogin ?? 'all',
      }),
    );

    app.get(
      '/auth/me',
      {
        config: { action: 'account.self' },
        schema: {
          tags: ['auth'],
          summary: 'The logged-in user',
          response: { 200: z.object({ user: userSchema }) },
        },
      },
      async (req) => ({ user: presentUser(await authenticate(ctx, req)) }),
    );

    app.post(
      '/auth/logout',
      {
        config: { action: 'public' },
        schema: { tags: ['auth'], summary: 'End the session', security: [], response: { 204: z.null() } },
      },
      async (req, reply) => {
        // The cookie, or a session token sent as bearer by a script; API tokens are revoked via /api/tokens.
        const bearerToken = bearer(req);
        const token =
          req.cookies[SESSION_COOKIE] ?? (bearerToken && !isApiToken(bearerToken) ? bearerToken : undefined);
        if (token) await deleteSession(ctx.store, tokenHash(token));
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/auth/password',
      {
        config: { action: 'account.self' },
        schema: {
          tags: ['auth'],
          summary: 'Change one’s own password (the current one is required); ends one’s other sessions',
          body: z.object({
            currentPassword: z.string().min(1).max(200),
            newPassword: z.string().max(200),
          }),
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        const { principal: p, via } = await authenticated(ctx, req);
        const now = ctx.now().getTime();
        // A stolen session must not become a password oracle: wrong current passwords count like failed logins.
        const key = `u:${p.username}`;
        const d = checkThrottle(ctx.loginThrottle.state, key, now);
        if (!d.allowed) {
          throw new AppError('TOO_MANY_ATTEMPTS', 'Too many wrong passwords; try again later', {
            retryAfterMs: d.retryAfterMs,
          });
        }
        const outcome = await changeOwnPassword(ctx.store, p, {
          ...req.body,
          keepSession: via.kind === 'session' ? via.tokenHash : undefined,
        });
        if (outcome === 'wrong-password') {
          ctx.loginThrottle.state = recordFailure(ctx.loginThrottle.state, key, now);
          // 400, not 401: the session is fine, a field is wrong (a 401 would log the web UI out).
          throw new AppError('BAD_INPUT', 'The current password is wrong', [
            { field: 'currentPassword', message: 'wrong password' },
          ]);
        }
        ctx.loginThrottle.state = recordSuccess(ctx.loginThrottle.state, key);
        return reply.code(204).send(null);
      },
    );
    done();
  };
}
