// The conversation page as the hub, through the HTTP API on PGlite and PostgreSQL: a review started from the
// conversation (not from a sampling plan), moved to another inspector by the QA lead, the per-hit verdicts shown
// after finalizing (a rejected hit and an upheld appeal read as overturned), and the actions each role is offered.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../store/index.ts';
import { testDrivers, useTestStore } from '../../store/testing/test-store.ts';
import { login, seedUsers, testApp } from '../testing/test-app.ts';
import { seedReviewWorld } from './review-fixtures.ts';

const FRIDAY = new Date('2026-10-16T07:00:00Z');

interface Workflow {
  reviews: { id: number; status: string; inspectorUserId: string; inspectorName: string | null }[];
  appeals: { id: number; status: string }[];
  hitStates: { index: number; state: string; reason: string | null }[];
  actions: {
    startReview: boolean;
    openTaskId: number | null;
    reassignTaskId: number | null;
    registerComplaint: boolean;
    appeal: { taskId: number; deadline: string } | null;
    decideAppeals: boolean;
  };
}

describe.each(await testDrivers())('conversation hub on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  let app: FastifyInstance;
  const cookies = new Map<string, string>();
  const call = async (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
    let c = cookies.get(user);
    if (!c) cookies.set(user, (c = await login(app, user)));
    return app.inject({
      method,
      url,
      headers: { cookie: c },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  };
  const workflow = async (user: string, id = 'c-01') =>
    (await call(user, 'GET', `/api/conversations/${id}/workflow`)).json<Workflow>();
  let taskId = 0;

  beforeAll(async () => {
    if (skip) return;
    await seedReviewWorld(t.store(), FRIDAY);
    await seedUsers(t.store(), [{ username: 'desk', role: 'complaint_desk' }]);
    app = (await testApp(t.store(), () => FRIDAY)).app;
  });
  afterAll(async () => {
    await app?.close();
  });

  it.skipIf(skip)('offers each role only what it may do on an unreviewed conversation', async () => {
    expect((await workflow('lead')).actions).toMatchObject({
      startReview: true,
      openTaskId: null,
      registerComplaint: false,
      appeal: null,
    });
    expect((await workflow('qa1')).actions.startReview).toBe(true);
    expect((await workflow('desk')).actions).toMatchObject({ startReview: false, registerComplaint: true });
    expect((await workflow('a001')).actions).toMatchObject({ startReview: false, registerComplaint: false });
    expect((await call('a002', 'GET', '/api/conversations/c-01/workflow')).statusCode).toBe(404);
  });

  it.skipIf(skip)('starts a review from the conversation, once, for the least loaded inspector', async () => {
    expect((await call('a001', 'POST', '/api/review/tasks', { conversationId: 'c-01' })).statusCode).toBe(
      403,
    );
    expect((await call('lead', 'POST', '/api/review/tasks', { conversationId: 'nope' })).statusCode).toBe(
      404,
    );
    const bad = await call('lead', 'POST', '/api/review/tasks', {
      conversationId: 'c-01',
      inspectorUserId: 'u-a001',
    });
    expect(bad.statusCode).toBe(400);
    const res = await call('lead', 'POST', '/api/review/tasks', { conversationId: 'c-01' });
    expect(res.statusCode, res.body).toBe(201);
    const task = res.json<{
      id: number;
      inspectorUserId: string;
      reasons: string[];
      planId: string | null;
    }>();
    expect(task).toMatchObject({ inspectorUserId: 'u-qa1', reasons: ['manual'], planId: null });
    taskId = task.id;
    const again = await call('qa2', 'POST', '/api/review/tasks', { conversationId: 'c-01' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { details: { taskId: number } } }>().error.details.taskId).toBe(taskId);
    // the inspector was told, in the inbox
    const inbox = (await call('qa1', 'GET', '/api/notifications')).json<{
      items: { kind: string; link: string }[];
    }>();
    expect(inbox.items[0]).toMatchObject({ kind: 'review.assigned', link: `/review/${taskId}` });
    const audit = await listAudit(t.store(), { entity: 'review_task', entityId: String(taskId) });
    expect(audit.map((a) => a.action)).toEqual(['review.create']);
  });

  it.skipIf(skip)(
    'lets the QA lead reassign an open task; the new inspector is told and may work it',
    async () => {
      expect(
        (await call('qa1', 'POST', `/api/review/tasks/${taskId}/reassign`, { inspectorUserId: 'u-qa2' }))
          .statusCode,
      ).toBe(403);
      const moved = await call('lead', 'POST', `/api/review/tasks/${taskId}/reassign`, {
        inspectorUserId: 'u-qa2',
      });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json<{ inspectorUserId: string }>().inspectorUserId).toBe('u-qa2');
      expect((await call('qa1', 'GET', `/api/review/tasks/${taskId}`)).statusCode).toBe(404);
      expect((await call('qa2', 'GET', `/api/review/tasks/${taskId}`)).statusCode).toBe(200);
      expect((await workflow('qa2')).actions.openTaskId).toBe(taskId);
      expect((await workflow('qa1')).actions.openTaskId).toBeNull();
      expect((await workflow('lead')).actions).toMatchObject({ startReview: false, reassignTaskId: taskId });
      const inbox = (await call('qa2', 'GET', '/api/notifications')).json<{ items: { kind: string }[] }>();
      expect(inbox.items[0]?.kind).toBe('review.assigned');
      const audit = await listAudit(t.store(), { entity: 'review_task', entityId: String(taskId) });
      expect(audit.map((a) => a.action)).toContain('review.reassign');
    },
  );

  it.skipIf(skip)(
    'shows a rejected hit and an upheld appeal as overturned, and offers the agent the appeal',
    async () => {
      const view = (await call('qa2', 'GET', `/api/review/tasks/${taskId}`)).json<{
        hits: { index: number; rule: string; text: string; message?: string; messageId?: string }[];
      }>();
      const rejected = view.hits.find((h) => h.text === '不关我的事')!.index;
      const hangupHit = view.hits.find((h) => h.rule === 'agent-hangup')!;
      const hangup = hangupHit.index;
      // the operator's message reaches the screen with its stable id (docs/rules.md "Operators")
      expect(hangupHit).toMatchObject({
        message: 'agent hung up first without a reason the hang-up norms allow',
        messageId: 'agent-hangup.not-allowed',
      });
      for (const h of view.hits) {
        const body =
          h.index === rejected
            ? { verdict: 'reject', reason: '转述制度，不属于推诿' }
            : { verdict: 'confirm' };
        await call('qa2', 'PUT', `/api/review/tasks/${taskId}/hits/${h.index}`, body);
      }
      // before finalizing, the agent sees no review yet
      expect((await workflow('a001')).reviews).toEqual([]);
      const fin = await call('qa2', 'POST', `/api/review/tasks/${taskId}/finalize`, {
        comment: '开场白很好；客户追问时先致歉再解释',
      });
      expect(fin.statusCode, fin.body).toBe(200);
      const told = (await call('a001', 'GET', '/api/notifications')).json<{
        items: { kind: string; params: { comment?: string } }[];
      }>();
      expect(told.items[0]).toMatchObject({
        kind: 'review.finalized',
        params: { comment: '开场白很好；客户追问时先致歉再解释' },
      });

      const agent = await workflow('a001');
      expect(agent.reviews).toEqual([
        expect.objectContaining({
          id: taskId,
          status: 'finalized',
          inspectorName: 'qa2',
          comment: '开场白很好；客户追问时先致歉再解释',
        }),
      ]);
      expect(agent.actions.appeal).toEqual({ taskId, deadline: '2026-10-21T16:00:00.000Z' });
      expect(agent.hitStates.find((h) => h.index === rejected)).toEqual({
        index: rejected,
        state: 'rejected',
        reason: '转述制度，不属于推诿',
      });
      expect(agent.hitStates.find((h) => h.index === hangup)?.state).toBe('confirmed');
      expect((await workflow('tl1')).actions.appeal).toBeNull();

      const filed = await call('a001', 'POST', '/api/appeals', {
        taskId,
        target: { kind: 'hit', hit: hangup },
        reason: '客户已说没有其他问题',
      });
      const appealId = filed.json<{ id: number }>().id;
      expect((await workflow('tl1')).actions.decideAppeals).toBe(true);
      await call('tl1', 'POST', `/api/appeals/${appealId}/decision`, {
        outcome: 'upheld',
        reason: '核实成立',
      });
      const after = await workflow('a001');
      expect(after.hitStates.find((h) => h.index === hangup)).toEqual({
        index: hangup,
        state: 'upheld',
        reason: '核实成立',
      });
      expect(after.appeals).toEqual([expect.objectContaining({ id: appealId, status: 'upheld' })]);
      expect((await workflow('tl1')).actions.decideAppeals).toBe(false);
      // a new review may be started now that none is open
      expect((await workflow('lead')).actions.startReview).toBe(true);
    },
  );
});
