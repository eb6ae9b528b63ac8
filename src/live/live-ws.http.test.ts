// The live-call endpoints over a WebSocket (GET /api/live/ws) on PGlite and PostgreSQL: a real socket to a listening
// server streams a call — open, segments, an event, end — and each message is answered like the HTTP endpoint,
// the forbidden phrase with its alert; a bad message is refused without closing the socket.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { JobDefinition, JobSender } from '../jobs/define.ts';
import { ensureDefaultPack } from '../qa/packs.ts';
import type { Store } from '../store/index.ts';
import { seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { login, seedUsers, testApp } from '../http/testing/test-app.ts';

/** Runs every job at once, in this process (the queue itself is tested in src/jobs). */
function inlineJobs(store: Store): JobSender {
  const sender: JobSender = {
    async send<P>(job: JobDefinition<P>, payload: P) {
      await job.handler(payload, { jobId: 'inline', store, queue: sender });
      return 'inline';
    },
  };
  return sender;
}

type Answer = Record<string, unknown> & { type: string };

/** A client socket whose answers are read in order. */
async function connect(url: string, cookie: string) {
  const ws = new WebSocket(url, { headers: { cookie } });
  const inbox: Answer[] = [];
  const waiting: ((a: Answer) => void)[] = [];
  ws.on('message', (data: Buffer) => {
    const a = JSON.parse(data.toString('utf8')) as Answer;
    const w = waiting.shift();
    if (w) w(a);
    else inbox.push(a);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const next = () =>
    inbox.length > 0 ? Promise.resolve(inbox.shift()!) : new Promise<Answer>((r) => waiting.push(r));
  return {
    ask: (m: Record<string, unknown>) => {
      ws.send(JSON.stringify(m));
      return next();
    },
    close: () => ws.close(),
  };
}

describe.each(await testDrivers())('live calls over a WebSocket on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  const now = new Date('2026-10-20T04:00:00Z');
  let app: FastifyInstance;
  let url = '';

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [
      { username: 'switch', role: 'qa_lead' },
      { username: 'tl1', role: 'team_leader', teamId: 'T1' },
    ]);
    await ensureDefaultPack(store, now);
    const built = await testApp(store, () => now);
    built.ctx.jobs = inlineJobs(store);
    app = built.app;
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/live/ws`;
  });
  afterAll(async () => {
    await app?.close();
  });

  it.skipIf(skip)('streams a call and answers the forbidden phrase with its alert', async () => {
    const ws = await connect(url, await login(app, 'switch'));
    try {
      expect(
        await ws.ask({ type: 'open', id: 1, callId: 'WS1', agentId: 'A001', number: '13800138000' }),
      ).toEqual({
        type: 'open',
        id: 1,
        callId: 'WS1',
        state: 'live',
        created: true,
      });
      expect(
        await ws.ask({
          type: 'segment',
          callId: 'WS1',
          role: 'agent',
          text: '您好，请问有什么可以帮您',
          final: true,
        }),
      ).toMatchObject({ type: 'segment', callId: 'WS1', accepted: true, seq: 0, alerts: [] });
      // A partial segment alerts nothing.
      expect(
        await ws.ask({ type: 'segment', callId: 'WS1', role: 'agent', text: '这个我不知', final: false }),
      ).toMatchObject({ seq: null, alerts: [] });
      const hit = await ws.ask({
        type: 'segment',
        callId: 'WS1',
        role: 'agent',
        text: '这个我不知道',
        final: true,
        startMs: 4000,
        endMs: 6000,
        confidence: 0.93,
      });
      expect(hit).toMatchObject({ type: 'segment', callId: 'WS1', accepted: true, seq: 1 });
      expect(hit.alerts).toEqual([
        expect.objectContaining({ callId: 'WS1', agentId: 'A001', rule: 'forbidden-phrase', state: 'open' }),
      ]);

      // A bad message is refused with its reason; the socket stays usable.
      expect(await ws.ask({ type: 'segment', callId: 'WS1', role: 'agent', final: true })).toMatchObject({
        type: 'error',
        callId: 'WS1',
        code: 'BAD_INPUT',
      });
      expect(
        await ws.ask({ type: 'segment', callId: 'nope', role: 'agent', text: 'x', final: true }),
      ).toMatchObject({ type: 'error', callId: 'nope', code: 'NOT_FOUND' });

      expect(
        await ws.ask({ type: 'event', callId: 'WS1', event: { type: 'hangup', by: 'customer', atMs: 9000 } }),
      ).toEqual({ type: 'event', callId: 'WS1', accepted: true });
      const end = await ws.ask({ type: 'end', callId: 'WS1' });
      expect(end, JSON.stringify(end)).toMatchObject({ type: 'end', callId: 'WS1' });
      expect(typeof end.conversationId).toBe('string');
    } finally {
      ws.close();
    }

    // What the socket streamed is the same call the wall and the HTTP endpoints show.
    const view = await app.inject({
      method: 'GET',
      url: '/api/live/calls/WS1',
      headers: { cookie: await login(app, 'tl1') },
    });
    expect(view.statusCode, view.body).toBe(200);
  });
});
