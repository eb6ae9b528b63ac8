// Single sign-on against a real (small) OpenID Connect provider on both databases: the whole authorization-code
// round trip with PKCE, state and nonce; forged tokens (nonce, audience, expiry, signature) and a foreign state
// are refused without a session; people without a mapped role are refused and audited; the directory's role is
// applied at every sign-in and the change audited; local login can be kept for admins only.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OidcClient, decodePending } from '../../auth/oidc.ts';
import { parseSettings, type OidcSettings } from '../../settings/settings.ts';
import { listAudit, updateUserAccount, findUserByUsername } from '../../store/index.ts';
import { seedOrganisation } from '../../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../../store/testing/test-store.ts';
import { startOidcProvider, type TestOidcProvider, type TokenTampering } from '../testing/oidc-provider.ts';
import { TEST_PASSWORD, seedUsers, testApp } from '../testing/test-app.ts';
import type { AppContext } from '../context.ts';

const REDIRECT = 'http://zhijian.test/api/auth/oidc/callback';
const ROLE_MAP = JSON.stringify({
  'qa-admins': 'admin',
  'qa-leads': 'qa_lead',
  'team-1-leads': { role: 'team_leader', teamId: 'T1' },
  'hotline-agents': 'agent',
});

function oidcSettings(p: TestOidcProvider, env: Record<string, string> = {}): OidcSettings {
  return parseSettings({
    ZHIJIAN_OIDC_ISSUER: p.issuer,
    ZHIJIAN_OIDC_CLIENT_ID: p.clientId,
    ZHIJIAN_OIDC_CLIENT_SECRET: p.clientSecret,
    ZHIJIAN_OIDC_REDIRECT_URL: REDIRECT,
    ZHIJIAN_OIDC_ROLE_MAP: ROLE_MAP,
    ZHIJIAN_OIDC_AGENT_ID_CLAIM: 'employee_id',
    ZHIJIAN_OIDC_ALLOW_HTTP: 'true',
    ZHIJIAN_OIDC_BUTTON_LABEL: '企业微信登录',
    ...env,
  }).oidc!;
}

const cookieOf = (setCookie: string | string[] | undefined, name: string): string | undefined => {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const line = all.find((c) => c.startsWith(`${name}=`) && !c.startsWith(`${name}=;`));
  return line?.split(';')[0];
};

describe.each(await testDrivers())('single sign-on on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  let app: FastifyInstance;
  let ctx: AppContext;
  let idp: TestOidcProvider;

  /** Start at zhijian, sign in at the provider's form; answers the callback URL and the pending-sign-in cookie. */
  async function toCallback(login: string, returnTo = '/dashboard'): Promise<{ url: URL; pending: string }> {
    const start = await app.inject({ method: 'GET', url: `/api/auth/oidc/start?returnTo=${returnTo}` });
    expect(start.statusCode).toBe(302);
    const pending = cookieOf(start.headers['set-cookie'], 'zhijian_sso')!;
    expect(pending).toBeDefined();
    const authorize = new URL(String(start.headers.location));
    expect(authorize.origin).toBe(idp.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    const page = await fetch(authorize);
    expect(await page.text()).toContain('Test identity provider');
    const form = new URLSearchParams(authorize.searchParams);
    form.set('login', login);
    form.set('secret', idp.users.get(login)!.password);
    const back = await fetch(`${idp.issuer}/authorize`, { method: 'POST', body: form, redirect: 'manual' });
    expect(back.status).toBe(302);
    return { url: new URL(back.headers.get('location')!), pending };
  }

  async function callback(url: URL, pending: string | undefined) {
    const res = await app.inject({
      method: 'GET',
      url: `${url.pathname}${url.search}`,
      headers: pending ? { cookie: pending } : {},
    });
    expect(res.statusCode).toBe(302);
    return {
      location: String(res.headers.location),
      session: cookieOf(res.headers['set-cookie'], 'zhijian_session'),
    };
  }

  async function ssoLogin(login: string) {
    const { url, pending } = await toCallback(login);
    return callback(url, pending);
  }

  /** The same callback handed to the client directly, to see why it refuses. */
  async function refusalOf(login: string): Promise<string> {
    const { url, pending } = await toCallback(login);
    const p = decodePending(decodeURIComponent(pending.split('=')[1]!))!;
    return ctx.oidc!.finish(url.searchParams, p).then(
      () => 'accepted',
      (e: Error) => e.message,
    );
  }

  const me = (session: string) =>
    app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session } });

  beforeAll(async () => {
    if (skip) return;
    idp = await startOidcProvider();
    idp.users.set('lin', {
      password: 'idp-pw-lin',
      claims: { preferred_username: 'lin', name: '林质检', groups: ['staff', 'qa-leads'] },
    });
    idp.users.set('zhou', {
      password: 'idp-pw-zhou',
      claims: { preferred_username: 'zhou', name: '周', groups: ['staff'] },
    });
    idp.users.set('a001', {
      password: 'idp-pw-a001',
      claims: { preferred_username: 'a001', groups: ['hotline-agents'], employee_id: 'A001' },
    });
    idp.users.set('off', {
      password: 'idp-pw-off',
      claims: { preferred_username: 'off', groups: ['qa-leads'] },
    });
    idp.users.set('admin', {
      password: 'idp-pw-admin',
      claims: { preferred_username: 'admin', groups: ['qa-admins'] },
    });
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [
      { username: 'admin', role: 'admin' },
      { username: 'lead', role: 'qa_lead' },
      { username: 'off', role: 'qa_lead' },
    ]);
    const off = await findUserByUsername(store, 'off');
    await updateUserAccount(store, off!.id, { disabled: true });
    ({ app, ctx } = await testApp(store, () => new Date()));
    ctx.oidc = new OidcClient(oidcSettings(idp));
  });
  afterAll(async () => {
    await app?.close();
    await idp?.close();
  });

  it.skipIf(skip)('tells the login page that SSO is on, and its label', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/config' });
    expect(res.json()).toEqual({ sso: { enabled: true, label: '企业微信登录' }, localLogin: 'all' });
  });

  it.skipIf(skip)('signs a new person in with the mapped role, provisioned and audited', async () => {
    const { location, session } = await ssoLogin('lin');
    expect(location).toBe('/dashboard');
    expect(session).toBeDefined();
    const user = (await me(session!)).json<{
      user: { username: string; role: string; displayName: string };
    }>().user;
    expect(user).toMatchObject({ username: 'lin', role: 'qa_lead', displayName: '林质检' });
    const entries = await listAudit(t.store(), { entity: 'user' });
    const created = entries.find((e) => e.action === 'user.sso.provision');
    expect(created?.after).toMatchObject({
      username: 'lin',
      role: 'qa_lead',
      matched: 'qa-leads',
      subject: 'sub-lin',
    });
    // The provisioned account has no usable local password.
    const local = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'lin', password: TEST_PASSWORD },
    });
    expect(local.statusCode).toBe(401);
  });

  it.skipIf(skip)('gives an agent the agent code from its claim', async () => {
    const { session } = await ssoLogin('a001');
    expect((await me(session!)).json()).toMatchObject({ user: { role: 'agent', agentId: 'A001' } });
  });

  it.skipIf(skip)(
    'refuses a callback whose state is not this browser’s, or with no sign-in pending',
    async () => {
      const { url, pending } = await toCallback('lin');
      const forged = new URL(url);
      forged.searchParams.set('state', 'someone-elses-state');
      expect(await callback(forged, pending)).toEqual({
        location: '/login?sso_error=state',
        session: undefined,
      });
      const again = await toCallback('lin');
      expect(await callback(again.url, undefined)).toEqual({
        location: '/login?sso_error=state',
        session: undefined,
      });
    },
  );

  it.skipIf(skip)('refuses ID tokens with a wrong nonce, audience, expiry or signature', async () => {
    const cases: [TokenTampering, RegExp][] = [
      [{ nonce: 'replayed-nonce' }, /claim nonce/],
      [{ aud: 'another-client' }, /claim aud/],
      [{ expiresIn: -120 }, /claim exp/],
      [{ iss: 'https://evil.example' }, /claim iss/],
      [{ foreignKey: true }, /JWT signature verification failed/],
    ];
    for (const [tamper, why] of cases) {
      idp.next = { ...tamper };
      expect(await ssoLogin('lin'), JSON.stringify(tamper)).toEqual({
        location: '/login?sso_error=invalid_token',
        session: undefined,
      });
      idp.next = { ...tamper };
      const message = await refusalOf('lin');
      expect(message, JSON.stringify(tamper)).toMatch(why);
    }
    // untampered, the same person still gets in
    expect((await ssoLogin('lin')).session).toBeDefined();
  });

  it.skipIf(skip)('refuses a person without a mapped role, creates no account and audits why', async () => {
    expect(await ssoLogin('zhou')).toEqual({ location: '/login?sso_error=no_role', session: undefined });
    expect(await findUserByUsername(t.store(), 'zhou')).toBeUndefined();
    const refused = (await listAudit(t.store(), { entity: 'login' })).find(
      (e) => e.action === 'auth.sso.refused',
    );
    expect(refused?.entityId).toBe('sub-zhou');
    expect(refused?.after).toMatchObject({ reason: 'no_role' });
  });

  it.skipIf(skip)('refuses a disabled account, and an unknown one when provisioning is off', async () => {
    expect(await ssoLogin('off')).toEqual({ location: '/login?sso_error=disabled', session: undefined });
    const saved = ctx.oidc;
    ctx.oidc = new OidcClient(oidcSettings(idp, { ZHIJIAN_OIDC_AUTO_PROVISION: 'false' }));
    idp.users.set('new1', {
      password: 'idp-pw-new1',
      claims: { preferred_username: 'new1', groups: ['qa-leads'] },
    });
    try {
      expect(await ssoLogin('new1')).toEqual({
        location: '/login?sso_error=not_provisioned',
        session: undefined,
      });
    } finally {
      ctx.oidc = saved;
    }
  });

  it.skipIf(skip)(
    'applies a changed directory role at the next sign-in, audited, ending the old sessions',
    async () => {
      const first = await ssoLogin('lin');
      expect((await me(first.session!)).json()).toMatchObject({ user: { role: 'qa_lead', teamId: null } });
      idp.users.get('lin')!.claims['groups'] = ['team-1-leads'];
      const second = await ssoLogin('lin');
      expect((await me(second.session!)).json()).toMatchObject({
        user: { role: 'team_leader', teamId: 'T1' },
      });
      expect((await me(first.session!)).statusCode).toBe(401);
      const change = (await listAudit(t.store(), { entity: 'user' })).find(
        (e) => e.action === 'user.sso.role',
      );
      expect(change?.before).toEqual({ role: 'qa_lead', teamId: null });
      expect(change?.after).toMatchObject({ role: 'team_leader', teamId: 'T1', matched: 'team-1-leads' });
      // unchanged at the next sign-in: no new audit entry
      await ssoLogin('lin');
      const changes = (await listAudit(t.store(), { entity: 'user' })).filter(
        (e) => e.action === 'user.sso.role',
      );
      expect(changes).toHaveLength(1);
    },
  );

  it.skipIf(skip)('keeps the last admin an admin even when the directory says otherwise', async () => {
    idp.users.get('admin')!.claims['groups'] = ['qa-leads'];
    expect(await ssoLogin('admin')).toEqual({ location: '/login?sso_error=last_admin', session: undefined });
    expect((await findUserByUsername(t.store(), 'admin'))?.role).toBe('admin');
  });

  it.skipIf(skip)('can keep local passwords for admins only', async () => {
    const saved = ctx.oidc;
    ctx.oidc = new OidcClient(oidcSettings(idp, { ZHIJIAN_OIDC_LOCAL_LOGIN: 'admins' }));
    try {
      const local = (username: string) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username, password: TEST_PASSWORD },
        });
      expect((await local('lead')).statusCode).toBe(403);
      expect((await local('admin')).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/api/auth/config' })).json()).toMatchObject({
        localLogin: 'admins',
      });
    } finally {
      ctx.oidc = saved;
    }
  });

  it.skipIf(skip)('answers 404 to a sign-in start when SSO is off, and says so in the config', async () => {
    const saved = ctx.oidc;
    ctx.oidc = null;
    try {
      expect((await app.inject({ method: 'GET', url: '/api/auth/oidc/start' })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/api/auth/config' })).json()).toEqual({
        sso: { enabled: false, label: null },
        localLogin: 'all',
      });
    } finally {
      ctx.oidc = saved;
    }
  });

  it.skipIf(skip)('never sends the browser to another origin after signing in', async () => {
    const { url, pending } = await toCallback('a001', encodeURIComponent('//evil.example/x'));
    expect((await callback(url, pending)).location).toBe('/');
  });
});
