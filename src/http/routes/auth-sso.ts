// Single sign-on through the enterprise directory (docs/deploy.md "Single sign-on"). Both routes are browser
// navigations: start redirects to the provider, the provider redirects back to callback, which sets the ordinary
// session cookie and redirects into the app. A refusal lands on the login page with `?sso_error=<reason>`, which
// the page explains in the user's language; the detail goes to the log (and, for a person the directory vouched
// for but zhijian refuses, to the audit log).
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors/app-error.ts';
import { storableText } from '../../core/text/storable.ts';
import { OidcError, decodePending, encodePending } from '../../auth/oidc.ts';
import { signInWithSso } from '../../auth/sso-login.ts';
import { SESSION_TTL_MS, newToken, setSessionCookie, tokenHash } from '../../auth/sessions.ts';
import { appendAudit, createSession } from '../../store/index.ts';
import type { AppContext } from '../context.ts';

/** The cookie carrying state, nonce and PKCE verifier from start to callback. */
export const SSO_COOKIE = 'zhijian_sso';
const SSO_COOKIE_PATH = '/api/auth/oidc';
/** A sign-in left at the provider's page longer than this starts over. */
const SSO_PENDING_S = 10 * 60;

/** Only paths of this app, never another origin (`//evil`, `/\evil`), and never back to the login page. */
export function safeReturnTo(path: string | undefined): string {
  return path !== undefined &&
    /^\/(?![/\\])/.test(path) &&
    !path.startsWith('/login') &&
    !path.startsWith('/api/')
    ? path
    : '/';
}

const redirectSchema = {
  302: z.null().describe('Redirect (Location header); a browser navigation, not an API call'),
};

export function ssoRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    const failed = (reason: string) => `/login?sso_error=${encodeURIComponent(reason)}`;

    app.get(
      '/auth/oidc/start',
      {
        config: { action: 'public' },
        schema: {
          tags: ['auth'],
          summary:
            'Single sign-on: redirects the browser to the enterprise directory’s login page (404 when SSO is off)',
          security: [],
          querystring: z.object({ returnTo: z.string().max(2000).optional() }),
          response: redirectSchema,
        },
      },
      async (req, reply) => {
        const oidc = ctx.oidc;
        if (!oidc) throw new AppError('NOT_FOUND', 'Single sign-on is not configured');
        try {
          const { url, pending } = await oidc.begin(safeReturnTo(req.query.returnTo));
          // SameSite=Lax: the provider's redirect back is a top-level GET from its origin, which Lax still sends.
          // The cookie holds only this sign-in's one-time values; an attacker who could plant one would also need
          // a code issued for the same verifier.
          void reply.setCookie(SSO_COOKIE, encodePending(pending), {
            httpOnly: true,
            sameSite: 'lax',
            secure: req.protocol === 'https',
            path: SSO_COOKIE_PATH,
            maxAge: SSO_PENDING_S,
          });
          return reply.redirect(url, 302);
        } catch (e) {
          if (!(e instanceof OidcError)) throw e;
          req.log.error({ err: e }, 'single sign-on unavailable');
          return reply.redirect(failed(e.reason), 302);
        }
      },
    );

    app.get(
      '/auth/oidc/callback',
      {
        config: { action: 'public' },
        schema: {
          tags: ['auth'],
          summary:
            'Single sign-on: where the directory sends the browser back; sets the session cookie and redirects into the app, or to the login page with ?sso_error=',
          security: [],
          // The parameters named by OAuth 2.0 (RFC 6749 §4.1.2, RFC 9207); others a provider adds pass through.
          querystring: z.looseObject({
            code: z.string().max(4000).optional(),
            state: z.string().max(1000).optional(),
            iss: z.string().max(1000).optional(),
            error: z.string().max(200).optional(),
            error_description: z.string().max(2000).optional(),
          }),
          response: redirectSchema,
        },
      },
      async (req, reply) => {
        const oidc = ctx.oidc;
        if (!oidc) throw new AppError('NOT_FOUND', 'Single sign-on is not configured');
        const pending = decodePending(req.cookies[SSO_COOKIE]);
        // One use: the pending values are dropped whatever the outcome.
        void reply.clearCookie(SSO_COOKIE, { path: SSO_COOKIE_PATH });
        if (!pending) {
          req.log.warn('single sign-on callback without a pending sign-in (expired, or another browser)');
          return reply.redirect(failed('state'), 302);
        }
        let claims: Record<string, unknown>;
        try {
          // The query exactly as the provider sent it, not as parsed: the response is validated as a whole.
          const raw = req.raw.url ?? '';
          const at = raw.indexOf('?');
          claims = await oidc.finish(new URLSearchParams(at < 0 ? '' : raw.slice(at + 1)), pending);
        } catch (e) {
          if (!(e instanceof OidcError)) throw e;
          req.log.warn({ reason: e.reason, detail: e.message }, 'single sign-on refused');
          return reply.redirect(failed(e.reason), 302);
        }
        const result = await signInWithSso(ctx.store, oidc.settings, claims);
        if (!result.ok) {
          req.log.warn({ reason: result.reason, detail: result.detail }, 'single sign-on refused');
          // The directory vouched for this person and zhijian still said no: worth an audit line (who, why).
          await appendAudit(ctx.store, {
            actorUserId: null,
            action: 'auth.sso.refused',
            entity: 'login',
            entityId: storableText(typeof claims['sub'] === 'string' ? claims['sub'] : 'unknown').slice(
              0,
              100,
            ),
            before: null,
            after: { ip: req.ip, reason: result.reason, detail: storableText(result.detail).slice(0, 500) },
          });
          return reply.redirect(failed(result.reason), 302);
        }
        const user = result.user;
        await appendAudit(ctx.store, {
          actorUserId: user.id,
          action: 'auth.login',
          entity: 'login',
          entityId: user.username,
          before: null,
          after: { ip: req.ip, via: 'sso', created: result.created },
        });
        const token = newToken();
        await createSession(ctx.store, {
          tokenHash: tokenHash(token),
          userId: user.id,
          expiresAt: new Date(ctx.now().getTime() + SESSION_TTL_MS),
        });
        setSessionCookie(reply, token, req);
        return reply.redirect(safeReturnTo(pending.returnTo), 302);
      },
    );
    done();
  };
}
