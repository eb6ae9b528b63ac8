// API tokens and the audit log API on both databases: a token is shown once, authenticates as its owner (or a
// service account), can be limited to actions, records its last use, dies on revocation, expiry or a disabled
// owner; the audit API filters and pages the log and never shows a secret.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../../store/testing/test-store.ts';
import { login, seedUsers, testApp } from '../testing/test-app.ts';

const NOW = new Date('2026-10-20T04:00:00Z');

interface TokenInfo {
  id: string;
  name: string;
  userId: string;
  actions: string[] | null;
  state: string;
  lastUsedAt: string | null;
}

describe.each(await testDrivers())('API tokens and audit on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  let app: FastifyInstance;
  let now = NOW;
  const cookie: Record<string, string> = {};
  const secrets: string[] = [];

  const call = (who: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie: cookie[who]! }, ...(payload ? { payload } : {}) });
  const withToken = (secret: string, url: string) =>
    app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${secret}` } });
  const create = async (who: string, payload: object) => {
    const res = await call(who, 'POST', '/api/tokens', payload);
    if (res.statusCode === 201) secrets.push(res.json<{ secret: string }>().secret);
    return res;
  };

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [
      { username: 'admin', role: 'admin' },
      { username: 'lead', role: 'qa_lead' },
      { username: 'pm1', role: 'vendor_manager', vendorId: 'V1' },
      { username: 'a001', role: 'agent', agentId: 'A001' },
    ]);
    app = (await testApp(store, () => now)).app;
    for (const u of ['admin', 'lead', 'pm1', 'a001']) cookie[u] = await login(app, u);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows a new token once and authenticates with it as its owner, recording the last use', async () => {
    const res = await create('pm1', { name: '排班系统' });
    expect(res.statusCode).toBe(201);
    const { token, secret } = res.json<{ token: TokenInfo; secret: string }>();
    expect(secret).toMatch(/^zj_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({
      name: '排班系统',
      userId: 'u-pm1',
      actions: null,
      state: 'active',
      lastUsedAt: null,
    });
    const me = await withToken(secret, '/api/auth/me');
    expect(me.json()).toMatchObject({ user: { username: 'pm1', role: 'vendor_manager', vendorId: 'V1' } });
    const agents = await withToken(secret, '/api/agents');
    expect(agents.json<{ items: { id: string }[] }>().items.map((a) => a.id)).toEqual(['A001', 'A002']);
    const list = await call('pm1', 'GET', '/api/tokens');
    expect(list.body).not.toContain(secret);
    expect(list.json<{ items: TokenInfo[] }>().items).toEqual([
      expect.objectContaining({ id: token.id, lastUsedAt: NOW.toISOString() }),
    ]);
  });

  it('limits a token to the actions it names, within what its owner may do', async () => {
    const res = await create('admin', { name: '只读组织', actions: ['organisation.read'] });
    const { secret } = res.json<{ secret: string }>();
    expect((await withToken(secret, '/api/agents')).statusCode).toBe(200);
    const users = await withToken(secret, '/api/users');
    expect(users.statusCode).toBe(403);
    expect(users.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const beyondRole = await create('pm1', { name: 'x', actions: ['audit.read'] });
    expect(beyondRole.json()).toMatchObject({
      error: { code: 'BAD_INPUT', details: [{ field: 'actions' }] },
    });
    const unknown = await create('admin', { name: 'x', actions: ['root.everything'] });
    expect(unknown.statusCode).toBe(400);
    // A limited token cannot mint a wider one for itself.
    const minter = (await create('admin', { name: 'minter', actions: ['tokens.manage'] })).json<{
      secret: string;
    }>();
    const wider = await app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { authorization: `Bearer ${minter.secret}` },
      payload: { name: 'wider', actions: ['users.manage'] },
    });
    expect(wider.statusCode).toBe(400);
  });

  it('lets the admin issue a token for a service account, and nobody else for another account', async () => {
    const svc = await call('admin', 'POST', '/api/users', {
      username: 'svc-export',
      displayName: '报表导出服务',
      role: 'qa_inspector',
    });
    const svcId = svc.json<{ user: { id: string } }>().user.id;
    const res = await create('admin', { name: '报表导出', userId: svcId });
    expect(res.json()).toMatchObject({ token: { userId: svcId, username: 'svc-export' } });
    const secret = res.json<{ secret: string }>().secret;
    expect((await withToken(secret, '/api/auth/me')).json()).toMatchObject({
      user: { role: 'qa_inspector' },
    });
    expect((await withToken(secret, '/api/users')).statusCode).toBe(403);
    expect((await create('lead', { name: 'x', userId: svcId })).statusCode).toBe(403);
    expect((await create('a001', { name: 'x' })).statusCode).toBe(403);
    const all = await call('admin', 'GET', `/api/tokens?userId=${svcId}`);
    expect(all.json<{ items: TokenInfo[] }>().items.map((i) => i.name)).toEqual(['报表导出']);
    expect((await call('lead', 'GET', '/api/tokens')).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('refuses a revoked token at once and an expired one after its time', async () => {
    const res = await create('lead', { name: '质检看板', expiresAt: '2026-10-20T13:00:00+08:00' });
    const { token, secret } = res.json<{ token: TokenInfo; secret: string }>();
    expect((await withToken(secret, '/api/conversations')).statusCode).toBe(200);
    now = new Date('2026-10-20T05:00:01Z');
    expect((await withToken(secret, '/api/conversations')).statusCode).toBe(401);
    expect((await call('lead', 'GET', '/api/tokens')).json<{ items: TokenInfo[] }>().items[0]?.state).toBe(
      'expired',
    );
    now = NOW;
    const other = (await create('lead', { name: '第二个' })).json<{ token: TokenInfo; secret: string }>();
    expect((await call('pm1', 'DELETE', `/api/tokens/${other.token.id}`)).statusCode).toBe(404);
    expect((await call('lead', 'DELETE', `/api/tokens/${other.token.id}`)).statusCode).toBe(204);
    expect((await call('lead', 'DELETE', `/api/tokens/${other.token.id}`)).statusCode).toBe(204);
    const refused = await withToken(other.secret, '/api/conversations');
    expect(refused.statusCode).toBe(401);
    expect(token.state).toBe('active');
  });

  it('stops every token of an account that is disabled', async () => {
    const { secret } = (await create('pm1', { name: '第二系统' })).json<{ secret: string }>();
    expect((await withToken(secret, '/api/agents')).statusCode).toBe(200);
    expect((await call('admin', 'PATCH', '/api/users/u-pm1', { disabled: true })).statusCode).toBe(200);
    expect((await withToken(secret, '/api/agents')).statusCode).toBe(401);
    await call('admin', 'PATCH', '/api/users/u-pm1', { disabled: false });
    // Re-enabling does not revive revoked tokens.
    expect((await withToken(secret, '/api/agents')).statusCode).toBe(401);
    const states = (await call('admin', 'GET', '/api/tokens?userId=u-pm1')).json<{ items: TokenInfo[] }>()
      .items;
    expect(states.every((s) => s.state === 'revoked')).toBe(true);
  });

  it('still accepts a session token as bearer for scripts', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'a001', password: 'test-password-1' },
    });
    const token = res.json<{ token: string }>().token;
    expect((await withToken(token, '/api/auth/me')).json()).toMatchObject({ user: { username: 'a001' } });
    expect((await withToken('zj_not-a-token', '/api/auth/me')).statusCode).toBe(401);
  });

  it('serves the audit log to the admin and QA lead, filtered and paged, without secrets', async () => {
    const res = await call('lead', 'GET', '/api/audit?entity=api_token&pageSize=2');
    expect(res.statusCode).toBe(200);
    const page = res.json<{
      total: number;
      items: { action: string; actor: { username: string } | null }[];
    }>();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(8);
    const revokes = await call('admin', 'GET', '/api/audit?action=api_token.revoke&actor=u-lead');
    expect(revokes.json()).toMatchObject({
      total: 1,
      items: [{ entity: 'api_token', actor: { username: 'lead' } }],
    });
    const userEntries = await call('admin', 'GET', '/api/audit?entity=user&entityId=u-pm1');
    expect(userEntries.json<{ items: { action: string }[] }>().items.map((i) => i.action)).toEqual([
      'user.enable',
      'user.disable',
    ]);
    const real = Date.now();
    const window = `from=${encodeURIComponent(new Date(real - 3_600_000).toISOString())}&to=${encodeURIComponent(new Date(real + 3_600_000).toISOString())}`;
    expect((await call('admin', 'GET', `/api/audit?${window}`)).json<{ total: number }>().total).toBe(
      (await call('admin', 'GET', '/api/audit')).json<{ total: number }>().total,
    );
    const past = await call('admin', 'GET', '/api/audit?to=2020-01-01T00:00:00Z');
    expect(past.json()).toMatchObject({ total: 0, items: [] });
    expect((await call('a001', 'GET', '/api/audit')).statusCode).toBe(403);
    const everything = (await call('admin', 'GET', '/api/audit?pageSize=200')).body;
    for (const s of secrets) expect(everything).not.toContain(s);
    expect(everything).not.toMatch(/argon2|tokenHash|passwordHash/);
  });
});
