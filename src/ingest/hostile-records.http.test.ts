// The hostile-record corpus (src/ingest/fixtures, written by scripts/fuzz/hostile-records.mjs) through
// POST /api/ingest with the real job queue, on both databases: lone surrogates, NUL, meta nested 5,000 deep and
// broken JSON are each their own record's error with line and field, never their chunk's; the batch finishes with
// every valid record stored; and a job whose error text the database would refuse fails cleanly instead of ending
// the process.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { unstorableReason } from '../core/text/storable.ts';
import { defineJob } from '../jobs/define.ts';
import { ingestBatchJob } from '../jobs/definitions/ingest-batch.ts';
import { startQueue, type Queue } from '../jobs/queue.ts';
import { ensureDefaultPack } from '../qa/packs.ts';
import { scoreConversationsJob } from '../qa/score-job.ts';
import { getConversation } from '../store/index.ts';
import { seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { login, seedUsers, testApp } from '../http/testing/test-app.ts';

const NOW = new Date('2026-10-20T04:00:00Z');
const CORPUS = readFileSync(new URL('./fixtures/hostile-records.jsonl', import.meta.url), 'utf8');
const EXPECTED = JSON.parse(
  readFileSync(new URL('./fixtures/hostile-records.expected.json', import.meta.url), 'utf8'),
) as { line: number; ok: boolean; field?: string }[];

interface BatchBody {
  status: string;
  total: number;
  accepted: number;
  rejected: number;
  errors: { line: number; field: string; message: string }[];
}

// A job that fails with exactly what used to end the process: an error whose text and properties jsonb refuses.
const poisonJob = defineJob({
  id: 'test-poison-error',
  payload: z.object({ n: z.number() }),
  retry: { limit: 1, delaySeconds: 0, backoff: false },
  handler() {
    const e = new Error('bad record \ud800 with NUL \u0000 inside') as Error & {
      where: string;
      code: string;
    };
    e.where = 'JSON data, line 1: {"text":"\ud800';
    e.code = '22P05';
    return Promise.reject(e);
  },
});

describe.each(await testDrivers())('hostile records on $kind', (driver) => {
  const t = useTestStore(driver);
  let app: FastifyInstance;
  let queue: Queue;
  let cookie = '';
  const skip = driver.kind === 'postgres' && !driver.available;

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [{ username: 'qa', role: 'qa_inspector' }]);
    await ensureDefaultPack(store, NOW);
    queue = await startQueue(store, { pollingIntervalSeconds: 0.5, schedule: false });
    await queue.work([ingestBatchJob, scoreConversationsJob, poisonJob]);
    const built = await testApp(store, () => NOW);
    built.ctx.jobs = queue;
    app = built.app;
    cookie = await login(app, 'qa');
  });
  afterAll(async () => {
    await app?.close();
    await queue?.stop({ timeoutMs: 5000 });
  });

  async function waitDone(batchId: string): Promise<BatchBody> {
    for (let i = 0; i < 300; i++) {
      const res = await app.inject({ method: 'GET', url: `/api/ingest/${batchId}`, headers: { cookie } });
      expect(res.statusCode).toBe(200);
      const body = res.json<BatchBody>();
      if (body.status === 'done') return body;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`batch ${batchId} did not finish`);
  }

  it.skipIf(skip)(
    'reports each hostile record with its line and field and keeps every valid one',
    async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/ingest',
        payload: CORPUS,
        headers: { cookie, 'content-type': 'application/x-ndjson' },
      });
      expect(res.statusCode, res.body).toBe(202);
      const b = await waitDone(res.json<{ batchId: string }>().batchId);
      const good = EXPECTED.filter((e) => e.ok);
      const bad = EXPECTED.filter((e) => !e.ok);
      expect(b).toMatchObject({ total: EXPECTED.length, accepted: good.length, rejected: bad.length });
      for (const e of bad) {
        const reported = b.errors.filter((x) => x.line === e.line);
        expect(reported, `line ${e.line}`).toHaveLength(1);
        expect(reported[0]!.field.startsWith(e.field!), `line ${e.line}: ${reported[0]!.field}`).toBe(true);
        // the report itself is storable text
        expect(unstorableReason(reported[0]!.field + reported[0]!.message)).toBeUndefined();
      }
      for (const id of ['fz-ok-1', 'fz-ok-emoji', 'fz-ok-nested', 'fz-ok-2', 'fz-ok-nonchar', 'fz-ok-3']) {
        expect(await getConversation(t.store(), id), id).toBeDefined();
      }
      expect((await getConversation(t.store(), 'fz-ok-emoji'))?.conversation.body.turns[0]?.text).toBe(
        '好的😀😀',
      );
    },
  );

  it.skipIf(skip)('the same records as a JSON array body: each its own error, no 500', async () => {
    // Written as text: JSON.stringify itself overflows on the 5,000-deep records.
    const lines = CORPUS.split('\n').filter((l) => {
      try {
        JSON.parse(l);
        return true;
      } catch {
        return false;
      }
    });
    const res = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: `[${lines.join(',')}]`.replaceAll('fz-', 'fa-'),
      headers: { cookie, 'content-type': 'application/json' },
    });
    expect(res.statusCode, res.body).toBe(202);
    const b = await waitDone(res.json<{ batchId: string }>().batchId);
    expect(b.accepted).toBe(EXPECTED.filter((e) => e.ok).length);
    expect(b.rejected).toBe(lines.length - b.accepted);
  });

  it.skipIf(skip)('a job failing with an error text the database refuses is recorded as failed', async () => {
    const id = await queue.send(poisonJob, { n: 1 });
    expect(id).not.toBeNull();
    let job: Awaited<ReturnType<Queue['boss']['getJobById']>> = null;
    for (let i = 0; i < 200; i++) {
      job = await queue.boss.getJobById(poisonJob.id, id!, { includeArchive: true });
      if (job?.state === 'failed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(job?.state).toBe('failed');
    const output = job?.output as { message: string; code: string };
    expect(output.code).toBe('22P05');
    expect(output.message).toBe('bad record \ufffd with NUL \ufffd inside');
  });
});
