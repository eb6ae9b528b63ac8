// `npm run bench:rescore [-- --n 100000 --workers 1,2,4 --runs 1 --baseline OTHER/bin/zhijian.js --json
// --preview --cpu-prof DIR]`: the background re-score of a period on PostgreSQL as production runs it: W separate
// `zhijian worker` processes (spawned from bin/zhijian.js, DATABASE_URL = a scratch database) work the run that
// POST /api/rescore starts (a rescore-plan job). N stored conversations are seeded quickly: a few thousand generated
// demo conversations (src/core/demo) stored through the bulk upsert, then copied in SQL under new ids and days up to
// N. Before each run every stored result is deleted, so each run writes N new results. Measured from sending the
// plan job to the run being done: wall time, conversations per second, and the CPU seconds of the worker processes
// and of the PostgreSQL processes when the server runs on this machine (from /proc/<pid>/stat). `--baseline` runs
// the same with another build's launcher (e.g. a checkout of main) in the same session, interleaved. `--preview`
// times, after each re-score, the impact preview of the published version over the same period (a `pack-preview`
// job worked by the same workers, its baseline read from the results just stored). `--cpu-prof DIR`: each worker
// writes a V8 CPU profile there when it stops.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { generateDemo } from '../../src/core/demo/index.ts';
import { packPreviewJob } from '../../src/jobs/definitions/pack-preview.ts';
import { rescorePlanJob } from '../../src/jobs/definitions/rescore.ts';
import { startQueue } from '../../src/jobs/queue.ts';
import { packagePath } from '../../src/paths.ts';
import { ensureDefaultPack } from '../../src/qa/packs.ts';
import {
  createAgent,
  createClient,
  createPreviewRun,
  createRescoreRun,
  createTeam,
  createVendor,
  getPreviewRun,
  getRescoreRun,
  openStore,
  publishedRevision,
  upsertConversationsBulk,
  type Store,
} from '../../src/store/index.ts';
import { DEFAULT_TEST_DATABASE_URL } from '../../src/store/testing/test-store.ts';
import { seedUsers } from '../../src/http/testing/test-app.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    workers: { type: 'string', default: '1,2,4' },
    runs: { type: 'string', default: '1' },
    base: { type: 'string', default: '2000' },
    baseline: { type: 'string' },
    json: { type: 'boolean', default: false },
    // A directory: each worker writes a V8 CPU profile there (node --cpu-prof) when it stops.
    'cpu-prof': { type: 'string' },
    // After each re-score, time the impact preview of the published version over the same period (the
    // `pack-preview` job, worked by the same workers), its baseline read from the results just stored.
    preview: { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const baseCount = Math.min(n, Number(values.base));
const workerCounts = values.workers.split(',').map(Number);
const runs = Number(values.runs);
const launchers: { name: string; bin: string }[] = [
  { name: 'this build', bin: packagePath('bin', 'zhijian.js') },
];
if (values.baseline !== undefined) launchers.push({ name: 'baseline', bin: resolve(values.baseline) });

const log = (s: string) => process.stderr.write(`${s}\n`);

async function adminQuery(url: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

/** Seed `n` conversations: `baseCount` generated ones stored in bulk, the rest copied in SQL. */
async function seed(store: Store): Promise<void> {
  const demo = generateDemo({ seed: 20_261_001, endDate: '2026-10-31', days: 28, conversations: baseCount });
  await createClient(store, demo.client);
  for (const v of demo.vendors) await createVendor(store, v);
  for (const t of demo.teams) await createTeam(store, t);
  for (const a of demo.agents) await createAgent(store, { ...a, active: true });
  const teamOf = new Map(demo.agents.map((a) => [a.id, a.teamId]));
  const vendorOf = new Map(demo.teams.map((t) => [t.id, t.vendorId]));
  const items = demo.conversations.map((c) => {
    const teamId = (c.agentId === undefined ? undefined : teamOf.get(c.agentId)) ?? null;
    const vendorId = (teamId === null ? undefined : vendorOf.get(teamId)) ?? null;
    return { conversation: c, scope: { teamId, vendorId } };
  });
  for (let i = 0; i < items.length; i += 1000)
    await store.db.transaction((tx) => upsertConversationsBulk(tx, items.slice(i, i + 1000)));
  // Copies k = 1, 2, …: same bodies under new ids, spread over the same four weeks (shifted by k minutes).
  for (let k = 1; baseCount * k < n; k++) {
    const take = Math.min(baseCount, n - baseCount * k);
    await store.sql(
      `insert into conversations (id, version, is_latest, agent_id, team_id, vendor_id, channel, started_at,
                                  duration_ms, turn_count, content_hash, body, search_text, ingested_at)
       select id || '~' || $1, version, is_latest, agent_id, team_id, vendor_id, channel,
              started_at + make_interval(mins => $1::int), duration_ms, turn_count, content_hash,
              jsonb_set(body, '{id}', to_jsonb(id || '~' || $1)), search_text, ingested_at
         from (select * from conversations where position('~' in id) = 0 order by id limit $2) s`,
      [k, take],
    );
  }
  await store.sql('analyze conversations');
}

/** CPU milliseconds (user + system) of a live process. */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return NaN;
  }
}

/**
 * CPU ms of every PostgreSQL process on this machine (the server, its background processes and the backends alive
 * now), or NaN when none is visible (a remote server). A backend that exits during a run takes its CPU with it, so
 * across a run this is a lower bound of the database's share.
 */
function postgresCpuMs(): number {
  let sum = 0;
  let seen = false;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/u.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).startsWith('postgres')) continue;
      seen = true;
      sum += cpuMs(Number(pid));
    } catch {
      // exited while listed
    }
  }
  return seen ? sum : NaN;
}

function startWorkers(bin: string, count: number, databaseUrl: string): Promise<ChildProcess[]> {
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ChildProcess>((resolveStarted, reject) => {
          const profile = values['cpu-prof'];
          const nodeArgs = profile === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${resolve(profile)}`];
          const child = spawn(process.execPath, [...nodeArgs, bin, 'worker'], {
            // warn, not silent: the "worker running" line this waits for is printed at any level but silent.
            env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
            stdio: ['ignore', 'pipe', 'pipe'],
          });
          let out = '';
          child.stdout.on('data', (d: Buffer) => {
            out += d.toString();
            if (out.includes('worker running')) resolveStarted(child);
          });
          child.stderr.on('data', (d: Buffer) => log(`[worker ${child.pid}] ${d.toString().trim()}`));
          child.on('exit', (code) => reject(new Error(`worker exited (${code}) before starting: ${out}`)));
        }),
    ),
  );
}

async function stopWorkers(children: readonly ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((done) => {
          if (c.exitCode !== null) return done();
          c.removeAllListeners('exit');
          c.once('exit', () => done());
          c.kill('SIGTERM');
          setTimeout(() => c.kill('SIGKILL'), 10_000).unref();
        }),
    ),
  );
}

interface Row {
  /** The background re-score, or the impact preview that followed it. */
  task: 'rescore' | 'preview';
  build: string;
  workers: number;
  conversations: number;
  wallMs: number;
  perSecond: number;
  workerCpuMs: number;
  /** PostgreSQL's CPU over the run when it runs on this machine (null when not visible). */
  databaseCpuMs: number | null;
  perMinuteExtrapolated: number;
}

/** Poll a run every 100 ms until it is done; its `done` count (conversations), or an error if it failed. */
async function untilDone(
  read: () => Promise<{ status: string; done: number | null; error?: string | null } | undefined>,
): Promise<number> {
  for (;;) {
    const run = await read();
    if (run?.status === 'done') return run.done ?? 0;
    if (run?.status === 'failed') throw new Error(`run failed: ${run.error ?? ''}`);
    await new Promise((t) => setTimeout(t, 100));
  }
}

/**
 * Run one task (`work` starts it and resolves with the conversations it did once it is done) and keep its row: wall
 * time, and the CPU of the workers and of PostgreSQL over it.
 */
async function timed(
  t: { task: Row['task']; build: string; workers: number; children: readonly ChildProcess[] },
  work: () => Promise<number>,
): Promise<void> {
  const workersCpu = () => t.children.reduce((s, c) => s + cpuMs(c.pid ?? 0), 0);
  const cpu0 = workersCpu();
  const db0 = postgresCpuMs();
  const start = performance.now();
  const done = await work();
  const wallMs = performance.now() - start;
  const databaseCpuMs = postgresCpuMs() - db0;
  const row: Row = {
    task: t.task,
    build: t.build,
    workers: t.workers,
    conversations: done,
    wallMs: Math.round(wallMs),
    perSecond: Math.round(done / (wallMs / 1000)),
    workerCpuMs: Math.round(workersCpu() - cpu0),
    databaseCpuMs: Number.isNaN(databaseCpuMs) ? null : Math.round(databaseCpuMs),
    perMinuteExtrapolated: Math.round((done / wallMs) * 60_000),
  };
  rows.push(row);
  log(JSON.stringify(row));
}

const rows: Row[] = [];

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
  const name = `zhijian_bench_rescore_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const store = await openStore({ dataDir: '', databaseUrl, poolSize: 4 });
  try {
    const t0 = performance.now();
    await seed(store);
    await ensureDefaultPack(store, new Date());
    await seedUsers(store, [{ username: 'bench-lead', role: 'qa_lead' }]);
    const lead = (await store.sql<{ id: string }>(`select id from users where username = 'bench-lead'`))
      .rows[0];
    const packVersion = (await publishedRevision(store, 'default')) ?? 0;
    log(`seeded ${n} conversations in ${Math.round(performance.now() - t0)} ms`);
    const queue = await startQueue(store, { schedule: false, onError: () => {} });
    try {
      for (let r = 0; r < runs; r++)
        for (const w of workerCounts)
          for (const l of launchers) {
            await store.sql('delete from results');
            await store.sql(`delete from pgboss.job where name like 'rescore%'`).catch(() => undefined);
            await store.sql('vacuum analyze results').catch(() => undefined);
            const children = await startWorkers(l.bin, w, databaseUrl);
            try {
              const base = { build: l.name, workers: w, children };
              const period = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };
              await timed({ ...base, task: 'rescore' }, async () => {
                const runId = `bench-${randomBytes(4).toString('hex')}`;
                await createRescoreRun(store, {
                  id: runId,
                  packId: 'default',
                  packVersion,
                  ...period,
                  createdByUserId: lead?.id ?? '',
                  at: new Date(),
                });
                await queue.send(rescorePlanJob, { runId });
                return untilDone(() => getRescoreRun(store, runId));
              });
              if (values.preview)
                await timed({ ...base, task: 'preview' }, async () => {
                  const previewId = `bench-${randomBytes(4).toString('hex')}`;
                  await createPreviewRun(store, {
                    id: previewId,
                    packId: 'default',
                    packVersion,
                    baselineVersion: packVersion,
                    ...period,
                    maxConversations: 2_000_000,
                    changedLimit: 200,
                    createdByUserId: lead?.id ?? '',
                    at: new Date(),
                  });
                  await queue.send(packPreviewJob, { runId: previewId });
                  return untilDone(() => getPreviewRun(store, previewId));
                });
            } finally {
              await stopWorkers(children);
            }
          }
    } finally {
      await queue.stop({ timeoutMs: 5000 });
    }
  } finally {
    await store.close();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  if (values.json) process.stdout.write(`${JSON.stringify({ conversations: n, rows }, null, 2)}\n`);
  else {
    process.stdout.write(
      `re-score of ${n} stored conversations on PostgreSQL, W \`zhijian worker\` processes ` +
        `(CPU of the workers, and of PostgreSQL when it runs on this machine)\n\n`,
    );
    process.stdout.write(
      `${'task'.padEnd(9)}${'build'.padEnd(12)}${'workers'.padStart(8)}${'wall ms'.padStart(10)}${'conv/s'.padStart(9)}${'CPU ms'.padStart(10)}${'DB CPU ms'.padStart(11)}${'≈ per min'.padStart(11)}\n`,
    );
    for (const r of rows)
      process.stdout.write(
        `${r.task.padEnd(9)}${r.build.padEnd(12)}${String(r.workers).padStart(8)}${String(r.wallMs).padStart(10)}${String(r.perSecond).padStart(9)}${String(r.workerCpuMs).padStart(10)}${String(r.databaseCpuMs ?? '-').padStart(11)}${String(r.perMinuteExtrapolated).padStart(11)}\n`,
      );
  }
}

await main();
