// `npm run bench:ingest [-- --n 10000 --db postgres|pglite|both --concurrency 2 --json]`: ingest throughput. For
// each database: a scratch store (PostgreSQL: a database created on DATABASE_URL, or the local test server, and
// dropped afterwards; PGlite: a temporary folder), the demo organisation, the default pack published, the real
// job queue working `ingest-batch` and `score-conversations` in this process, then ONE POST /api/ingest of N
// generated demo conversations (src/core/demo) as JSONL. Measures accepted (202), stored (batch done) and scored
// (every stored conversation has a result), as conversations per second from the request's start. Then, on the
// stored conversations: an impact preview (POST /api/packs/default/<published>/preview: every conversation evaluated
// under the published version and the candidate) and a background re-score (POST /api/rescore) of the period.
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { generateDemo } from '../../src/core/demo/index.ts';
import { buildApp } from '../../src/http/app.ts';
import type { AppContext } from '../../src/http/context.ts';
import { login, seedUsers } from '../../src/http/testing/test-app.ts';
import { ingestBatchJob } from '../../src/jobs/definitions/ingest-batch.ts';
import { rescoreChunkJob, rescorePlanJob } from '../../src/jobs/definitions/rescore.ts';
import { startQueue } from '../../src/jobs/queue.ts';
import { ensureDefaultPack } from '../../src/qa/packs.ts';
import { scoreConversationsJob } from '../../src/qa/score-job.ts';
import { parseSettings } from '../../src/settings/settings.ts';
import {
  createAgent,
  createClient,
  createTeam,
  createVendor,
  openStore,
  publishedRevision,
  type Store,
} from '../../src/store/index.ts';
import { revisionLabel } from '../../src/core/rules/version.ts';
import { DEFAULT_TEST_DATABASE_URL } from '../../src/store/testing/test-store.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    db: { type: 'string', default: 'both' },
    // As `zhijian serve` runs its jobs: one loop per job type, polling every 2 s.
    concurrency: { type: 'string', default: '1' },
    polling: { type: 'string', default: '2' },
    json: { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const concurrency = Number(values.concurrency);
const demo = generateDemo({ seed: 20_261_001, endDate: '2026-10-31', days: 30, conversations: n });
const body = demo.conversations.map((c) => JSON.stringify(c)).join('\n');

interface Figures {
  db: string;
  conversations: number;
  bodyMB: number;
  acceptedMs: number;
  storedMs: number;
  scoredMs: number;
  storedPerSecond: number;
  scoredPerSecond: number;
  previewMs: number;
  previewPerSecond: number;
  rescoreMs: number;
  rescorePerSecond: number;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

async function scratch(kind: 'postgres' | 'pglite'): Promise<{ store: Store; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'zhijian-bench-ingest-'));
    const store = await openStore({ dataDir: dir });
    return {
      store,
      drop: () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const adminUrl = process.env.DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
  const name = `zhijian_bench_${randomBytes(5).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ dataDir: '', databaseUrl: url.toString(), poolSize: 8 });
  return { store, drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function count(store: Store, text: string, params: unknown[]): Promise<number> {
  return (await store.sql<{ n: number }>(text, params)).rows[0]?.n ?? 0;
}

async function bench(kind: 'postgres' | 'pglite'): Promise<Figures> {
  const { store, drop } = await scratch(kind);
  const queue = await startQueue(store, {
    pollingIntervalSeconds: Number(values.polling),
    schedule: false,
    onError: () => {},
  });
  try {
    await createClient(store, demo.client);
    for (const v of demo.vendors) await createVendor(store, v);
    for (const t of demo.teams) await createTeam(store, t);
    for (const a of demo.agents) await createAgent(store, { ...a, active: true });
    await ensureDefaultPack(store, new Date());
    await seedUsers(store, [
      { username: 'bench-qa', role: 'qa_inspector' },
      { username: 'bench-lead', role: 'qa_lead' },
    ]);
    await queue.work([ingestBatchJob, scoreConversationsJob, rescorePlanJob, rescoreChunkJob], {
      concurrency,
    });
    const ctx: AppContext = {
      store,
      settings: parseSettings({}),
      now: () => new Date(),
      queueHealth: null,
      loginThrottle: { state: new Map() },
      jobs: queue,
    };
    const app = await buildApp({ ctx, logger: false });
    const cookie = await login(app, 'bench-qa');
    const t0 = performance.now();
    const res = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: body,
      headers: { cookie, 'content-type': 'application/x-ndjson' },
    });
    const acceptedMs = performance.now() - t0;
    if (res.statusCode !== 202) throw new Error(`ingest answered ${res.statusCode}: ${res.body}`);
    const { batchId } = res.json<{ batchId: string }>();
    let storedMs = 0;
    for (;;) {
      const status = (
        await store.sql<{ status: string }>('select status from ingest_batches where id = $1', [batchId])
      ).rows[0]?.status;
      if (status === 'done' && storedMs === 0) storedMs = performance.now() - t0;
      if (storedMs > 0) {
        const scored = await count(
          store,
          `select count(*)::int as n from results r join conversations c
             on c.id = r.conversation_id and c.version = r.conversation_version where c.ingest_batch_id = $1`,
          [batchId],
        );
        if (scored >= n) break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const scoredMs = performance.now() - t0;

    const lead = await login(app, 'bench-lead');
    const period = { from: '2026-01-01T00:00:00+08:00', to: '2027-01-01T00:00:00+08:00' };
    const p0 = performance.now();
    const preview = await app.inject({
      method: 'POST',
      // The published revision of the default pack (its label follows the pack file's version).
      url: `/api/packs/default/${revisionLabel((await publishedRevision(store, 'default')) ?? 0)}/preview`,
      payload: { ...period, limit: n },
      headers: { cookie: lead },
    });
    const previewMs = performance.now() - p0;
    const previewed = preview.json<{ conversations: number }>().conversations;
    if (preview.statusCode !== 200 || previewed !== n)
      throw new Error(`preview: ${preview.statusCode} ${previewed}`);

    const r0 = performance.now();
    const started = await app.inject({
      method: 'POST',
      url: '/api/rescore',
      payload: period,
      headers: { cookie: lead },
    });
    const { jobId } = started.json<{ jobId: string }>();
    for (;;) {
      const run = await app.inject({
        method: 'GET',
        url: `/api/rescore/${jobId}`,
        headers: { cookie: lead },
      });
      const r = run.json<{ status: string; done: number }>();
      if (r.status === 'done') break;
      await new Promise((x) => setTimeout(x, 100));
    }
    const rescoreMs = performance.now() - r0;
    await app.close();
    return {
      db: kind,
      conversations: n,
      bodyMB: Buffer.byteLength(body) / 1e6,
      acceptedMs,
      storedMs,
      scoredMs,
      storedPerSecond: n / (storedMs / 1000),
      scoredPerSecond: n / (scoredMs / 1000),
      previewMs,
      previewPerSecond: n / (previewMs / 1000),
      rescoreMs,
      rescorePerSecond: n / (rescoreMs / 1000),
    };
  } finally {
    await queue.stop({ timeoutMs: 10_000 });
    await store.close();
    await drop();
  }
}

const kinds = values.db === 'both' ? (['postgres', 'pglite'] as const) : [values.db as 'postgres' | 'pglite'];
const results: Figures[] = [];
for (const k of kinds) results.push(await bench(k));
if (values.json) console.log(JSON.stringify(results, null, 2));
else {
  console.log(
    `ingest of ${n} demo conversations (${results[0]?.bodyMB.toFixed(1)} MB JSONL), one POST, job concurrency ${concurrency}, polling ${values.polling} s`,
  );
  console.log(
    `${'db'.padEnd(10)} ${'202 (ms)'.padStart(10)} ${'stored (s)'.padStart(11)} ${'conv/s'.padStart(8)} ${'scored (s)'.padStart(11)} ${'conv/s'.padStart(8)}`,
  );
  for (const r of results) {
    console.log(
      `${r.db.padEnd(10)} ${r.acceptedMs.toFixed(0).padStart(10)} ${(r.storedMs / 1000).toFixed(1).padStart(11)} ${r.storedPerSecond.toFixed(0).padStart(8)} ${(r.scoredMs / 1000).toFixed(1).padStart(11)} ${r.scoredPerSecond.toFixed(0).padStart(8)}`,
    );
  }
  console.log(`\nover the ${n} stored conversations (conversations per second)`);
  console.log(
    `${'db'.padEnd(10)} ${'preview (s)'.padStart(12)} ${'conv/s'.padStart(8)} ${'re-score (s)'.padStart(13)} ${'conv/s'.padStart(8)}`,
  );
  for (const r of results) {
    console.log(
      `${r.db.padEnd(10)} ${(r.previewMs / 1000).toFixed(1).padStart(12)} ${r.previewPerSecond.toFixed(0).padStart(8)} ${(r.rescoreMs / 1000).toFixed(1).padStart(13)} ${r.rescorePerSecond.toFixed(0).padStart(8)}`,
    );
  }
}
