// The job queue on both databases: a job runs with its validated payload, failures retry by policy and are logged
// with their error, a bad payload fails without the handler being called, singleton keys dedupe, health counts; PGlite shares its one connection safely.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { upsertConversation } from '../store/repo/conversations.ts';
import { conversation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { defineJob, InvalidJobPayloadError } from './define.ts';
import { pgliteBossDb } from './pglite-adapter.ts';
import { queueHealth, startQueue } from './queue.ts';
import type { Queue } from './queue.ts';
import { JOBS } from './registry.ts';
import { startWorker, WorkerConfigError } from './worker.ts';

async function waitForState(queue: Queue, name: string, id: string, states: string[], timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = await queue.boss.getJobById(name, id, { includeArchive: true });
    if (job && states.includes(job.state)) return job;
    if (Date.now() > until) throw new Error(`job ${name}/${id} stayed ${job?.state ?? 'missing'}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(await testDrivers())('job queue on $kind', (driver) => {
  const t = useTestStore(driver);

  it('runs a job with its parsed payload, retries by policy, logs failures, fails a bad payload unhandled', async () => {
    const seen: { n: number; label: string }[] = [];
    let flakyAttempts = 0;
    let badCalls = 0;
    const echo = defineJob({
      id: 'test-echo',
      payload: z.object({ n: z.number().int(), label: z.string().default('默认') }),
      retry: { limit: 0, delaySeconds: 0, backoff: false },
      handler(p) {
        seen.push(p);
        return Promise.resolve();
      },
    });
    const flaky = defineJob({
      id: 'test-flaky',
      payload: z.object({ failTimes: z.number().int() }),
      retry: { limit: 3, delaySeconds: 0, backoff: false },
      handler(p) {
        flakyAttempts++;
        return flakyAttempts <= p.failTimes
          ? Promise.reject(new Error(`attempt ${flakyAttempts} fails`))
          : Promise.resolve();
      },
    });
    const doomed = defineJob({
      id: 'test-doomed',
      payload: z.object({ conversationId: z.string().min(1) }),
      retry: { limit: 1, delaySeconds: 0, backoff: false },
      handler() {
        badCalls++;
        return Promise.reject(new Error('always fails'));
      },
    });
    const logged: { job?: string; err?: unknown; msg: string }[] = [];
    const log = { error: (obj: object, msg: string) => logged.push({ ...obj, msg }) };
    const queue = await startQueue(t.store(), { pollingIntervalSeconds: 0.5, schedule: false, log });
    try {
      await queue.work([echo, flaky, doomed]);

      const echoId = await queue.send(echo, { n: 7 } as { n: number; label: string });
      await waitForState(queue, echo.id, echoId!, ['completed']);
      expect(seen).toEqual([{ n: 7, label: '默认' }]);

      const flakyId = await queue.send(flaky, { failTimes: 2 });
      const done = await waitForState(queue, flaky.id, flakyId!, ['completed']);
      expect(flakyAttempts).toBe(3);
      expect(done.retryCount).toBe(2);
      // each failed attempt is logged with its job and its error
      expect(logged.filter((l) => l.job === 'test-flaky').map((l) => l.msg)).toEqual([
        'job test-flaky failed: attempt 1 fails',
        'job test-flaky failed: attempt 2 fails',
      ]);
      expect(logged[0]!.err).toBeInstanceOf(Error);

      const doomedId = await queue.send(doomed, { conversationId: 'c-1' });
      const failed = await waitForState(queue, doomed.id, doomedId!, ['failed']);
      expect(failed.retryCount).toBe(1);
      expect(badCalls).toBe(2);

      // A bad payload is refused at the sender …
      await expect(queue.send(doomed, { conversationId: '' })).rejects.toBeInstanceOf(InvalidJobPayloadError);
      // … and one that reaches the queue anyway (older code, hand-made row) fails by the queue's policy through
      // pg-boss's API (no write into its tables), the handler never called.
      const rawId = await queue.boss.send(doomed.id, { conversationId: 42 });
      const rejected = await waitForState(queue, doomed.id, rawId!, ['failed']);
      expect(rejected.retryCount).toBe(1);
      expect(JSON.stringify(rejected.output)).toContain(
        'invalid payload for job test-doomed: conversationId',
      );
      expect(badCalls).toBe(2);

      const health = await queueHealth(queue);
      expect(health).toMatchObject({ ok: true, active: 0 });
      expect(health.failed).toBeGreaterThanOrEqual(2);
    } finally {
      await queue.stop({ timeoutMs: 2000 });
    }
  });

  it('dedupes by singleton key and records schedules', async () => {
    const noop = defineJob({
      id: 'test-noop',
      policy: 'stately',
      payload: z.object({ batchId: z.string() }),
      retry: { limit: 0, delaySeconds: 0, backoff: false },
      async handler() {},
    });
    const queue = await startQueue(t.store(), { pollingIntervalSeconds: 0.5, schedule: false });
    try {
      const first = await queue.send(noop, { batchId: 'b1' }, { singletonKey: 'b1' });
      const second = await queue.send(noop, { batchId: 'b1' }, { singletonKey: 'b1' });
      expect(first).toEqual(expect.any(String));
      expect(second).toBeNull();
      expect(await queue.send(noop, { batchId: 'b2' }, { singletonKey: 'b2' })).toEqual(expect.any(String));
      expect((await queueHealth(queue)).queued).toBeGreaterThanOrEqual(1);
      await queue.schedule(noop, '30 2 * * *', { batchId: 'nightly' }, { timeZone: 'Asia/Shanghai' });
      const schedules = await queue.boss.getSchedules();
      expect(schedules).toContainEqual(
        expect.objectContaining({ name: 'test-noop', cron: '30 2 * * *', data: { batchId: 'nightly' } }),
      );
    } finally {
      await queue.stop({ timeoutMs: 2000 });
    }
  });

  it('runs jobs while the application writes to the same database, and pg-boss maintenance takes its locks', async () => {
    const store = t.store();
    let handled = 0;
    const touch = defineJob({
      id: 'test-touch',
      payload: z.object({ i: z.number() }),
      retry: { limit: 0, delaySeconds: 0, backoff: false },
      async handler(p, ctx) {
        await upsertConversation(ctx.store, conversation(`job-${p.i}`), { teamId: null, vendorId: null });
        handled++;
      },
    });
    const queue = await startQueue(store, { pollingIntervalSeconds: 0.5, schedule: false });
    try {
      await queue.work([touch], { concurrency: 2 });
      const ids = await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          await upsertConversation(store, conversation(`app-${i}`), { teamId: null, vendorId: null });
          return queue.send(touch, { i });
        }),
      );
      for (const id of ids) await waitForState(queue, touch.id, id!, ['completed']);
      expect(handled).toBe(10);
      await queue.boss.maintain();
      const { rows } = await store.sql<{ n: number }>(
        "select count(*)::int as n from conversations where id like 'job-%' or id like 'app-%'",
      );
      expect(rows[0]?.n).toBe(20);
    } finally {
      await queue.stop({ timeoutMs: 2000 });
    }
  });

  it.runIf(driver.kind === 'pglite')(
    'rolls back a failing multi-statement script on the single PGlite connection',
    async () => {
      const store = t.store();
      if (store.driver.kind !== 'pglite') return;
      const db = pgliteBossDb(store.driver.client);
      await expect(
        db.executeSql('BEGIN; CREATE TABLE boss_probe (x int); SELECT 1/0; COMMIT;'),
      ).rejects.toThrow(/division by zero/);
      // The connection is usable and not left inside the aborted transaction; the table was rolled back.
      const { rows } = await db.executeSql("select to_regclass('boss_probe') as t, $1::int as one", [1]);
      expect(rows).toEqual([{ t: null, one: 1 }]);
    },
  );

  it('refuses a stand-alone worker without PostgreSQL, and a PostgreSQL worker takes jobs sent by another process', async () => {
    await expect(startWorker({ databaseUrl: undefined })).rejects.toBeInstanceOf(WorkerConfigError);
    if (t.kind !== 'postgres') return;
    const got: string[] = [];
    const job = defineJob({
      id: 'test-remote',
      payload: z.object({ text: z.string() }),
      retry: { limit: 0, delaySeconds: 0, backoff: false },
      handler(p) {
        got.push(p.text);
        return Promise.resolve();
      },
    });
    const worker = await startWorker({
      databaseUrl: t.databaseUrl(),
      jobs: [job],
      schedules: [],
      pollingIntervalSeconds: 0.5,
    });
    const sender = await startQueue(t.store(), { schedule: false });
    try {
      const id = await sender.send(job, { text: '来自服务进程' });
      await waitForState(sender, job.id, id!, ['completed']);
      expect(got).toEqual(['来自服务进程']);
    } finally {
      await sender.stop({ timeoutMs: 2000 });
      await worker.stop();
    }
  });

  it('starts three workers together on a database whose queues do not exist yet', async () => {
    if (t.kind !== 'postgres') return;
    // Every job of the application: none of their queues exists in this suite's database yet.
    const start = () =>
      startWorker({ databaseUrl: t.databaseUrl(), jobs: JOBS, schedules: [], pollingIntervalSeconds: 5 });
    const workers = await Promise.allSettled([start(), start(), start()]);
    try {
      expect(workers.map((w) => (w.status === 'rejected' ? String(w.reason) : 'running'))).toEqual([
        'running',
        'running',
        'running',
      ]);
    } finally {
      for (const w of workers) if (w.status === 'fulfilled') await w.value.stop();
    }
  });
});
