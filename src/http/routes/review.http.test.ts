// Review, appeal, sampling and precision through the HTTP API on PGlite and PostgreSQL: a targeted plan samples
// the agent-first hang-up and complaint-risk calls, inspectors judge and finalize, the final score replaces the
// machine score where users see it, the agent appeals within 3 working days, leaders decide once.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../store/index.ts';
import { testDrivers, useTestStore } from '../../store/testing/test-store.ts';
import { login, testApp } from '../testing/test-app.ts';
import { seedReviewWorld } from './review-fixtures.ts';

// Friday 2026-10-16 15:00 in Asia/Shanghai: the appeal period runs through Wednesday 2026-10-21.
const FRIDAY = new Date('2026-10-16T07:00:00Z');

const OCTOBER = { from: '2026-10-01T00:00:00+08:00', to: '2026-11-01T00:00:00+08:00' };

interface TaskJson {
  id: number;
  conversationId: string;
  inspectorUserId: string;
  reasons: string[];
  status: string;
}

describe.each(await testDrivers())('review and appeal API on $kind', (driver) => {
  const t = useTestStore(driver);
  let app: FastifyInstance;
  let now = FRIDAY;
  const skip = driver.kind === 'postgres' && !driver.available;
  const cookies = new Map<string, string>();
  const as = async (user: string) => {
    let c = cookies.get(user);
    if (!c) cookies.set(user, (c = await login(app, user)));
    return { cookie: c };
  };
  const call = async (
    user: string,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: unknown,
  ) =>
    app.inject({
      method,
      url,
      headers: await as(user),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  let planId = '';
  let tasks: TaskJson[] = [];
  const taskOf = (conversationId: string) => tasks.find((x) => x.conversationId === conversationId)!;
  const inspectorName = (task: TaskJson) => task.inspectorUserId.replace(/^u-/, '');

  beforeAll(async () => {
    if (skip) return;
    await seedReviewWorld(t.store(), FRIDAY);
    app = (await testApp(t.store(), () => now)).app;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lets only the QA lead and admin create plans', async () => {
    const body = {
      name: '投诉与先挂机全检',
      rule: { kind: 'targeted', agentHangup: true, complaintRisk: true },
      period: 'month',
    };
    expect((await call('qa1', 'POST', '/api/sampling-plans', body)).statusCode).toBe(403);
    expect((await call('a001', 'POST', '/api/sampling-plans', body)).statusCode).toBe(403);
    const bad = await call('lead', 'POST', '/api/sampling-plans', { ...body, rule: { kind: 'targeted' } });
    expect(bad.statusCode).toBe(400);
    const res = await call('lead', 'POST', '/api/sampling-plans', { ...body, seed: 42 });
    expect(res.statusCode).toBe(201);
    planId = res.json<{ id: string }>().id;
  });

  it('runs a targeted plan: every agent-first hang-up and complaint-risk call, split evenly, idempotent', async () => {
    const res = await call('lead', 'POST', `/api/sampling-plans/${planId}/run`, OCTOBER);
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json<{ run: { candidates: number; created: number }; tasks: TaskJson[] }>();
    expect(out.run).toMatchObject({ candidates: 5, created: 2 });
    tasks = out.tasks;
    expect(tasks.map((x) => [x.conversationId, x.reasons])).toEqual([
      ['c-01', ['agent-hangup', 'complaint-risk']],
      ['c-04', ['complaint-risk']],
    ]);
    expect(new Set(tasks.map((x) => x.inspectorUserId))).toEqual(new Set(['u-qa1', 'u-qa2']));
    const again = await call('lead', 'POST', `/api/sampling-plans/${planId}/run`, OCTOBER);
    expect(again.json<{ run: { created: number } }>().run.created).toBe(0);
    const detail = await call('qa1', 'GET', `/api/sampling-plans/${planId}`);
    expect(detail.json<{ runs: unknown[] }>().runs).toHaveLength(2);
  });

  it('runs a random plan to its quota, once', async () => {
    const res = await call('lead', 'POST', '/api/sampling-plans', {
      name: '随机40%',
      rule: { kind: 'random', percent: 40 },
      scope: { kind: 'vendor', vendorIds: ['V1'] },
      seed: 7,
    });
    const id = res.json<{ id: string }>().id;
    const first = await call('admin', 'POST', `/api/sampling-plans/${id}/run`, OCTOBER);
    // V1 has 4 calls: 40% → 2 tasks.
    expect(first.json<{ run: { candidates: number; created: number } }>().run).toMatchObject({
      candidates: 4,
      created: 2,
    });
    const second = await call('admin', 'POST', `/api/sampling-plans/${id}/run`, OCTOBER);
    expect(second.json<{ run: { created: number } }>().run.created).toBe(0);
  });

  it('shows each inspector their own queue and the QA lead everything', async () => {
    const own = await call('qa1', 'GET', '/api/review/tasks?status=open&inspector=u-qa2');
    expect(own.statusCode).toBe(200);
    const items = own.json<{ items: TaskJson[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((x) => x.inspectorUserId === 'u-qa1')).toBe(true);
    const all = await call('lead', 'GET', '/api/review/tasks?status=open');
    expect(all.json<{ total: number }>().total).toBe(4);
    expect((await call('a001', 'GET', '/api/review/tasks')).statusCode).toBe(403);
    const other = tasks.find((x) => x.inspectorUserId === 'u-qa2')!;
    expect((await call('qa1', 'GET', `/api/review/tasks/${other.id}`)).statusCode).toBe(404);
    // The view says what each caller may do: the assigned inspector and the QA lead work it, the admin reads it.
    const actions = async (who: string) =>
      (await call(who, 'GET', `/api/review/tasks/${other.id}`)).json<{ actions: unknown }>().actions;
    expect(await actions('qa2')).toEqual({ work: true, next: true });
    expect(await actions('lead')).toEqual({ work: true, next: true });
    expect(await actions('admin')).toEqual({ work: false, next: false });
  });

  it('judges hits and manual items, refuses to finalize with hits unjudged, and finalizes the final score', async () => {
    const task = taskOf('c-01');
    const me = inspectorName(task);
    const stranger = me === 'qa1' ? 'qa2' : 'qa1';
    const view = await call(me, 'GET', `/api/review/tasks/${task.id}`);
    expect(view.statusCode).toBe(200);
    const v = view.json<{
      hits: { index: number; rule: string; text: string }[];
      score: { machine: { total: number } };
    }>();
    expect(v.score.machine.total).toBe(94);
    const idx = (rule: string, text?: string) =>
      v.hits.find((h) => h.rule === rule && (text === undefined || h.text === text))!.index;

    expect(
      (await call(stranger, 'PUT', `/api/review/tasks/${task.id}/hits/0`, { verdict: 'confirm' })).statusCode,
    ).toBe(404);
    const noReason = await call(
      me,
      'PUT',
      `/api/review/tasks/${task.id}/hits/${idx('forbidden-phrase', '不关我的事')}`,
      {
        verdict: 'reject',
      },
    );
    expect(noReason.statusCode).toBe(400);
    await call(me, 'PUT', `/api/review/tasks/${task.id}/hits/${idx('forbidden-phrase', '不知道')}`, {
      verdict: 'confirm',
    });
    const early = await call(me, 'POST', `/api/review/tasks/${task.id}/finalize`);
    expect(early.statusCode).toBe(409);
    expect(
      early.json<{ error: { details: { pendingHits: number[] } } }>().error.details.pendingHits.length,
    ).toBeGreaterThan(0);

    const rej = await call(
      me,
      'PUT',
      `/api/review/tasks/${task.id}/hits/${idx('forbidden-phrase', '不关我的事')}`,
      {
        verdict: 'reject',
        reason: '转述制度，不属于推诿',
      },
    );
    expect(rej.statusCode).toBe(200);
    for (const h of v.hits.filter((x) => x.rule !== 'forbidden-phrase')) {
      const r = await call(me, 'PUT', `/api/review/tasks/${task.id}/hits/${h.index}`, { verdict: 'confirm' });
      expect(r.statusCode).toBe(200);
    }
    const onMachine = await call(me, 'PUT', `/api/review/tasks/${task.id}/items/language.forbidden`, {
      occurrences: 1,
      reason: 'x',
    });
    expect(onMachine.statusCode).toBe(400);
    const manual = await call(me, 'PUT', `/api/review/tasks/${task.id}/items/professional.misjudged`, {
      occurrences: 1,
      reason: '客户重复询问扣费原因，坐席未判断问题',
    });
    expect(manual.json<{ score: { final: { total: number } } }>().score.final.total).toBe(93);

    const fin = await call(me, 'POST', `/api/review/tasks/${task.id}/finalize`);
    expect(fin.statusCode).toBe(200);
    const done = fin.json<{
      task: { status: string; finalTotal: number; machineTotal: number; appealDeadline: string };
    }>().task;
    // 100 − 1 (不知道) − 2 (no apology) − 2 (agent hang-up) − 2 (事件判断不正确) = 93; the rejected hit costs nothing.
    expect(done).toMatchObject({ status: 'finalized', finalTotal: 93, machineTotal: 94 });
    expect(done.appealDeadline).toBe('2026-10-21T16:00:00.000Z');

    const conv = await call('lead', 'GET', '/api/conversations/c-01');
    expect(conv.json<{ result: { machineScore: number; score: { total: number } } }>().result).toMatchObject({
      machineScore: 94,
      score: { total: 93 },
    });
    const listed = await call('lead', 'GET', '/api/conversations?maxScore=93');
    expect(listed.json<{ items: { id: string; score: number }[] }>().items).toEqual([
      expect.objectContaining({ id: 'c-01', score: 93 }),
    ]);
    expect(
      (await call(me, 'PUT', `/api/review/tasks/${task.id}/hits/0`, { verdict: 'reject', reason: 'x' }))
        .statusCode,
    ).toBe(423);

    const audit = await listAudit(t.store(), { entity: 'review_task', entityId: String(task.id), limit: 50 });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['review.judge-hit', 'review.deduct-item', 'review.finalize']),
    );
    const scoreChange = await listAudit(t.store(), { entity: 'result', limit: 50 });
    expect(scoreChange[0]?.action).toBe('result.score-change');
    expect(scoreChange[0]?.after).toMatchObject({ total: 93, cause: 'review.finalize' });
  });

  it('shows finalized reviews to the agent who owns them only', async () => {
    const mine = await call('a001', 'GET', '/api/reviews');
    expect(mine.json<{ items: TaskJson[] }>().items.map((x) => x.conversationId)).toEqual(['c-01']);
    expect((await call('a002', 'GET', '/api/reviews')).json<{ total: number }>().total).toBe(0);
    expect((await call('a002', 'GET', `/api/reviews/${taskOf('c-01').id}`)).statusCode).toBe(404);
    const detail = await call('a001', 'GET', `/api/reviews/${taskOf('c-01').id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json<{ deductions: { item: string }[] }>().deductions).toEqual([
      expect.objectContaining({ item: 'professional.misjudged' }),
    ]);
  });

  it('takes appeals from the owner only, once per deduction, and lets the team’s leader or QA lead decide once', async () => {
    const task = taskOf('c-01');
    const view = (await call('a001', 'GET', `/api/reviews/${task.id}`)).json<{
      hits: { index: number; rule: string; text: string }[];
    }>();
    const hangup = view.hits.find((h) => h.rule === 'agent-hangup')!.index;
    const rejected = view.hits.find((h) => h.text === '不关我的事')!.index;
    const file = (user: string, target: unknown) =>
      call(user, 'POST', '/api/appeals', {
        taskId: task.id,
        target,
        reason: '客户已明确表示没有其他问题后才挂机',
      });

    expect((await file('a002', { kind: 'hit', hit: hangup })).statusCode).toBe(404);
    expect((await file('tl1', { kind: 'hit', hit: hangup })).statusCode).toBe(403);
    expect((await file('a001', { kind: 'hit', hit: rejected })).statusCode).toBe(400);
    const hitAppeal = await file('a001', { kind: 'hit', hit: hangup });
    expect(hitAppeal.statusCode).toBe(201);
    expect((await file('a001', { kind: 'hit', hit: hangup })).statusCode).toBe(409);
    const itemAppeal = await file('a001', { kind: 'item', item: 'professional.misjudged' });
    expect(itemAppeal.statusCode).toBe(201);

    const hitId = hitAppeal.json<{ id: number }>().id;
    const itemId = itemAppeal.json<{ id: number }>().id;
    const open = await call('tl1', 'GET', '/api/appeals?status=open');
    expect(open.json<{ total: number }>().total).toBe(2);
    expect((await call('tl2', 'GET', '/api/appeals?status=open')).json<{ total: number }>().total).toBe(0);

    const decide = (user: string, id: number, outcome: string) =>
      call(user, 'POST', `/api/appeals/${id}/decision`, { outcome, reason: '核实录音后决定' });
    expect((await decide('tl2', hitId, 'upheld')).statusCode).toBe(404);
    expect((await decide('qa1', hitId, 'upheld')).statusCode).toBe(403);
    const upheld = await decide('tl1', hitId, 'upheld');
    expect(upheld.statusCode).toBe(200);
    expect(upheld.json()).toMatchObject({ status: 'upheld', totalBefore: 93, totalAfter: 95 });
    const conv = await call('a001', 'GET', '/api/conversations/c-01');
    expect(conv.json<{ result: { score: { total: number } } }>().result.score.total).toBe(95);
    expect((await decide('lead', hitId, 'rejected')).statusCode).toBe(423);

    const rejectedItem = await decide('lead', itemId, 'rejected');
    expect(rejectedItem.json()).toMatchObject({ status: 'rejected', totalBefore: 95, totalAfter: 95 });
    const review = await call('a001', 'GET', `/api/reviews/${task.id}`);
    expect(review.json<{ task: { finalTotal: number } }>().task.finalTotal).toBe(95);
    const audit = await listAudit(t.store(), { entity: 'appeal', limit: 50 });
    expect(audit.map((a) => a.action).sort()).toEqual([
      'appeal.decide',
      'appeal.decide',
      'appeal.file',
      'appeal.file',
    ]);
  });

  it('answers DEADLINE_PASSED after 3 working days', async () => {
    const task = taskOf('c-01');
    const view = (await call('a001', 'GET', `/api/reviews/${task.id}`)).json<{
      hits: { index: number; text: string }[];
    }>();
    const first = view.hits.find((h) => h.text === '不知道')!.index;
    now = new Date('2026-10-21T16:00:00Z'); // Thursday 00:00 local
    cookies.clear(); // the Friday session has expired by then
    const late = await call('a001', 'POST', '/api/appeals', {
      taskId: task.id,
      target: { kind: 'hit', hit: first },
      reason: '晚了',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: 'DEADLINE_PASSED' } });
    now = FRIDAY;
    cookies.clear();
  });

  it('reports per-rule precision over finalized reviews', async () => {
    expect((await call('a001', 'GET', '/api/precision')).statusCode).toBe(403);
    const res = await call(
      'lead',
      'GET',
      '/api/precision?from=2026-10-01T00:00:00%2B08:00&to=2026-11-01T00:00:00%2B08:00',
    );
    expect(res.statusCode).toBe(200);
    const rules = res.json<{ rules: { rule: string }[] }>().rules;
    expect(rules.find((r) => r.rule === 'forbidden-phrase')).toMatchObject({
      reviewed: 2,
      confirmed: 1,
      precision: 0.5,
      suggested: { reviewed: 0, confirmed: 0, precision: null },
      advice: 'collect-more',
    });
    expect(rules.find((r) => r.rule === 'agent-hangup')).toMatchObject({
      reviewed: 1,
      confirmed: 1,
      appeals: 1,
      appealsUpheld: 1,
      precisionAfterAppeals: 0,
    });
  });

  it('edits the working calendar (audited) and refuses agents', async () => {
    const body = {
      from: '2026-10-01',
      to: '2026-10-31',
      days: [{ day: '2026-10-01', kind: 'holiday', name: '国庆节' }],
    };
    expect((await call('a001', 'PUT', '/api/review/calendar', body)).statusCode).toBe(403);
    const res = await call('lead', 'PUT', '/api/review/calendar', body);
    expect(res.statusCode).toBe(200);
    expect(res.json<{ days: unknown[] }>().days).toEqual([
      { day: '2026-10-01', kind: 'holiday', name: '国庆节' },
    ]);
    expect((await listAudit(t.store(), { entity: 'work_calendar' }))[0]).toMatchObject({
      action: 'setting.change',
    });
  });
});
