// Organisation admin API on both databases: clients, vendors, teams and agents — creation, scoped reading,
// deactivation rules, vendor-manager confinement, and the audit entry of each change.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../store/index.ts';
import { seedOrganisation } from '../../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../../store/testing/test-store.ts';
import { login, seedUsers, testApp } from '../testing/test-app.ts';

const NOW = new Date('2026-10-20T04:00:00Z');

describe.each(await testDrivers())('organisation API on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  let app: FastifyInstance;
  const cookie: Record<string, string> = {};

  const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie: cookie[who]! }, ...(payload ? { payload } : {}) });
  const ids = async (who: string, url: string) =>
    (await call(who, 'GET', url)).json<{ items: { id: string }[] }>().items.map((i) => i.id);

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [
      { username: 'admin', role: 'admin' },
      { username: 'pm1', role: 'vendor_manager', vendorId: 'V1' },
      { username: 'tl1', role: 'team_leader', teamId: 'T1' },
      { username: 'a001', role: 'agent', agentId: 'A001' },
      { username: 'a002', role: 'agent', agentId: 'A002' },
      { username: 'qa', role: 'qa_inspector' },
    ]);
    app = (await testApp(store, () => NOW)).app;
    for (const u of ['admin', 'pm1', 'tl1', 'a001', 'a002', 'qa']) cookie[u] = await login(app, u);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('keeps GET /api/agents and /api/teams in their shape, scoped by role', async () => {
    const agents = await call('admin', 'GET', '/api/agents');
    expect(agents.statusCode).toBe(200);
    expect(agents.json<{ items: unknown[] }>().items[0]).toEqual({
      id: 'A001',
      name: '张敏',
      teamId: 'T1',
      teamName: '一组',
      vendorId: 'V1',
      hiredOn: '2026-03-01',
      active: true,
    });
    expect(await ids('pm1', '/api/agents')).toEqual(['A001', 'A002']);
    expect(await ids('tl1', '/api/agents')).toEqual(['A001']);
    expect(await ids('a001', '/api/agents')).toEqual(['A001']);
    expect(await ids('qa', '/api/agents')).toEqual(['A001', 'A002', 'A003']);
    expect(await ids('pm1', '/api/teams')).toEqual(['T1', 'T2']);
    expect(await ids('a001', '/api/teams')).toEqual(['T1']);
    expect(await ids('tl1', '/api/vendors')).toEqual(['V1']);
    expect(await ids('a001', '/api/clients')).toEqual(['C1']);
    expect(await ids('admin', '/api/vendors?clientId=C1')).toEqual(['V1', 'V2']);
    const one = await call('a001', 'GET', '/api/agents/A002');
    expect(one.statusCode).toBe(404);
  });

  it('lets the admin build client → vendor → team → agent, each audited', async () => {
    expect((await call('admin', 'POST', '/api/clients', { id: 'C2', name: '某燃气热线' })).statusCode).toBe(
      201,
    );
    const v = await call('admin', 'POST', '/api/vendors', { id: 'V3', clientId: 'C2', name: '丙外包' });
    expect(v.json()).toMatchObject({ id: 'V3', clientId: 'C2', active: true });
    expect(
      (await call('admin', 'POST', '/api/teams', { id: 'T9', vendorId: 'V3', name: '九组' })).statusCode,
    ).toBe(201);
    const a = await call('admin', 'POST', '/api/agents', {
      id: 'A900',
      name: '赵磊',
      teamId: 'T9',
      hiredOn: '2026-09-01',
    });
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({ id: 'A900', teamName: '九组', vendorId: 'V3', hiredOn: '2026-09-01' });
    const dup = await call('admin', 'POST', '/api/agents', { id: 'A900', name: '重复', teamId: 'T9' });
    expect(dup.statusCode).toBe(409);
    const audit = await listAudit(t.store(), { entity: 'agent', entityId: 'A900' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: 'u-admin',
      action: 'agent.create',
      after: { id: 'A900', name: '赵磊', teamId: 'T9', active: true },
    });
    expect((await listAudit(t.store(), { entity: 'client', entityId: 'C2' }))[0]?.action).toBe(
      'client.create',
    );
  });

  it('refuses to deactivate a unit with active children, then deactivates bottom-up', async () => {
    const early = await call('admin', 'PATCH', '/api/teams/T9', { active: false });
    expect(early.statusCode).toBe(409);
    expect((await call('admin', 'PATCH', '/api/agents/A900', { active: false })).json()).toMatchObject({
      active: false,
    });
    expect((await call('admin', 'PATCH', '/api/teams/T9', { active: false })).statusCode).toBe(200);
    const underInactive = await call('admin', 'POST', '/api/agents', {
      id: 'A901',
      name: '钱多',
      teamId: 'T9',
    });
    expect(underInactive.statusCode).toBe(409);
    expect((await call('admin', 'PATCH', '/api/vendors/V3', { active: false })).statusCode).toBe(200);
    expect(
      (await call('admin', 'PATCH', '/api/clients/C2', { active: false, name: '某燃气热线（停）' })).json(),
    ).toMatchObject({
      active: false,
      name: '某燃气热线（停）',
    });
    // Reactivating a team under an inactive vendor would leave the tree inconsistent.
    expect((await call('admin', 'PATCH', '/api/teams/T9', { active: true })).statusCode).toBe(409);
    expect(await ids('admin', '/api/teams?active=false')).toEqual(['T9']);
    const entry = (await listAudit(t.store(), { entity: 'team', entityId: 'T9' }))[0];
    expect(entry).toMatchObject({
      action: 'team.deactivate',
      before: { active: true },
      after: { active: false },
    });
  });

  it('confines a vendor manager to their vendor: another vendor’s agents and teams answer 404', async () => {
    const own = await call('pm1', 'PATCH', '/api/agents/A002', { name: '李强强' });
    expect(own.statusCode).toBe(200);
    expect((await call('pm1', 'PATCH', '/api/agents/A003', { name: '改名' })).statusCode).toBe(404);
    expect(
      (await call('pm1', 'POST', '/api/agents', { id: 'A950', name: '孙悦', teamId: 'T3' })).statusCode,
    ).toBe(404);
    expect((await call('pm1', 'PATCH', '/api/agents/A002', { teamId: 'T3' })).statusCode).toBe(404);
    expect(
      (await call('pm1', 'POST', '/api/teams', { id: 'T8', vendorId: 'V2', name: '越权组' })).statusCode,
    ).toBe(404);
    expect(
      (await call('pm1', 'POST', '/api/teams', { id: 'T8', vendorId: 'V1', name: '八组' })).statusCode,
    ).toBe(201);
    expect(
      (await call('pm1', 'POST', '/api/vendors', { id: 'V9', clientId: 'C1', name: 'x' })).statusCode,
    ).toBe(403);
    expect((await call('tl1', 'PATCH', '/api/agents/A001', { name: 'x' })).statusCode).toBe(403);
    const moved = await call('pm1', 'PATCH', '/api/agents/A002', { teamId: 'T8' });
    expect(moved.json()).toMatchObject({ teamId: 'T8', teamName: '八组', vendorId: 'V1' });
    const names = await app.inject({
      method: 'GET',
      url: '/api/agents/A003',
      headers: { cookie: cookie.pm1! },
    });
    expect(names.statusCode).toBe(404);
  });

  it('deactivating an agent (离职) disables their account and ends their session', async () => {
    expect((await call('a002', 'GET', '/api/auth/me')).statusCode).toBe(200);
    const res = await call('pm1', 'PATCH', '/api/agents/A002', { active: false });
    expect(res.statusCode).toBe(200);
    expect((await call('a002', 'GET', '/api/auth/me')).statusCode).toBe(401);
    const login2 = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'a002', password: 'test-password-1' },
    });
    expect(login2.statusCode).toBe(401);
    const entry = (await listAudit(t.store(), { entity: 'user', entityId: 'u-a002' }))[0];
    expect(entry).toMatchObject({ action: 'user.disable', actorUserId: 'u-pm1', after: { disabled: true } });
  });

  it('rejects malformed codes and does not audit a change that changes nothing', async () => {
    const bad = await call('admin', 'POST', '/api/clients', { id: 'bad id!', name: 'x' });
    expect(bad.statusCode).toBe(400);
    const before = (await listAudit(t.store(), { entity: 'agent', entityId: 'A001' })).length;
    expect((await call('admin', 'PATCH', '/api/agents/A001', { name: '张敏' })).statusCode).toBe(200);
    expect(await listAudit(t.store(), { entity: 'agent', entityId: 'A001' })).toHaveLength(before);
  });
});
