// User accounts and passwords on both databases: scope ids validated against the role, vendor-manager limits,
// disabling ends sessions, admin reset and self-service change, the last admin kept, and no hash in the audit log.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../store/index.ts';
import { seedOrganisation } from '../../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../../store/testing/test-store.ts';
import { TEST_PASSWORD, login, seedUsers, testApp } from '../testing/test-app.ts';

const NOW = new Date('2026-10-20T04:00:00Z');

interface Account {
  id: string;
  username: string;
  role: string;
  agentId: string | null;
  teamId: string | null;
  vendorId: string | null;
  disabled: boolean;
}

describe.each(await testDrivers())('users API on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  let app: FastifyInstance;
  const cookie: Record<string, string> = {};

  const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie: cookie[who]! }, ...(payload ? { payload } : {}) });
  const usernames = async (who: string) =>
    (await call(who, 'GET', '/api/users'))
      .json<{ items: Account[] }>()
      .items.map((u) => u.username)
      .sort();

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [
      { username: 'admin', role: 'admin' },
      { username: 'lead', role: 'qa_lead' },
      { username: 'pm1', role: 'vendor_manager', vendorId: 'V1' },
      { username: 'pm2', role: 'vendor_manager', vendorId: 'V2' },
      { username: 'tl1', role: 'team_leader', teamId: 'T1' },
      { username: 'a001', role: 'agent', agentId: 'A001' },
      { username: 'a003', role: 'agent', agentId: 'A003' },
    ]);
    app = (await testApp(store, () => NOW)).app;
    for (const u of ['admin', 'lead', 'pm1', 'pm2', 'tl1', 'a001', 'a003']) cookie[u] = await login(app, u);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists accounts by scope: admin and QA lead all, vendor manager their vendor, team leader their team', async () => {
    expect(await usernames('admin')).toEqual(['a001', 'a003', 'admin', 'lead', 'pm1', 'pm2', 'tl1']);
    expect(await usernames('lead')).toHaveLength(7);
    expect(await usernames('pm1')).toEqual(['a001', 'pm1', 'tl1']);
    expect(await usernames('tl1')).toEqual(['a001', 'tl1']);
    expect((await call('a001', 'GET', '/api/users')).statusCode).toBe(403);
    expect((await call('pm1', 'GET', '/api/users/u-a003')).statusCode).toBe(404);
    const body = (await call('admin', 'GET', '/api/users/u-a001')).body;
    expect(body).not.toContain('argon2');
    expect(body).not.toContain('passwordHash');
  });

  it('validates scope ids against the role', async () => {
    const noAgent = await call('admin', 'POST', '/api/users', {
      username: 'z1',
      displayName: '周一',
      role: 'agent',
    });
    expect(noAgent.statusCode).toBe(400);
    expect(noAgent.json()).toMatchObject({ error: { details: [{ field: 'agentId' }] } });
    const extra = await call('admin', 'POST', '/api/users', {
      username: 'z2',
      displayName: '周二',
      role: 'qa_inspector',
      teamId: 'T1',
    });
    expect(extra.json()).toMatchObject({ error: { code: 'BAD_INPUT', details: [{ field: 'teamId' }] } });
    const unknown = await call('admin', 'POST', '/api/users', {
      username: 'z3',
      displayName: '周三',
      role: 'team_leader',
      teamId: 'T404',
    });
    expect(unknown.json()).toMatchObject({
      error: { details: [{ field: 'teamId', message: 'unknown teamId' }] },
    });
    const short = await call('admin', 'POST', '/api/users', {
      username: 'z4',
      displayName: '周四',
      role: 'qa_inspector',
      password: 'short',
    });
    expect(short.json()).toMatchObject({ error: { details: [{ field: 'password' }] } });
  });

  it('creates an account with a generated password shown once, audited without any hash', async () => {
    const res = await call('admin', 'POST', '/api/users', {
      username: 'qa2',
      displayName: '吴质检',
      role: 'qa_inspector',
    });
    expect(res.statusCode).toBe(201);
    const { user, password } = res.json<{ user: Account; password: string }>();
    expect(password).toHaveLength(16);
    expect(
      (await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'qa2', password } }))
        .statusCode,
    ).toBe(200);
    const entry = (await listAudit(t.store(), { entity: 'user', entityId: user.id }))[0];
    expect(entry).toMatchObject({
      action: 'user.create',
      actorUserId: 'u-admin',
      after: { username: 'qa2' },
    });
    expect(JSON.stringify(entry)).not.toMatch(/argon2|passwordHash/);
    const dup = await call('admin', 'POST', '/api/users', {
      username: 'qa2',
      displayName: 'x',
      role: 'qa_inspector',
    });
    expect(dup.statusCode).toBe(409);
  });

  it('lets a vendor manager manage only agent and team-leader accounts of their vendor', async () => {
    const ok = await call('pm1', 'POST', '/api/users', {
      username: 'a002',
      displayName: '李强',
      role: 'agent',
      agentId: 'A002',
      password: 'a-long-password-2',
    });
    expect(ok.statusCode).toBe(201);
    const otherVendor = await call('pm1', 'POST', '/api/users', {
      username: 'x3',
      displayName: 'x',
      role: 'agent',
      agentId: 'A003',
    });
    expect(otherVendor.json()).toMatchObject({
      error: { details: [{ field: 'agentId', message: 'unknown agentId' }] },
    });
    const escalate = await call('pm1', 'POST', '/api/users', {
      username: 'x4',
      displayName: 'x',
      role: 'qa_lead',
    });
    expect(escalate.json()).toMatchObject({ error: { code: 'BAD_INPUT', details: [{ field: 'role' }] } });
    expect((await call('pm1', 'PATCH', '/api/users/u-a003', { displayName: '越权' })).statusCode).toBe(404);
    expect((await call('pm1', 'POST', '/api/users/u-a003/password', {})).statusCode).toBe(404);
    expect(
      (await call('pm1', 'PATCH', '/api/users/u-a001', { role: 'vendor_manager', vendorId: 'V1' }))
        .statusCode,
    ).toBe(400);
    const promote = await call('pm1', 'PATCH', '/api/users/u-a001', { role: 'team_leader', teamId: 'T1' });
    expect(promote.json()).toMatchObject({ role: 'team_leader', teamId: 'T1', agentId: null });
    const back = await call('pm1', 'PATCH', '/api/users/u-a001', { role: 'agent', agentId: 'A001' });
    expect(back.json()).toMatchObject({ role: 'agent', agentId: 'A001', teamId: null });
  });

  it('disabling an account ends its sessions at once; enabling lets it log in again', async () => {
    const session = await login(app, 'a003');
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session } })).statusCode,
    ).toBe(200);
    const res = await call('pm2', 'PATCH', '/api/users/u-a003', { disabled: true });
    expect(res.json()).toMatchObject({ disabled: true });
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session } })).statusCode,
    ).toBe(401);
    expect(await usernames('pm2')).toEqual(['pm2']);
    expect((await call('pm2', 'PATCH', '/api/users/u-a003', { disabled: false })).json()).toMatchObject({
      disabled: false,
    });
    await login(app, 'a003');
    const actions = (await listAudit(t.store(), { entity: 'user', entityId: 'u-a003' })).map((e) => e.action);
    expect(actions).toEqual(['user.enable', 'user.disable']);
  });

  it('refuses changing one’s own role or disabling oneself; a role change applies to live sessions', async () => {
    expect((await call('admin', 'PATCH', '/api/users/u-admin', { disabled: true })).statusCode).toBe(400);
    expect((await call('admin', 'PATCH', '/api/users/u-admin', { role: 'qa_lead' })).statusCode).toBe(400);
    const second = await call('admin', 'POST', '/api/users', {
      username: 'admin2',
      displayName: '副管理员',
      role: 'admin',
    });
    cookie.admin2 = await login(app, 'admin2', second.json<{ password: string }>().password);
    expect((await call('admin2', 'PATCH', '/api/users/u-admin', { role: 'qa_lead' })).statusCode).toBe(200);
    const asLead = await call('admin', 'POST', '/api/users', {
      username: 'z9',
      displayName: 'x',
      role: 'agent',
    });
    expect(asLead.statusCode).toBe(403);
    expect((await call('admin2', 'PATCH', '/api/users/u-admin', { role: 'admin' })).statusCode).toBe(200);
    expect((await call('admin', 'GET', '/api/users')).statusCode).toBe(200);
  });

  it('resets a password (ending the account’s sessions) and lets users change their own', async () => {
    const old = await login(app, 'tl1');
    const reset = await call('pm1', 'POST', '/api/users/u-tl1/password', { password: 'new-team-pass-1' });
    expect(reset.json()).toEqual({ password: null });
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: old } })).statusCode,
    ).toBe(401);
    const fresh = await login(app, 'tl1', 'new-team-pass-1');
    const other = await login(app, 'tl1', 'new-team-pass-1');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: fresh },
      payload: { currentPassword: 'not-it', newPassword: 'another-pass-22' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { details: [{ field: 'currentPassword' }] } });
    const changed = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: fresh },
      payload: { currentPassword: 'new-team-pass-1', newPassword: 'another-pass-22' },
    });
    expect(changed.statusCode).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: fresh } })).statusCode,
    ).toBe(200);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: other } })).statusCode,
    ).toBe(401);
    await login(app, 'tl1', 'another-pass-22');
    const entries = await listAudit(t.store(), { entity: 'user', entityId: 'u-tl1' });
    expect(entries.map((e) => e.action)).toEqual(['user.password.change', 'user.password.reset']);
    const all = JSON.stringify(await listAudit(t.store(), { limit: 1000 }));
    expect(all).not.toMatch(/argon2|passwordHash|another-pass-22|new-team-pass-1/);
    expect(TEST_PASSWORD).toBeTruthy();
  });
});
