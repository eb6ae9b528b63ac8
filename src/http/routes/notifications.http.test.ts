// Notifications and webhooks through the HTTP API on PGlite and PostgreSQL: the review workflow's real events
// (tasks assigned by a sampling run, a review finalized, an appeal filed, an appeal decided) land in the inbox of the
// people who must act, each user sees and marks only their own, and the same events become signed webhook POSTs
// delivered by the declared job, retried on failure and given up after the retry limit.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DELIVERY_RETRY,
  deliverWebhookJob,
  dispatchWebhooksJob,
  WebhookDeliveryError,
} from '../../jobs/definitions/webhooks.ts';
import type { JobDefinition } from '../../jobs/define.ts';
import { SIGNATURE_HEADER, verifyWebhook } from '../../notify/signature.ts';
import { listAudit } from '../../store/index.ts';
import { testDrivers, useTestStore } from '../../store/testing/test-store.ts';
import { login, testApp } from '../testing/test-app.ts';
import { seedReviewWorld } from './review-fixtures.ts';

const FRIDAY = new Date('2026-10-16T07:00:00Z');
const OCTOBER = { from: '2026-10-01T00:00:00+08:00', to: '2026-11-01T00:00:00+08:00' };

interface NotificationJson {
  id: number;
  kind: string;
  params: Record<string, unknown>;
  link: string;
  readAt: string | null;
}
interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

describe.each(await testDrivers())('notifications and webhooks on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  let app: FastifyInstance;
  const cookies = new Map<string, string>();
  const call = async (
    user: string,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: unknown,
  ) => {
    let c = cookies.get(user);
    if (!c) cookies.set(user, (c = await login(app, user)));
    return app.inject({
      method,
      url,
      headers: { cookie: c },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  };
  const inbox = async (user: string) =>
    (await call(user, 'GET', '/api/notifications')).json<{ unread: number; items: NotificationJson[] }>();

  // A receiver standing in for another system; answers with the status at the head of `answers` (then 204).
  const received: Received[] = [];
  const answers: number[] = [];
  let receiver: Server;
  let receiverUrl = '';
  // Jobs sent by the dispatcher, run by hand here (the queue itself is tested in src/jobs).
  const sent: { job: string; payload: unknown }[] = [];
  const jobCtx = () => ({
    jobId: 'test',
    store: t.store(),
    queue: {
      send: <P>(job: JobDefinition<P>, payload: P) => {
        sent.push({ job: job.id, payload });
        return Promise.resolve('job');
      },
    },
  });

  let taskId = 0;
  let inspector = '';
  let secret = '';
  let hookId = '';

  beforeAll(async () => {
    if (skip) return;
    await seedReviewWorld(t.store(), FRIDAY);
    app = (await testApp(t.store(), () => FRIDAY)).app;
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.statusCode = answers.shift() ?? 204;
        res.end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await app?.close();
    await new Promise((r) => (receiver ? receiver.close(r) : r(undefined)));
  });

  it.skipIf(skip)('lets only the admin subscribe a webhook and shows the signing secret once', async () => {
    const body = { name: '工单系统', url: receiverUrl, events: [] };
    expect((await call('lead', 'POST', '/api/webhooks', body)).statusCode).toBe(403);
    expect((await call('admin', 'POST', '/api/webhooks', { ...body, url: 'ftp://x/y' })).statusCode).toBe(
      400,
    );
    const res = await call('admin', 'POST', '/api/webhooks', body);
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<{ id: string; secret: string }>();
    expect(created.secret).toMatch(/^whsec_/);
    secret = created.secret;
    hookId = created.id;
    const list = (await call('admin', 'GET', '/api/webhooks')).json<{ items: Record<string, unknown>[] }>();
    expect(list.items).toEqual([expect.objectContaining({ id: hookId, url: receiverUrl, active: true })]);
    expect(list.items[0]).not.toHaveProperty('secret');
    const audit = await listAudit(t.store(), { entity: 'webhook_subscription', entityId: hookId });
    expect(audit.map((a) => a.action)).toEqual(['webhook.create']);
  });

  it.skipIf(skip)('tells each inspector once per sampling run how many tasks they got', async () => {
    await call('lead', 'POST', '/api/sampling-plans', {
      name: '投诉与先挂机全检',
      rule: { kind: 'targeted', agentHangup: true, complaintRisk: true },
      period: 'month',
      seed: 42,
    });
    const plans = (await call('lead', 'GET', '/api/sampling-plans')).json<{ items: { id: string }[] }>();
    const run = await call('lead', 'POST', `/api/sampling-plans/${plans.items[0]!.id}/run`, OCTOBER);
    const tasks = run.json<{ tasks: { id: number; conversationId: string; inspectorUserId: string }[] }>()
      .tasks;
    const c01 = tasks.find((x) => x.conversationId === 'c-01')!;
    taskId = c01.id;
    inspector = c01.inspectorUserId.replace(/^u-/, '');
    const mine = await inbox(inspector);
    expect(mine.unread).toBe(1);
    expect(mine.items[0]).toMatchObject({
      kind: 'review.assigned',
      params: { count: 1, taskIds: [taskId] },
      link: `/review/${taskId}`,
    });
    // Nobody else is told about those tasks.
    expect((await inbox('lead')).items).toEqual([]);
    expect((await inbox('a001')).items).toEqual([]);
  });

  it.skipIf(skip)('tells the agent when a review they may appeal is finalized', async () => {
    const view = (await call(inspector, 'GET', `/api/review/tasks/${taskId}`)).json<{
      hits: { index: number }[];
    }>();
    for (const h of view.hits) {
      await call(inspector, 'PUT', `/api/review/tasks/${taskId}/hits/${h.index}`, { verdict: 'confirm' });
    }
    const fin = await call(inspector, 'POST', `/api/review/tasks/${taskId}/finalize`);
    expect(fin.statusCode, fin.body).toBe(200);
    const agent = await inbox('a001');
    expect(agent.items).toHaveLength(1);
    expect(agent.items[0]).toMatchObject({
      kind: 'review.finalized',
      link: '/conversations/c-01',
      params: { taskId, conversationId: 'c-01', appealDeadline: '2026-10-21T16:00:00.000Z' },
    });
    expect((await inbox('a002')).items).toEqual([]);
  });

  it.skipIf(skip)('tells the team’s leader an appeal waits, and the agent how it was decided', async () => {
    const view = (await call('a001', 'GET', `/api/reviews/${taskId}`)).json<{
      hits: { index: number; rule: string }[];
    }>();
    const hangup = view.hits.find((h) => h.rule === 'agent-hangup')!.index;
    const filed = await call('a001', 'POST', '/api/appeals', {
      taskId,
      target: { kind: 'hit', hit: hangup },
      reason: '客户已明确表示没有其他问题后才挂机',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const appealId = filed.json<{ id: number }>().id;
    const leader = await inbox('tl1');
    expect(leader.items).toHaveLength(1);
    expect(leader.items[0]).toMatchObject({ kind: 'appeal.filed', params: { appealId, agentId: 'A001' } });
    expect((await inbox('tl2')).items).toEqual([]);

    await call('tl1', 'POST', `/api/appeals/${appealId}/decision`, {
      outcome: 'upheld',
      reason: '核实录音后成立',
    });
    const agent = await inbox('a001');
    expect(agent.unread).toBe(2);
    expect(agent.items[0]).toMatchObject({
      kind: 'appeal.decided',
      params: { appealId, outcome: 'upheld' },
    });
  });

  it.skipIf(skip)('marks read only the caller’s own notifications and counts unread per kind', async () => {
    const agent = await inbox('a001');
    const leaderId = (await inbox('tl1')).items[0]!.id;
    const foreign = await call('a001', 'POST', '/api/notifications/read', { ids: [leaderId] });
    expect(foreign.json<{ marked: number }>().marked).toBe(0);
    expect((await inbox('tl1')).unread).toBe(1);

    const summary = (await call('a001', 'GET', '/api/notifications/summary')).json<{
      unread: number;
      byKind: Record<string, number>;
    }>();
    expect(summary).toEqual({ unread: 2, byKind: { 'review.finalized': 1, 'appeal.decided': 1 } });
    const one = await call('a001', 'POST', '/api/notifications/read', { ids: [agent.items[1]!.id] });
    expect(one.json<{ marked: number }>().marked).toBe(1);
    const unreadOnly = (await call('a001', 'GET', '/api/notifications?unread=true')).json<{
      items: NotificationJson[];
    }>();
    expect(unreadOnly.items.map((n) => n.kind)).toEqual(['appeal.decided']);
    expect(
      (await call('a001', 'POST', '/api/notifications/read', {})).json<{ marked: number }>().marked,
    ).toBe(1);
    expect((await inbox('a001')).unread).toBe(0);
  });

  it.skipIf(skip)('delivers each event as a signed POST through the declared jobs', async () => {
    await dispatchWebhooksJob.handler({}, jobCtx());
    const deliveries = sent.filter((s) => s.job === 'deliver-webhook');
    // review.assigned per inspector of the run, review.finalized, appeal.filed, appeal.decided.
    expect(deliveries.length).toBeGreaterThanOrEqual(4);
    // A second sweep finds nothing new to hand over.
    const before = sent.length;
    await dispatchWebhooksJob.handler({}, jobCtx());
    expect(sent.length).toBe(before);

    for (const d of deliveries)
      await deliverWebhookJob.handler(d.payload as { deliveryId: number }, jobCtx());
    expect(received).toHaveLength(deliveries.length);
    const events = received.map(
      (r) => JSON.parse(r.body) as { event: string; data: Record<string, unknown> },
    );
    expect(events.map((e) => e.event)).toEqual(
      expect.arrayContaining(['review.assigned', 'review.finalized', 'appeal.filed', 'appeal.decided']),
    );
    for (const r of received) {
      const sig = String(r.headers[SIGNATURE_HEADER]);
      expect(verifyWebhook(secret, sig, r.body, Math.floor(Date.now() / 1000))).toBe(true);
      expect(verifyWebhook('whsec_wrong', sig, r.body, Math.floor(Date.now() / 1000))).toBe(false);
      expect(r.headers['x-zhijian-event']).toBe((JSON.parse(r.body) as { event: string }).event);
    }
    const list = (await call('admin', 'GET', `/api/webhooks/${hookId}/deliveries`)).json<{
      items: { status: string; attempts: number; lastStatusCode: number }[];
    }>();
    expect(
      list.items.every((d) => d.status === 'delivered' && d.attempts === 1 && d.lastStatusCode === 204),
    ).toBe(true);
  });

  let secondAppeal = 0;

  it.skipIf(skip)(
    'retries a failing receiver, gives up after the retry limit, and lets the admin send it again',
    async () => {
      const view = (await call('a001', 'GET', `/api/reviews/${taskId}`)).json<{
        hits: { index: number; rule: string }[];
      }>();
      const phrase = view.hits.find((h) => h.rule === 'forbidden-phrase')!.index;
      const filed = await call('a001', 'POST', '/api/appeals', {
        taskId,
        target: { kind: 'hit', hit: phrase },
        reason: '该句是复述客户原话',
      });
      expect(filed.statusCode, filed.body).toBe(201);
      secondAppeal = filed.json<{ id: number }>().id;
      sent.length = 0;
      received.length = 0;
      await dispatchWebhooksJob.handler({}, jobCtx());
      expect(sent).toHaveLength(1);
      let delivery = sent[0]!.payload as { deliveryId: number };

      answers.push(...Array.from({ length: DELIVERY_RETRY.limit + 1 }, () => 500));
      for (let attempt = 1; attempt <= DELIVERY_RETRY.limit + 1; attempt++) {
        await expect(deliverWebhookJob.handler(delivery, jobCtx())).rejects.toBeInstanceOf(
          WebhookDeliveryError,
        );
      }
      const list = () =>
        call('admin', 'GET', `/api/webhooks/${hookId}/deliveries`).then((r) =>
          r.json<{ items: { id: number; status: string; attempts: number; lastError: string }[] }>(),
        );
      const failed = (await list()).items.find((d) => d.id === delivery.deliveryId)!;
      expect(failed).toMatchObject({
        status: 'failed',
        attempts: DELIVERY_RETRY.limit + 1,
        lastError: 'HTTP 500',
      });
      // A failed delivery is not sent again by a stray retry of the job.
      await deliverWebhookJob.handler(delivery, jobCtx());
      expect(received).toHaveLength(DELIVERY_RETRY.limit + 1);

      const retry = await call('admin', 'POST', `/api/webhooks/deliveries/${delivery.deliveryId}/retry`);
      expect(retry.statusCode).toBe(200);
      expect(
        (await call('admin', 'POST', `/api/webhooks/deliveries/${delivery.deliveryId}/retry`)).statusCode,
      ).toBe(409);
      sent.length = 0;
      await dispatchWebhooksJob.handler({}, jobCtx());
      delivery = sent[0]!.payload as { deliveryId: number };
      await deliverWebhookJob.handler(delivery, jobCtx());
      expect((await list()).items.find((d) => d.id === delivery.deliveryId)).toMatchObject({
        status: 'delivered',
        attempts: DELIVERY_RETRY.limit + 2,
      });
    },
  );

  it.skipIf(skip)('writes no delivery for a paused subscription, while the inbox is still told', async () => {
    const paused = await call('admin', 'PATCH', `/api/webhooks/${hookId}`, { active: false });
    expect(paused.json<{ active: boolean }>().active).toBe(false);
    const count = async () =>
      (await call('admin', 'GET', `/api/webhooks/${hookId}/deliveries`)).json<{ items: unknown[] }>().items
        .length;
    const before = await count();
    const decided = await call('tl1', 'POST', `/api/appeals/${secondAppeal}/decision`, {
      outcome: 'rejected',
      reason: '录音中为坐席原话',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(await count()).toBe(before);
    expect((await inbox('a001')).items[0]).toMatchObject({
      kind: 'appeal.decided',
      params: { outcome: 'rejected' },
    });
  });
});
