// Work orders through the HTTP API on both databases (seed 004 工單 to a branch or department, 有訴必復 with a
// deadline): the complaint desk addresses an order to a branch; a back-office user of that branch sees and answers
// it, a user of another branch gets not-found for the same id; the SLA clock is presented on every order; the scan
// escalates a breached order once and tells the branch; every event is audited.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../store/index.ts';
import { seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { TEST_PASSWORD, login, seedUsers, testApp } from '../http/testing/test-app.ts';
import { scanSla } from './sla-scan.ts';

// Tuesday 2026-10-20 12:00 in Shanghai.
const NOW = new Date('2026-10-20T04:00:00Z');

interface Order {
  id: string;
  branchId: string;
  state: string;
  sla: { replyDueAt: string | null; state: string; replyLate: boolean };
}

describe.each(await testDrivers())('work orders on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  let app: FastifyInstance;
  const cookies = new Map<string, string>();
  const call = async (user: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
    let c = cookies.get(user);
    if (!c) cookies.set(user, (c = await login(app, user)));
    return app.inject({ method, url, headers: { cookie: c }, ...(payload ? { payload } : {}) });
  };
  let north = '';
  let south = '';
  let orderId = '';

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [
      { username: 'boss', role: 'admin' },
      { username: 'desk', role: 'complaint_desk' },
      { username: 'tl1', role: 'team_leader', teamId: 'T1' },
    ]);
    app = (await testApp(store, () => NOW)).app;
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
  });

  it.skipIf(skip)('sets up branches and their back-office accounts, each bound to one branch', async () => {
    const mk = async (name: string) => {
      const res = await call('desk', 'POST', '/api/branches', { name, kind: 'branch' });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string }>().id;
    };
    north = await mk('北区营业部');
    south = await mk('南区营业部');
    // A back-office account needs its branch; no other role takes one.
    const noBranch = await call('boss', 'POST', '/api/users', {
      username: 'bo-x',
      displayName: '后台',
      role: 'back_office',
      password: 'a-long-password-1',
    });
    expect(noBranch.statusCode).toBe(400);
    expect(noBranch.body).toContain('branchId');
    const wrongRole = await call('boss', 'POST', '/api/users', {
      username: 'qa-x',
      displayName: '质检',
      role: 'qa_inspector',
      branchId: north,
      password: 'a-long-password-1',
    });
    expect(wrongRole.statusCode).toBe(400);
    for (const [username, branchId] of [
      ['bo-north', north],
      ['bo-south', south],
    ] as const) {
      const res = await call('boss', 'POST', '/api/users', {
        username,
        displayName: username,
        role: 'back_office',
        branchId,
        password: TEST_PASSWORD,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ user: { role: 'back_office', branchId } });
    }
    // The team leader does not hold work orders at all.
    expect((await call('tl1', 'GET', '/api/work-orders')).statusCode).toBe(403);
    // A branch user sees only their own branch in the list of branches.
    const seen = (await call('bo-north', 'GET', '/api/branches')).json<{ items: { id: string }[] }>();
    expect(seen.items.map((b) => b.id)).toEqual([north]);
  });

  it.skipIf(skip)(
    'addresses an order to a branch with the default SLA; another branch cannot see it',
    async () => {
      // Created Monday 09:00: reply due within one working day (the default policy), so it is late by Tuesday noon.
      const res = await call('desk', 'POST', '/api/work-orders', {
        title: '宽带故障回访',
        assignee: { branchId: north },
        createdAt: '2026-10-19T09:00:00+08:00',
      });
      expect(res.statusCode, res.body).toBe(201);
      const order = res.json<Order>();
      orderId = order.id;
      expect(order).toMatchObject({ branchId: north, state: 'open', policyId: 'default' });
      expect(order.sla.replyDueAt).not.toBeNull();
      expect(new Date(order.sla.replyDueAt!).getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(order.sla.replyLate).toBe(true);

      const mine = (await call('bo-north', 'GET', '/api/work-orders')).json<{ items: Order[] }>();
      expect(mine.items.map((o) => o.id)).toEqual([orderId]);
      const theirs = (await call('bo-south', 'GET', '/api/work-orders')).json<{ items: Order[] }>();
      expect(theirs.items).toEqual([]);
      expect((await call('bo-south', 'GET', `/api/work-orders/${orderId}`)).statusCode).toBe(404);
      expect(
        (await call('bo-south', 'POST', `/api/work-orders/${orderId}/events`, { type: 'reply' })).statusCode,
      ).toBe(404);
      // A branch user answers and resolves; escalating is the desk's. The detail says so per event type, so the
      // screen shows only the buttons the caller may use.
      type Acts = { actions: Record<string, boolean> };
      const boActs = (await call('bo-north', 'GET', `/api/work-orders/${orderId}`)).json<Acts>().actions;
      expect(boActs).toMatchObject({
        reply: true,
        resolve: true,
        pause: true,
        resume: false,
        escalate: false,
      });
      expect(boActs).toMatchObject({ urge: false, redo: false, reopen: false });
      const deskActs = (await call('desk', 'GET', `/api/work-orders/${orderId}`)).json<Acts>().actions;
      expect(deskActs).toMatchObject({ reply: true, escalate: true, urge: true, reopen: false });
      const listActs = (await call('bo-north', 'GET', '/api/work-orders')).json<Acts>().actions;
      expect(listActs).toEqual({ create: false, manageBranches: false, manageSla: false, scan: false });
      expect(
        (await call('bo-north', 'GET', `/api/work-orders?branchId=${south}`)).json<{ items: Order[] }>()
          .items,
      ).toEqual([]);
      expect(
        (await call('bo-north', 'POST', `/api/work-orders/${orderId}/events`, { type: 'escalate' }))
          .statusCode,
      ).toBe(403);
    },
  );

  it.skipIf(skip)('escalates a breached order once, telling the branch, and audits every step', async () => {
    const first = await scanSla(t.store(), NOW, 'Asia/Shanghai');
    expect(first.escalated).toBe(1);
    expect((await scanSla(t.store(), NOW, 'Asia/Shanghai')).escalated).toBe(0);
    const inbox = (await call('bo-north', 'GET', '/api/notifications')).json<{ items: { kind: string }[] }>();
    expect(inbox.items.map((n) => n.kind)).toContain('work-order.escalated');
    const quiet = (await call('bo-south', 'GET', '/api/notifications')).json<{ items: { kind: string }[] }>();
    expect(quiet.items.map((n) => n.kind)).not.toContain('work-order.escalated');

    const reply = await call('bo-north', 'POST', `/api/work-orders/${orderId}/events`, {
      type: 'reply',
      note: '已联系客户，明日上门',
    });
    expect(reply.statusCode, reply.body).toBe(201);
    const detail = reply.json<Order & { events: { type: string; actor: string | null }[] }>();
    expect(detail.state).toBe('replied');
    expect(detail.events.map((e) => e.type)).toEqual(['escalate', 'reply']);
    // The scan escalates as the system; the reply carries the branch user's account.
    expect(detail.events.map((e) => e.actor === null)).toEqual([true, false]);

    const audit = await listAudit(t.store(), { entity: 'work_order' });
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(['work-order.create', 'work-order.escalate', 'work-order.reply']),
    );
  });
});
