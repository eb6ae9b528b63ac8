// Telephony on both databases: the blocklist's life through the fixed endpoints (create → second-person approval →
// lookup blocked → expiry → allowed; lift), audit on every change, auto-block candidates (scan → confirm / dismiss
// that stops re-proposing), IVR decide with the caller's class, the hang-up report, and — on PostgreSQL — a second
// process's lookup index learning a change through NOTIFY.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit, openStore, upsertConversation } from '../../store/index.ts';
import { conversation, seedOrganisation } from '../../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../../store/testing/test-store.ts';
import { scanCandidates } from '../../telephony/candidates.ts';
import { expireDueEntries } from '../../telephony/commands.ts';
import { closeLookupIndex, lookupIndex } from '../../telephony/lookup-index.ts';
import { login, seedUsers, testApp } from '../testing/test-app.ts';

const T0 = new Date('2026-10-20T04:00:00Z');
const TZ = 'Asia/Shanghai';
const SCOPE = { teamId: 'T1', vendorId: 'V1' };

describe.each(await testDrivers())('telephony on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  let app: FastifyInstance;
  let now = T0;
  const cookie: Record<string, string> = {};
  let token = '';

  const call = (who: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie: cookie[who]! }, ...(payload ? { payload } : {}) });
  const lookup = (n: string) =>
    app.inject({
      method: 'GET',
      url: `/api/ivr/lookup?number=${encodeURIComponent(n)}`,
      headers: { authorization: `Bearer ${token}` },
    });

  const relogin = async () => {
    for (const u of ['admin', 'lead', 'desk', 'tl', 'a001']) cookie[u] = await login(app, u);
  };

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [
      { username: 'admin', role: 'admin' },
      { username: 'lead', role: 'qa_lead' },
      { username: 'desk', role: 'complaint_desk' },
      { username: 'tl', role: 'team_leader', teamId: 'T1' },
      { username: 'a001', role: 'agent', agentId: 'A001' },
    ]);
    app = (await testApp(store, () => now)).app;
    await relogin();
    const res = await call('admin', 'POST', '/api/tokens', {
      name: 'switch',
      actions: ['ivr.lookup', 'ivr.decide'],
    });
    token = res.json<{ secret: string }>().secret;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('blocks after a second person approves, answers the lookup from memory, expires by itself', async () => {
    expect((await lookup('+86 139 0000 1111')).json()).toEqual({
      number: '13900001111',
      blocked: false,
      class: 'regular',
      until: null,
      entryId: null,
    });
    const created = await call('tl', 'POST', '/api/blocklist', {
      number: '+86 139-0000-1111',
      period: 'week',
      reason: '一小时内反复来电辱骂',
      class: 'harassment',
    });
    expect(created.statusCode).toBe(201);
    const entry = created.json<{ id: string; state: string; operatedBy: string }>();
    expect(entry).toMatchObject({ state: 'pending', operatedBy: 'u-tl' });
    expect((await lookup('13900001111')).json()).toMatchObject({ blocked: false, class: 'harassment' });
    expect((await call('a001', 'POST', `/api/blocklist/${entry.id}/approve`)).statusCode).toBe(403);

    now = new Date(T0.getTime() + 3600_000);
    const approved = await call('lead', 'POST', `/api/blocklist/${entry.id}/approve`, {});
    expect(approved.json()).toMatchObject({
      state: 'active',
      approvedBy: 'u-lead',
      until: '2026-10-27T05:00:00.000Z',
    });
    const res = await lookup('0086 13900001111');
    expect(res.json()).toEqual({
      number: '13900001111',
      blocked: true,
      class: 'harassment',
      until: '2026-10-27T13:00:00+08:00',
      entryId: entry.id,
    });
    expect(res.headers['server-timing']).toMatch(/lookup;dur=\d/);

    now = new Date('2026-10-27T05:00:00Z');
    await relogin(); // sessions do not outlive a week
    expect((await lookup('13900001111')).json()).toMatchObject({ blocked: false });
    expect(await expireDueEntries({ store: t.store(), now, timeZone: TZ })).toBe(1);
    const detail = await call('desk', 'GET', `/api/blocklist/${entry.id}`);
    expect(detail.json<{ history: { type: string }[] }>().history.map((h) => h.type)).toEqual([
      'create',
      'approve',
      'expire',
    ]);
    const audit = await listAudit(t.store(), { entity: 'blocklist_entry', entityId: entry.id });
    expect(audit.map((a) => a.action).sort()).toEqual([
      'blocklist.approve',
      'blocklist.create',
      'blocklist.expire',
    ]);
  });

  it('lifts an active entry and refuses a second live entry for the same number', async () => {
    await call('admin', 'PUT', '/api/telephony/settings', { requireApproval: false });
    const e = (
      await call('desk', 'POST', '/api/blocklist', {
        number: '010-1234 5678',
        period: 'permanent',
        reason: '骚扰',
      })
    ).json<{ id: string; state: string }>();
    expect(e.state).toBe('active');
    expect((await lookup('01012345678')).json()).toMatchObject({ blocked: true, until: null });
    expect(
      (await call('desk', 'POST', '/api/blocklist', { number: '01012345678', period: 'day', reason: 'x' }))
        .statusCode,
    ).toBe(409);
    const lifted = await call(
      'lead',
      'DELETE',
      `/api/blocklist/${e.id}?reason=${encodeURIComponent('误判')}`,
    );
    expect(lifted.json()).toMatchObject({ state: 'lifted' });
    expect((await lookup('01012345678')).json()).toMatchObject({ blocked: false });
    await call('admin', 'PUT', '/api/telephony/settings', {});
  });

  it('proposes a flood as a candidate; confirm blocks, dismiss stops re-proposing', async () => {
    const store = t.store();
    const at = (min: number) => new Date(now.getTime() - 3600_000 + min * 60_000).toISOString();
    for (const [n, number] of ['13700000001', '13700000002'].entries())
      for (let i = 0; i < 6; i++)
        await upsertConversation(
          store,
          conversation(`flood-${n}-${i}`, {
            startedAt: at(i * 5),
            meta: { callerNumber: number, callClass: '骚扰' },
          }),
          SCOPE,
        );
    expect(await scanCandidates({ store, now, timeZone: TZ })).toEqual({ proposed: 2, blocked: 0 });
    expect(await scanCandidates({ store, now, timeZone: TZ })).toEqual({ proposed: 0, blocked: 0 });
    const list = (await call('desk', 'GET', '/api/blocklist-candidates?state=pending')).json<{
      items: { id: string; number: string }[];
    }>();
    const [c1, c2] = ['13700000001', '13700000002'].map((n) => list.items.find((c) => c.number === n)!);
    expect(
      (await call('lead', 'POST', `/api/blocklist-candidates/${c1!.id}/confirm`, {})).json(),
    ).toMatchObject({ state: 'confirmed' });
    expect((await lookup('13700000001')).json()).toMatchObject({ blocked: true });
    expect(
      (
        await call('desk', 'POST', `/api/blocklist-candidates/${c2!.id}/dismiss`, { note: '企业总机' })
      ).json(),
    ).toMatchObject({ state: 'dismissed' });
    expect(await scanCandidates({ store, now, timeZone: TZ })).toEqual({ proposed: 0, blocked: 0 });
    expect((await lookup('13700000002')).json()).toMatchObject({ blocked: false });
  });

  it('decides IVR → human from the session and the caller class', async () => {
    const decide = (body: object) =>
      app.inject({
        method: 'POST',
        url: '/api/ivr/decide',
        headers: { authorization: `Bearer ${token}` },
        payload: body,
      });
    const q = { intent: 'bill', text: '查话费', atMs: 1000 };
    expect(
      (
        await decide({ sessionId: 's1', number: '13800138000', elapsedMs: 60_000, questions: [q, q, q, q] })
      ).json(),
    ).toEqual({
      action: 'human',
      priority: true,
      reasons: ['repeated-question'],
      callerClass: 'regular',
    });
    await call('tl', 'PUT', '/api/callers/13800138000/class', {
      class: 'non-routine',
      reason: '投诉已结案仍反复来电',
    });
    expect(
      (await decide({ sessionId: 's2', number: '13800138000', elapsedMs: 1000, questions: [] })).json(),
    ).toMatchObject({
      action: 'human',
      reasons: ['caller-class'],
    });
    const report = await call('lead', 'GET', '/api/ivr/report?from=2026-10-01&to=2026-10-31');
    expect(report.json()).toMatchObject({
      sessions: 2,
      actions: { human: 2 },
      topIntents: [{ intent: 'bill', sessions: 1 }],
    });
    const caller = await call('admin', 'GET', '/api/callers/13800138000');
    expect(caller.json()).toMatchObject({
      class: 'non-routine',
      classHistory: [{ class: 'non-routine', setBy: 'u-tl' }],
    });
  });

  it('reports the hang-up ratio with agent hang-ups split by the rule', async () => {
    const store = t.store();
    for (let i = 0; i < 4; i++)
      await upsertConversation(
        store,
        conversation(`hu-${i}`, {
          startedAt: '2026-09-10T10:00:00+08:00',
          events: [{ type: 'hangup', by: i === 0 ? 'agent' : 'customer', atMs: 9000 }],
          // three of the four callers rated the call; no daily statistics were imported for September
          meta: { survey: ['satisfied', 'satisfied', 'unsatisfied', 'abandoned'][i] },
        }),
        SCOPE,
      );
    const r = await call('tl', 'GET', '/api/hangups/report?from=2026-09-01&to=2026-09-30');
    expect(r.json()).toMatchObject({
      total: { calls: 4, agent: 1, customer: 3, agentAllowed: 1, ratio: '25:75' },
    });
    const foreign = await call('tl', 'GET', '/api/hangups/report?from=2026-09-01&to=2026-09-30&teamId=T3');
    expect(foreign.json()).toMatchObject({ total: { calls: 0 } });
    const ba = await call('lead', 'GET', '/api/hangups/before-after?policyDate=2026-09-15&days=30');
    expect(ba.json()).toMatchObject({
      before: { calls: 4, agentHangups: 1, satisfaction: 2 / 3 },
      after: { calls: 0, satisfaction: null },
    });
  });

  it.skipIf(driver.kind !== 'postgres')('keeps a second process’s index fresh through NOTIFY', async () => {
    const other = await openStore({ dataDir: '', databaseUrl: t.databaseUrl(), poolSize: 2, migrate: false });
    try {
      const l = lookupIndex(other, 60_000);
      await l.ready;
      expect(l.index.lookup('13600000009', now.getTime()).blocked).toBe(false);
      await call('admin', 'PUT', '/api/telephony/settings', { requireApproval: false });
      await call('desk', 'POST', '/api/blocklist', { number: '13600000009', period: 'day', reason: '骚扰' });
      const deadline = Date.now() + 5000;
      while (!l.index.lookup('13600000009', now.getTime()).blocked && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      expect(l.index.lookup('13600000009', now.getTime()).blocked).toBe(true);
    } finally {
      await closeLookupIndex(other);
      await other.close();
    }
  });
});
