// Callback tasks through the HTTP API on both databases (seed 002 二 (三) 回访不及时, file 002_*.txt: "未对前一天的客诉
// 做到隔天回访,每次扣罚50元; 对下班结束后的留言顾客,第二天未回电,每次扣罚50元"): the scan opens a task per complaint and
// per after-hours voicemail, due the next working day; a task still open at its due midnight is charged ¥50 on its
// month's statement by itself, once (recording it late afterwards, a manual entry and a re-run add nothing); an
// attempt before the due moment is on time; an approved month stays locked; numbers are masked by role.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIdea, insertStatement, listAudit, upsertConversation } from '../store/index.ts';
import { conversation, emptyStatement, seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { login, seedUsers, testApp } from '../http/testing/test-app.ts';
import { scanCallbacks } from './tasks.ts';

interface Task {
  id: string;
  source: string;
  complaintId: string | null;
  conversationId: string | null;
  callerNumber: string | null;
  dueOn: string;
  dueAt: string;
  status: string;
  bucket: string;
  attempts: number;
  late: boolean;
  lateLine: string | null;
  lateCallbackId: string | null;
  ideaId: string | null;
  actions: { record: boolean; assign: boolean };
}
interface Line {
  id: string;
  date: string;
  kind: string;
  complaintId: string | null;
  callbackTaskId: string | null;
  origin: string;
}

const TZ = 'Asia/Shanghai';

describe.each(await testDrivers())('callback tasks on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  let app: FastifyInstance;
  // Tuesday 2026-10-20 12:00 in Shanghai; moved forward by the tests
  let now = new Date('2026-10-20T04:00:00Z');
  const cookies = new Map<string, string>();
  const call = async (user: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    let c = cookies.get(user);
    if (!c) cookies.set(user, (c = await login(app, user)));
    const res = await app.inject({ method, url, headers: { cookie: c }, ...(payload ? { payload } : {}) });
    if (res.statusCode !== 401) return res;
    // moving the clock days ahead ends idle sessions: log in again
    cookies.set(user, (c = await login(app, user)));
    return app.inject({ method, url, headers: { cookie: c }, ...(payload ? { payload } : {}) });
  };
  const tasks = async (user: string, query = '') => {
    const res = await call(user, 'GET', `/api/callbacks${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: Task[]; actions: { scan: boolean } }>();
  };
  const lines = async (month: string) => {
    const res = await call('desk', 'GET', `/api/settlement-inputs?vendorId=V1&month=${month}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ lateCallbacks: Line[] }>().lateCallbacks;
  };
  const register = async (b: object) => {
    const res = await call('desk', 'POST', '/api/complaints', {
      severity: 'general',
      description: '客户投诉坐席态度',
      ...b,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  let c1 = '';
  let c3 = '';

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [
      { username: 'boss', role: 'admin' },
      { username: 'desk', role: 'complaint_desk' },
      { username: 'tl1', role: 'team_leader', teamId: 'T1' },
      { username: 'vm2', role: 'vendor_manager', vendorId: 'V2' },
      { username: 'ag1', role: 'agent', agentId: 'A001', teamId: 'T1', vendorId: 'V1' },
    ]);
    await upsertConversation(
      store,
      conversation('call-1', {
        startedAt: '2026-10-20T09:30:00+08:00',
        meta: { callerNumber: '13800138000' },
      }),
      { teamId: 'T1', vendorId: 'V1' },
    );
    // an after-hours message left on Friday evening (meta.voicemail, docs/product.md "External contracts")
    await upsertConversation(
      store,
      conversation('vm-1', {
        startedAt: '2026-10-23T20:30:00+08:00',
        turns: [{ role: 'customer', text: '我的电费账单有问题，请回电', startMs: 0, endMs: 4000 }],
        events: [],
        meta: { voicemail: true, callerNumber: '13900139000' },
      }),
      { teamId: 'T1', vendorId: 'V1' },
    );
    // September of V1 is approved: its records are locked
    await insertStatement(store, {
      id: 'st-sep',
      vendorId: 'V1',
      month: '2026-09',
      state: 'approved',
      policyId: 'default',
      policyVersion: '1',
      asOf: '2026-10-05',
      body: emptyStatement('V1', '2026-09'),
      netFen: 0,
      builtAt: now,
      approvedAt: now,
      createdAt: now,
    });
    app = (await testApp(store, () => now)).app;
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
  });

  it.skipIf(skip)(
    'the intake check defaults the callback to the next working day and warns of a re-complaint',
    async () => {
      let res = await call('desk', 'GET', '/api/complaints/intake-check?receivedOn=2026-10-23');
      expect(res.json()).toMatchObject({ callbackDueOn: '2026-10-26', repeatOf: null });
      c1 = await register({
        receivedOn: '2026-10-20',
        agentId: 'A001',
        conversationId: 'call-1',
        callerNumber: '138-0013-8000',
        channel: 'hotline',
      });
      res = await call(
        'desk',
        'GET',
        '/api/complaints/intake-check?receivedOn=2026-10-21&callerNumber=%2B8613800138000',
      );
      expect(res.json()).toMatchObject({ callbackDueOn: '2026-10-22', repeatOf: { id: c1 } });
      // the call picker finds the call by a fragment of the caller's number, and only calls in scope
      res = await call('desk', 'GET', '/api/complaints/calls?q=0013800&day=2026-10-20');
      expect(res.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual(['call-1']);
      res = await call('desk', 'GET', '/api/complaints/calls?q=call&agentId=A002');
      expect(res.json<{ items: unknown[] }>().items).toEqual([]);
    },
  );

  it.skipIf(skip)(
    'the scan opens one task per complaint and voicemail, due the next working day',
    async () => {
      c3 = await register({ receivedOn: '2026-10-20', agentId: 'A002' });
      await register({ receivedOn: '2026-09-29', agentId: 'A001' });
      const first = await scanCallbacks(t.store(), now, TZ);
      // September's complaint was due on the 30th: late at once, and its month is approved
      expect(first).toMatchObject({ created: 4, late: 1, charged: 0, locked: 1 });
      expect((await scanCallbacks(t.store(), now, TZ)).created).toBe(0);
      const all = (await tasks('desk')).items;
      const mine = all.find((x) => x.complaintId === c1)!;
      expect(mine).toMatchObject({
        dueOn: '2026-10-21',
        dueAt: '2026-10-22T00:00:00+08:00',
        bucket: 'upcoming',
      });
      expect(mine.callerNumber).toBe('13800138000');
      const vm = all.find((x) => x.source === 'voicemail')!;
      // Friday evening → Monday (the weekend is not worked)
      expect(vm).toMatchObject({ conversationId: 'vm-1', dueOn: '2026-10-26', callerNumber: '13900139000' });
      expect((await tasks('desk')).actions.scan).toBe(true);
      // who must call back is told: T1's leader of T1's three new tasks (none assigned to an agent yet), once each
      const inbox = await call('tl1', 'GET', '/api/notifications');
      const due = inbox
        .json<{ items: { kind: string; link: string | null }[] }>()
        .items.filter((n) => n.kind === 'callback.due');
      expect(due).toHaveLength(3);
      expect(due.every((n) => n.link === '/callbacks')).toBe(true);
    },
  );

  it.skipIf(skip)('each role sees its rows; numbers are masked for the team leader', async () => {
    const tl = (await tasks('tl1')).items;
    // T1's: C1, the voicemail and September's complaint (C3 is T2's)
    const keys = tl.map((x) => x.complaintId ?? x.conversationId);
    expect(keys).toHaveLength(3);
    expect(keys).toEqual(expect.arrayContaining([c1, 'vm-1']));
    expect(keys).not.toContain(c3);
    expect(tl.every((x) => x.callerNumber === null || !x.callerNumber.includes('13800138000'))).toBe(true);
    expect(tl.find((x) => x.complaintId === c1)!.actions).toEqual({ record: true, assign: true });
    expect((await tasks('vm2')).items).toEqual([]);
    expect((await tasks('ag1')).items).toEqual([]);
    expect((await tasks('tl1')).actions.scan).toBe(false);
    const res = await call('vm2', 'GET', `/api/callbacks/${tl[0]!.id}`);
    expect(res.statusCode).toBe(404);
    // assigned to the agent, the task is in the agent's inbox
    const assigned = await call(
      'tl1',
      'POST',
      `/api/callbacks/${tl.find((x) => x.complaintId === c1)!.id}/assign`,
      {
        agentId: 'A001',
      },
    );
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect((await tasks('ag1')).items.map((x) => x.complaintId)).toEqual([c1]);
  });

  it.skipIf(skip)(
    'a task still open at its due midnight becomes one automatic ¥50 line of its month',
    async () => {
      now = new Date('2026-10-21T04:00:00Z'); // Wednesday: due today
      expect((await tasks('desk')).items.find((x) => x.complaintId === c1)!.bucket).toBe('today');
      expect((await scanCallbacks(t.store(), now, TZ)).late).toBe(0);
      now = new Date('2026-10-22T01:00:00Z'); // Thursday morning
      // the manual correction path: C3's line entered by hand first, for its task
      const c3task = (await tasks('desk')).items.find((x) => x.complaintId === c3)!;
      const manual = await call('desk', 'POST', '/api/settlement-inputs/late-callbacks', {
        vendorId: 'V1',
        date: '2026-10-21',
        kind: 'complaint',
        callbackTaskId: c3task.id,
      });
      expect(manual.statusCode, manual.body).toBe(201);
      const scan = await scanCallbacks(t.store(), now, TZ);
      expect(scan).toMatchObject({ late: 2, charged: 1, locked: 0 });
      const october = await lines('2026-10');
      expect(october.filter((l) => l.complaintId === c1)).toMatchObject([
        { origin: 'automatic', kind: 'complaint', date: '2026-10-21' },
      ]);
      // C3 was entered by hand: linked, not charged twice
      expect(october.filter((l) => l.complaintId === c3)).toMatchObject([{ origin: 'manual' }]);
      expect(october).toHaveLength(2);
      // September is approved: the late task is marked, nothing is written into the locked month
      const sep = (await tasks('desk')).items.find((x) => x.dueOn === '2026-09-30')!;
      expect(sep).toMatchObject({ late: true, lateLine: 'locked', lateCallbackId: null });
      expect(await lines('2026-09')).toEqual([]);
      const audit = await listAudit(t.store(), { entity: 'callback_task', entityId: sep.id });
      expect(audit.map((a) => a.action)).toContain('callback.late-month-locked');
    },
  );

  it.skipIf(skip)('recording the callback late, a manual entry or a re-run adds no second line', async () => {
    const task = (await tasks('ag1')).items[0]!;
    const res = await call('ag1', 'POST', `/api/callbacks/${task.id}/attempts`, {
      reached: true,
      outcome: '已向客户致歉并说明处理结果',
      satisfaction: 'satisfied',
      suggestion: '希望账单短信里写明缴费截止日',
      createIdea: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const done = res.json<Task>();
    expect(done).toMatchObject({ status: 'done', attempts: 1, late: true, lateLine: 'charged' });
    expect(done.actions.record).toBe(false);
    expect(done.ideaId).toMatch(/^idea-/);
    const idea = await getIdea(t.store(), done.ideaId!);
    expect(idea).toMatchObject({
      source: 'customer_callback',
      body: '希望账单短信里写明缴费截止日',
      vendorId: 'V1',
    });
    const again = await call('ag1', 'POST', `/api/callbacks/${task.id}/attempts`, { reached: true });
    expect(again.statusCode).toBe(409);
    const dup = await call('desk', 'POST', '/api/settlement-inputs/late-callbacks', {
      vendorId: 'V1',
      date: '2026-10-21',
      kind: 'complaint',
      complaintId: c1,
    });
    expect(dup.statusCode, dup.body).toBe(409);
    expect((await scanCallbacks(t.store(), now, TZ)).late).toBe(0);
    expect((await lines('2026-10')).filter((l) => l.complaintId === c1)).toHaveLength(1);
    // the statement of the month carries it: −¥50 per late callback
    const built = await call('desk', 'POST', '/api/settlements', { vendorId: 'V1', month: '2026-10' });
    expect(built.statusCode, built.body).toBeLessThan(300);
    const stLines = built.json<{ statement: { lines: { kind: string; amountFen: number }[] } }>().statement
      .lines;
    expect(stLines.filter((l) => l.kind === 'late-callback').map((l) => l.amountFen)).toEqual([-5000, -5000]);
  });

  it.skipIf(skip)(
    'a voicemail attempted on its due day is on time even when the customer never answers',
    async () => {
      const vm = (await tasks('desk')).items.find((x) => x.source === 'voicemail')!;
      now = new Date('2026-10-26T02:00:00Z'); // Monday 10:00
      let res = await call('tl1', 'POST', `/api/callbacks/${vm.id}/attempts`, { reached: false });
      expect(res.json<Task>()).toMatchObject({ status: 'open', attempts: 1, late: false });
      now = new Date('2026-10-27T02:00:00Z');
      expect((await scanCallbacks(t.store(), now, TZ)).late).toBe(0);
      await call('tl1', 'POST', `/api/callbacks/${vm.id}/attempts`, { reached: false });
      res = await call('tl1', 'POST', `/api/callbacks/${vm.id}/attempts`, { reached: false });
      expect(res.json<Task>()).toMatchObject({
        status: 'unreachable',
        attempts: 3,
        late: false,
        lateLine: null,
      });
      expect((await lines('2026-10')).filter((l) => l.kind === 'voicemail')).toEqual([]);
    },
  );
});
