// Every API route declares the policy action it performs (`config: { action: 'x.y' }`, or `'public'`), and this
// guard enforces it before the body is parsed: anonymous callers get 401 and roles outside the policy table 403,
// whatever they send. Handlers still call requireAction (authentication is done once per request and shared).
// The authorization-matrix test (src/http/authz-matrix.http.test.ts) fails for a route without a declared action.
import type { onRequestAsyncHookHandler } from 'fastify';
import type { RouteAction } from '../core/auth/policy.ts';
import type { AppContext } from '../http/context.ts';
import { requireAction } from './sessions.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The policy action of this route (src/core/auth/policy.ts), or 'public' (then listed in PUBLIC_ROUTES). */
    action?: RouteAction;
  }
}

export function routeGuard(ctx: AppContext): onRequestAsyncHookHandler {
  return async (req) => {
    const action = req.routeOptions.config.action;
    if (action === undefined || action === 'public') return;
    await requireAction(ctx, req, action);
  };
}
