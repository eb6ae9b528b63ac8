// The authorization matrix: every route the app registers × every role (+ anonymous), against the policy table.
// Routes and policy are read at run time (an `onRoute` collector and POLICY), so routes added by anyone are walked
// too, and a route that declares no action (`config: { action }`) or an unknown one fails the first test.
// Each request is the smallest one the route's own zod schemas accept (minimal-value.ts), so allowed roles reach
// the handler: an allowed role must never see 401/403 (nor a 500 crash; 503 'no queue here' is a fair answer), a role outside the table gets 403 and an
// anonymous caller 401. Public routes (PUBLIC_ROUTES) are not called: logging out would end the test's sessions.
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY, PUBLIC_ROUTES, isAction, type Action } from '../core/auth/policy.ts';
import { USER_ROLES, type UserRole } from '../core/auth/roles.ts';
import { seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { minimalValue, toQuery } from './testing/minimal-value.ts';
import { login, seedUsers, testApp } from './testing/test-app.ts';

const NOW = new Date('2026-10-20T04:00:00Z');
const PROBE_ID = 'zz-probe';

interface ApiRoute {
  method: string;
  url: string;
  action: unknown;
  schema: { body?: z.ZodType; querystring?: z.ZodType; params?: z.ZodType };
}

function collect(into: ApiRoute[]) {
  return (r: RouteOptions) => {
    for (const method of Array.isArray(r.method) ? r.method : [r.method]) {
      if (method === 'HEAD' || !r.url.startsWith('/api/')) continue;
      into.push({
        method,
        url: r.url,
        action: (r.config as { action?: unknown } | undefined)?.action,
        schema: (r.schema ?? {}) as ApiRoute['schema'],
      });
    }
  };
}

/** The smallest request the route's schemas accept, with path parameters naming nothing that exists. */
function probe(r: ApiRoute): { url: string; query: Record<string, string>; payload?: unknown } {
  const params = (r.schema.params ? minimalValue(r.schema.params) : {}) as Record<string, unknown>;
  const text = (name: string | undefined) => {
    const v = name === undefined ? undefined : params[name];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : PROBE_ID;
  };
  const url = r.url.replace(/:(\w+)|\*/g, (_m, name?: string) => encodeURIComponent(text(name)));
  const query = r.schema.querystring ? toQuery(minimalValue(r.schema.querystring)) : {};
  const hasBody = r.method === 'POST' || r.method === 'PUT' || r.method === 'PATCH';
  return { url, query, ...(hasBody ? { payload: r.schema.body ? minimalValue(r.schema.body) : {} } : {}) };
}

const key = (r: ApiRoute) => `${r.method} ${r.url}`;

describe.each(await testDrivers())('authorization matrix on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  const routes: ApiRoute[] = [];
  const cookies = new Map<UserRole, string>();
  let app: FastifyInstance;

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(
      store,
      USER_ROLES.map((role) => ({
        username: `m-${role}`,
        role,
        ...(role === 'agent' ? { agentId: 'A001' } : {}),
        ...(role === 'team_leader' ? { teamId: 'T1' } : {}),
        ...(role === 'vendor_manager' ? { vendorId: 'V1' } : {}),
      })),
    );
    app = (await testApp(store, () => NOW, { onRoute: collect(routes) })).app;
    await app.ready();
    for (const role of USER_ROLES) cookies.set(role, await login(app, `m-${role}`));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('finds the API routes, each declaring a known action; public ones are listed in PUBLIC_ROUTES', () => {
    expect(routes.length).toBeGreaterThan(10);
    const undeclared = routes.filter((r) => r.action === undefined).map(key);
    expect(undeclared, 'routes without config.action').toEqual([]);
    const unknown = routes
      .filter((r) => r.action !== 'public' && (typeof r.action !== 'string' || !isAction(r.action)))
      .map((r) => `${key(r)} → ${String(r.action)}`);
    expect(unknown, 'routes whose action is not in POLICY').toEqual([]);
    const unlisted = routes.filter((r) => r.action === 'public' && !PUBLIC_ROUTES.includes(key(r))).map(key);
    expect(unlisted, 'public routes missing from PUBLIC_ROUTES').toEqual([]);
    const stale = PUBLIC_ROUTES.filter((k) => !routes.some((r) => key(r) === k));
    expect(stale, 'PUBLIC_ROUTES entries without a route').toEqual([]);
  });

  it('answers every role on every route as the policy table says', async () => {
    const guarded = routes
      .filter((r) => typeof r.action === 'string' && isAction(r.action))
      .sort((a, b) => key(a).localeCompare(key(b)));
    const wrong: string[] = [];
    let cells = 0;
    for (const r of guarded) {
      const action = r.action as Action;
      const allowed: readonly UserRole[] = POLICY[action];
      const req = probe(r);
      for (const role of [...USER_ROLES, null] as const) {
        // A server-sent-events route never ends its body: answer once the head is out, then hang up.
        const streaming = r.url.endsWith('/stream');
        const res = await app.inject({
          method: r.method as 'GET',
          url: req.url,
          query: req.query,
          ...(req.payload === undefined ? {} : { payload: req.payload as object }),
          headers: role === null ? {} : { cookie: cookies.get(role)! },
          ...(streaming ? { payloadAsStream: true } : {}),
        });
        if (streaming) res.stream().destroy();
        cells += 1;
        const s = res.statusCode;
        const expected =
          role === null
            ? 'status 401'
            : allowed.includes(role)
              ? 'not 401/403 and no crash (500)'
              : 'status 403';
        const ok =
          role === null
            ? s === 401
            : allowed.includes(role)
              ? s !== 401 && s !== 403 && s !== 500
              : s === 403;
        if (!ok) {
          wrong.push(
            `${key(r)} [${action}] as ${role ?? 'anonymous'}: ${s}, expected ${expected} — ${res.body.slice(0, 160)}`,
          );
        }
      }
    }
    console.info(
      `[authz matrix ${driver.kind}] ${guarded.length} guarded routes × ${USER_ROLES.length + 1} callers (${USER_ROLES.length} roles + anonymous) = ${cells} cells; ${routes.length - guarded.length} public routes exempt`,
    );
    expect(wrong).toEqual([]);
  });
});
