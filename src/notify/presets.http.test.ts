// Live alerts reach a chat robot for those not at a screen: the admin subscribes a 钉钉 robot URL with the robot's
// 加签 secret, a streamed call says a forbidden phrase, and the delivery job POSTs a signed markdown message in
// Chinese (rule, severity, agent, call, the line, a link) to the signed robot URL; a refusal the robot answers
// inside an HTTP 200 counts as a failed attempt and is retried like any other.
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { JobDefinition } from '../jobs/define.ts';
import {
  deliverWebhookJob,
  dispatchWebhooksJob,
  WebhookDeliveryError,
} from '../jobs/definitions/webhooks.ts';
import { ensureDefaultPack } from '../qa/packs.ts';
import { seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { login, seedUsers, testApp } from '../http/testing/test-app.ts';
import { dingtalkSign } from './presets.ts';

const ROBOT = 'https://oapi.dingtalk.com/robot/send?access_token=tok';
const SECRET = 'SEC0123456789abcdef';

describe.each(await testDrivers())('live alerts to a chat robot on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  const now = new Date('2026-10-20T04:00:00Z');
  let app: FastifyInstance;
  const cookies = new Map<string, string>();
  const call = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) => {
    let c = cookies.get(user);
    if (!c) cookies.set(user, (c = await login(app, user)));
    return app.inject({
      method,
      url,
      headers: { cookie: c },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  };
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

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [
      { username: 'switch', role: 'qa_lead' },
      { username: 'tl1', role: 'team_leader', teamId: 'T1' },
      { username: 'boss', role: 'admin' },
    ]);
    await ensureDefaultPack(store, now);
    app = (await testApp(store, () => now)).app;
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.skipIf(skip)('delivers a forbidden-phrase alert as a signed 钉钉 markdown message', async () => {
    const sub = await call('boss', 'POST', '/api/webhooks', {
      name: '班长钉钉群',
      url: ROBOT,
      events: ['live.alert', 'live.alert.escalated'],
      secret: SECRET,
    });
    expect(sub.statusCode, sub.body).toBe(201);
    expect(sub.json()).toMatchObject({ format: 'dingtalk', secret: SECRET });

    expect(
      (await call('switch', 'POST', '/api/live/calls', { callId: 'W1', agentId: 'A001' })).statusCode,
    ).toBe(201);
    const r = await call('switch', 'POST', '/api/live/calls/W1/segments', {
      role: 'agent',
      text: '这个我不知道',
      final: true,
    });
    expect(r.statusCode, r.body).toBe(202);
    expect(r.json<{ alerts: unknown[] }>().alerts.length).toBeGreaterThan(0);

    await dispatchWebhooksJob.handler({}, jobCtx());
    const deliveries = sent.filter((s) => s.job === 'deliver-webhook');
    expect(deliveries).toHaveLength(1);

    const requests: { url: string; body: string }[] = [];
    const answers = ['{"errcode":310000,"errmsg":"sign not match"}', '{"errcode":0,"errmsg":"ok"}'];
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      requests.push({ url, body: init.body as string });
      return Promise.resolve(new Response(answers.shift(), { status: 200 }));
    });
    const d = deliveries[0]!.payload as { deliveryId: number };
    // The robot refuses inside an HTTP 200: a failed attempt, retried by the queue.
    await expect(deliverWebhookJob.handler(d, jobCtx())).rejects.toBeInstanceOf(WebhookDeliveryError);
    await deliverWebhookJob.handler(d, jobCtx());
    expect(requests).toHaveLength(2);

    const u = new URL(requests[1]!.url);
    expect(`${u.origin}${u.pathname}`).toBe('https://oapi.dingtalk.com/robot/send');
    expect(u.searchParams.get('access_token')).toBe('tok');
    const ts = Number(u.searchParams.get('timestamp'));
    expect(u.searchParams.get('sign')).toBe(dingtalkSign(SECRET, ts));
    const body = JSON.parse(requests[1]!.body) as {
      msgtype: string;
      markdown: { title: string; text: string };
    };
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.title).toBe('通话实时预警');
    expect(body.markdown.text).toContain('坐席：A001');
    expect(body.markdown.text).toContain('通话：W1');
    expect(body.markdown.text).toContain('规则：坐席违禁/不当用语（forbidden-phrase）');
    expect(body.markdown.text).toContain('命中：不知道');
    expect(body.markdown.text).toContain('这个我不知道');
    expect(body.markdown.text).toContain('/live?alert=');

    const list = (
      await call('boss', 'GET', `/api/webhooks/${sub.json<{ id: string }>().id}/deliveries`)
    ).json<{
      items: { status: string; attempts: number }[];
    }>();
    expect(list.items[0]).toMatchObject({ status: 'delivered', attempts: 2 });
  });
});
