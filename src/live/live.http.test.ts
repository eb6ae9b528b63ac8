// Live calls end to end through the HTTP API on PGlite and PostgreSQL: a call streamed in raises an alert on its
// forbidden phrase, the alert reaches the team leader's event stream (and not another team's), partial segments
// alert nothing, a restarted process continues the call without re-reporting, the leader acknowledges, an
// unanswered alert escalates, the ended call is stored, scored and shows the live-vs-final diff. On PostgreSQL a
// second app instance (another process's role) holds the leader's stream while the first holds the call.
import { liveAlertsRaised, liveCalls, liveCheckDuration, liveSegments } from '../ops/metrics.ts';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobDefinition, JobSender } from '../jobs/define.ts';
import { ensureDefaultPack } from '../qa/packs.ts';
import { listAudit, openStore, type Store } from '../store/index.ts';
import { seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { login, seedUsers, testApp } from '../http/testing/test-app.ts';
import { escalateDueAlerts } from './commands.ts';

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

/** A connected event-stream client collecting `event: …` blocks. */
async function openStream(app: FastifyInstance, cookie: string) {
  const { port } = app.server.address() as AddressInfo;
  const ctrl = new AbortController();
  const res = await fetch(`http://127.0.0.1:${port}/api/live/alerts/stream`, {
    headers: { cookie },
    signal: ctrl.signal,
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
  const events: { event: string; data: Record<string, unknown> }[] = [];
  const reader = res.body!.getReader();
  const dec = new TextDecoder();
  let buf = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buf += dec.decode(value, { stream: true });
        let i;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const ev = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (ev && data) events.push({ event: ev, data: JSON.parse(data) as Record<string, unknown> });
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    events,
    alerts: () => events.filter((e) => e.event === 'alert').map((e) => e.data),
    close: () => ctrl.abort(),
  };
}

async function until(cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.each(await testDrivers())('live calls on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  const now = new Date('2026-10-20T04:00:00Z');
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
  const seg = (callId: string, role: string, text: string, final = true) =>
    call('switch', 'POST', `/api/live/calls/${callId}/segments`, { role, text, final });

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [
      { username: 'switch', role: 'qa_lead' },
      { username: 'tl1', role: 'team_leader', teamId: 'T1' },
      { username: 'tl2', role: 'team_leader', teamId: 'T2' },
      { username: 'boss', role: 'admin' },
      { username: 'seat', role: 'expert_seat' },
      { username: 'a001', role: 'agent', agentId: 'A001' },
    ]);
    await ensureDefaultPack(store, now);
    const built = await testApp(store, () => now);
    built.ctx.jobs = inlineJobs(store);
    app = built.app;
    await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
  });

  async function liveFigures(): Promise<Record<string, number>> {
    const value = async (
      m: { get(): Promise<{ values: { value: number; labels: object; metricName?: string }[] }> },
      pick: (v: { labels: Record<string, unknown>; metricName?: string }) => boolean,
    ) =>
      (await m.get()).values
        .filter((v) => pick(v as { labels: Record<string, unknown>; metricName?: string }))
        .reduce((n, v) => n + v.value, 0);
    return {
      opened: await value(liveCalls, (v) => v.labels['event'] === 'opened'),
      final: await value(liveSegments, (v) => v.labels['final'] === 'true'),
      partial: await value(liveSegments, (v) => v.labels['final'] === 'false'),
      checks: await value(
        liveCheckDuration,
        (v) => v.metricName === 'zhijian_live_segment_check_seconds_count',
      ),
      high: await value(liveAlertsRaised, (v) => v.labels['severity'] === 'high'),
    };
  }
  const diff = (a: Record<string, number>, b: Record<string, number>) =>
    Object.fromEntries(Object.keys(a).map((k) => [k, a[k]! - b[k]!]));

  it.skipIf(skip)(
    'a forbidden phrase alerts the team leader of the agent, in real time, with the fixed fields',
    async () => {
      const tl1 = await openStream(app, await login(app, 'tl1'));
      const tl2 = await openStream(app, await login(app, 'tl2'));
      const before = await liveFigures();
      try {
        const open = await call('switch', 'POST', '/api/live/calls', {
          callId: 'L1',
          agentId: 'A001',
          number: '13800138000',
        });
        expect(open.statusCode, open.body).toBe(201);
        expect((await seg('L1', 'agent', '您好，请问有什么可以帮您')).json()).toMatchObject({
          accepted: true,
          seq: 0,
          alerts: [],
        });
        // A partial segment: shown on the wall, never alerted.
        expect((await seg('L1', 'agent', '这个我不知', false)).json()).toMatchObject({
          seq: null,
          alerts: [],
        });
        const r = await seg('L1', 'agent', '这个我不知道');
        expect(r.statusCode, r.body).toBe(202);
        expect(r.json<{ alerts: { rule: string }[] }>().alerts.map((a) => a.rule)).toEqual([
          'forbidden-phrase',
        ]);
        await until(() => tl1.alerts().length === 1);
        const a = tl1.alerts()[0]!;
        expect(Object.keys(a)).toEqual(
          expect.arrayContaining(['id', 'callId', 'agentId', 'rule', 'text', 'turn', 'at', 'severity']),
        );
        expect(a).toMatchObject({
          callId: 'L1',
          agentId: 'A001',
          rule: 'forbidden-phrase',
          text: '不知道',
          turn: 1,
          severity: 'high',
        });
        expect(tl1.events.some((e) => e.event === 'line' && e.data.final === false)).toBe(true);
        // The same segment text again is another turn; the old hit is not reported again.
        expect((await seg('L1', 'customer', '那怎么办')).json()).toMatchObject({ alerts: [] });
        await new Promise((r) => setTimeout(r, 100));
        expect(tl2.events).toEqual([]);
        // The wall: the call in T1's scope with its lines and open alert; not in T2's.
        const wall = (await call('tl1', 'GET', '/api/live/calls')).json<{
          items: { callId: string; lines: unknown[]; alerts: unknown[] }[];
        }>();
        expect(wall.items).toHaveLength(1);
        expect(wall.items[0]).toMatchObject({ callId: 'L1', alerts: [{ rule: 'forbidden-phrase' }] });
        // The wall says what the leader may do: handle alerts, not configure the rules.
        expect(wall).toMatchObject({ actions: { handle: true, configure: false } });
        expect((await call('tl2', 'GET', '/api/live/calls')).json()).toMatchObject({ items: [] });
        expect((await call('a001', 'GET', '/api/live/calls')).statusCode).toBe(403);
        // The inbox of the leader has it too.
        const inbox = (await call('tl1', 'GET', '/api/notifications')).json<{ items: { kind: string }[] }>();
        expect(inbox.items.map((n) => n.kind)).toContain('live.alert');
        // What /metrics reports of it: one call opened, three final segments checked (timed), one partial, one
        // high alert.
        const after = await liveFigures();
        expect(diff(after, before)).toEqual({ opened: 1, final: 3, partial: 1, checks: 3, high: 1 });
      } finally {
        tl1.close();
        tl2.close();
      }
    },
  );

  it.skipIf(skip)('a restarted process continues the call from its rows without re-reporting', async () => {
    const second = await testApp(t.store(), () => now);
    try {
      const c = await login(second.app, 'switch');
      const r = await second.app.inject({
        method: 'POST',
        url: '/api/live/calls/L1/segments',
        headers: { cookie: c },
        payload: { role: 'customer', text: '你再这样我就去找媒体曝光', final: true },
      });
      expect(r.statusCode, r.body).toBe(202);
      expect(r.json<{ seq: number; alerts: { rule: string }[] }>()).toMatchObject({ seq: 3 });
      expect(r.json<{ alerts: { rule: string }[] }>().alerts.map((a) => a.rule)).toEqual([
        'complaint-risk',
        'complaint-risk',
      ]);
    } finally {
      await second.app.close();
    }
  });

  it.skipIf(skip)(
    'acknowledge, take over, dismiss with a reason; other teams get not-found; audited',
    async () => {
      const list = (await call('tl1', 'GET', '/api/live/alerts')).json<{
        items: { id: string; rule: string }[];
        counts: { rule: string; count: number }[];
      }>();
      expect(list.items.map((a) => a.rule).sort()).toEqual([
        'complaint-risk',
        'complaint-risk',
        'forbidden-phrase',
      ]);
      expect(list.counts).toContainEqual({
        rule: 'complaint-risk',
        severity: 'critical',
        state: 'open',
        count: 2,
      });
      const [first, second, third] = list.items;
      expect(
        (await call('tl2', 'POST', `/api/live/alerts/${first!.id}/handle`, { action: 'acknowledge' }))
          .statusCode,
      ).toBe(404);
      const ack = await call('tl1', 'POST', `/api/live/alerts/${first!.id}/handle`, {
        action: 'acknowledge',
      });
      expect(ack.statusCode, ack.body).toBe(200);
      expect(ack.json()).toMatchObject({ state: 'acknowledged' });
      expect(
        (
          await call('tl1', 'POST', `/api/live/alerts/${first!.id}/handle`, {
            action: 'dismiss',
            reason: 'x',
          })
        ).statusCode,
      ).toBe(409);
      expect(
        (await call('tl1', 'POST', `/api/live/alerts/${second!.id}/handle`, { action: 'dismiss' }))
          .statusCode,
      ).toBe(400);
      expect(
        (await call('tl1', 'POST', `/api/live/alerts/${second!.id}/handle`, { action: 'take-over' })).json(),
      ).toMatchObject({ state: 'taken_over' });
      const audit = await listAudit(t.store(), { entity: 'live_alert' });
      expect(audit.map((e) => e.action)).toEqual(
        expect.arrayContaining(['live_alert.acknowledge', 'live_alert.take-over']),
      );
      expect(third).toBeDefined();
      // The report names who handled an alert and says which alerts the caller may still handle: open ones
      // meant for them. The expert seats (seed 004) are an audience of the threat rule only.
      type Row = { id: string; rule: string; state: string; handledByName: string | null };
      const after = (await call('tl1', 'GET', '/api/live/alerts')).json<{
        items: (Row & { actions: { handle: boolean } })[];
      }>();
      const byId = new Map(after.items.map((a) => [a.id, a]));
      expect(byId.get(first!.id)?.handledByName).toBeTruthy();
      expect(byId.get(first!.id)?.actions.handle).toBe(false);
      expect(byId.get(third!.id)).toMatchObject({
        state: 'open',
        handledByName: null,
        actions: { handle: true },
      });
      const seat = (await call('seat', 'GET', '/api/live/alerts?state=open')).json<{
        items: (Row & { actions: { handle: boolean } })[];
      }>();
      expect(seat.items.length).toBeGreaterThan(0);
      for (const a of seat.items) expect(a.actions.handle, a.rule).toBe(a.rule === 'complaint-risk');
    },
  );

  it.skipIf(skip)('an alert nobody acknowledges escalates once, to QA and the admin', async () => {
    const open = (await call('tl1', 'GET', '/api/live/alerts?state=open')).json<{ items: { id: string }[] }>()
      .items;
    expect(open).toHaveLength(1);
    // The open one is whichever of the three the previous case left (their order is by time, equal here): past
    // the longest default wait (120 s for agent language, 60 s for a threat) it is due either way.
    const later = new Date(now.getTime() + 121_000);
    expect(await escalateDueAlerts(t.store(), null, later)).toBe(1);
    expect(await escalateDueAlerts(t.store(), null, later)).toBe(0);
    const inbox = (await call('boss', 'GET', '/api/notifications')).json<{ items: { kind: string }[] }>();
    expect(inbox.items.map((n) => n.kind)).toContain('live.alert.escalated');
    const mine = (await call('boss', 'GET', '/api/live/calls')).json<{
      items: { alerts: { escalated: boolean }[] }[];
    }>();
    expect(mine.items[0]!.alerts).toEqual([expect.objectContaining({ escalated: true })]);
  });

  it.skipIf(skip)(
    'on end the call is stored and scored; the live hits sit beside the final result',
    async () => {
      await seg('L1', 'agent', '非常抱歉给您带来不便，我马上为您处理');
      const end = await call('switch', 'POST', '/api/live/calls/L1/end');
      expect(end.statusCode, end.body).toBe(202);
      expect((await call('switch', 'POST', '/api/live/calls/L1/end')).statusCode).toBe(409);
      expect((await seg('L1', 'agent', '再见')).statusCode).toBe(409);
      const conv = await call('tl1', 'GET', '/api/conversations/L1');
      expect(conv.statusCode, conv.body).toBe(200);
      const detail = (await call('tl1', 'GET', '/api/live/calls/L1')).json<{
        state: string;
        diff: { confirmed: { rule: string }[]; withdrawn: unknown[]; finalOnly: { rule: string }[] };
      }>();
      expect(detail.state).toBe('ended');
      expect(detail.diff.confirmed.map((h) => h.rule)).toEqual([
        'forbidden-phrase',
        'complaint-risk',
        'complaint-risk',
      ]);
      expect(detail.diff.withdrawn).toEqual([]);
      // Rules that decide only at the end (a missing closing) appear on the final side only.
      expect(detail.diff.finalOnly.map((h) => h.rule)).toContain('missing-closing');
      expect((await call('tl2', 'GET', '/api/live/calls/L1')).statusCode).toBe(404);
    },
  );

  it.skipIf(driver.kind !== 'postgres' || skip)(
    'two processes: the call on one, the leader’s browser on the other (LISTEN/NOTIFY)',
    async () => {
      const otherStore = await openStore({
        databaseUrl: t.databaseUrl(),
        dataDir: '',
        migrate: false,
        poolSize: 2,
      });
      const other = await testApp(otherStore, () => now);
      await other.app.listen({ port: 0, host: '127.0.0.1' });
      const stream = await openStream(other.app, await login(other.app, 'tl1'));
      try {
        await call('switch', 'POST', '/api/live/calls', { callId: 'L2', agentId: 'A001' });
        const t0 = performance.now();
        await seg('L2', 'agent', '没办法，这是规定');
        await until(() => stream.alerts().length === 1);
        expect(performance.now() - t0).toBeLessThan(3000);
        expect(stream.alerts()[0]).toMatchObject({ callId: 'L2', rule: 'forbidden-phrase' });
      } finally {
        stream.close();
        await other.app.close();
        await otherStore.close();
      }
    },
  );
});
