// `npm run bench:upload [-- --mb 200 --runs 1 --baseline /path/to/other/bin/zhijian.js --json]`: one large JSONL
// upload into the real server, as an integration sends it. For this build (and a baseline build, side by side in
// the same run): a scratch PostgreSQL database (created on --pg-url and dropped afterwards), `zhijian serve` as a
// child process, then ONE POST /api/ingest of a --mb MB JSONL file of generated demo conversations, streamed from
// disk over HTTP. Measures the time to the 202, the time until the batch is stored (GET /api/ingest/:id), and the
// server's memory: its resident size before the upload and its peak (VmHWM, /proc) by the 202 and by the end.
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { generateDemo } from '../../src/core/demo/index.ts';
import { startServe } from '../serve-child.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '200' },
    runs: { type: 'string', default: '1' },
    baseline: { type: 'string' },
    'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    json: { type: 'boolean', default: false },
  },
});
const DB = 'zhijian_bench_upload';
const PASSWORD = 'bench-upload-password-1';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A JSONL file of at least `mb` MB of demo conversations (ids made unique per copy). */
function writeBody(path: string, mb: number): number {
  const demo = generateDemo({ seed: 20_261_001, endDate: '2026-10-31', days: 30, conversations: 20_000 });
  const lines = demo.conversations.map((c) => JSON.stringify(c));
  const target = mb * 1e6;
  const out: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < target; copy++)
    for (const l of lines) {
      if (bytes >= target) break;
      const line = copy === 0 ? l : l.replace(/"id":"([^"]+)"/, `"id":"$1-x${copy}"`);
      out.push(line);
      bytes += Buffer.byteLength(line) + 1;
    }
  writeFileSync(path, out.join('\n'));
  return out.length;
}

/** Resident and peak resident size of a process in MB (/proc/<pid>/status). */
async function memory(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** POST the file as it is read from disk, the way a client streams an export. */
function post(url: string, cookie: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/api/ingest`,
      {
        method: 'POST',
        headers: {
          cookie,
          'content-type': 'application/x-ndjson',
          'content-length': statSync(path).size,
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    createReadStream(path).pipe(req);
  });
}

interface Figures {
  build: string;
  conversations: number;
  acceptedMs: number;
  storedMs: number;
  rssBeforeMB: number;
  peakBy202MB: number;
  peakByEndMB: number;
}

async function once(build: string, bin: string, body: string, n: number): Promise<Figures> {
  const admin = new pg.Client({ connectionString: values['pg-url'] });
  await admin.connect();
  await admin.query(`drop database if exists ${DB}`);
  await admin.query(`create database ${DB}`);
  const dir = mkdtempSync(join(tmpdir(), 'zhijian-bench-upload-'));
  const dbUrl = new URL(values['pg-url']);
  dbUrl.pathname = `/${DB}`;
  const server = await startServe({
    bin,
    cwd: dirname(dirname(bin)),
    env: { DATABASE_URL: dbUrl.toString(), DATA_DIR: dir, ZHIJIAN_ADMIN_PASSWORD: PASSWORD },
  });
  try {
    const cookie = await login(server.url);
    await sleep(2000); // start-up work (pack publication, migrations' follow-ups) out of the way
    const before = await memory(server.pid);
    const t0 = performance.now();
    const res = await post(server.url, cookie, body);
    const acceptedMs = performance.now() - t0;
    if (res.status !== 202) throw new Error(`ingest answered ${res.status}: ${res.body.slice(0, 500)}`);
    const by202 = await memory(server.pid);
    const { batchId } = JSON.parse(res.body) as { batchId: string };
    for (;;) {
      const r = await fetch(`${server.url}/api/ingest/${batchId}`, { headers: { cookie } });
      const b = (await r.json()) as { status: string; stored: number; duplicates: number };
      if (b.status === 'done' || b.status === 'failed') break;
      await sleep(250);
    }
    const storedMs = performance.now() - t0;
    const end = await memory(server.pid);
    return {
      build,
      conversations: n,
      acceptedMs,
      storedMs,
      rssBeforeMB: before.rss,
      peakBy202MB: by202.peak,
      peakByEndMB: end.peak,
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
    await admin.query(`drop database if exists ${DB}`);
    await admin.end();
  }
}

const work = mkdtempSync(join(tmpdir(), 'zhijian-bench-upload-body-'));
const body = join(work, 'calls.jsonl');
const n = writeBody(body, Number(values.mb));
const bodyMB = statSync(body).size / 1e6;
const builds: [string, string][] = [['this build', join(ROOT, 'bin/zhijian.js')]];
if (values.baseline) builds.push(['baseline', values.baseline]);
const results: Figures[] = [];
try {
  // Interleaved, so a machine that slows down over the run weighs on both builds alike.
  for (let run = 0; run < Number(values.runs); run++)
    for (const [name, bin] of builds) results.push(await once(name, bin, body, n));
} finally {
  rmSync(work, { recursive: true, force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const rows = builds.map(([name]) => {
  const rs = results.filter((r) => r.build === name);
  const m = (k: keyof Omit<Figures, 'build'>) => median(rs.map((r) => r[k]));
  return {
    build: name,
    acceptedS: m('acceptedMs') / 1000,
    storedS: m('storedMs') / 1000,
    storedPerSecond: n / (m('storedMs') / 1000),
    rssBeforeMB: m('rssBeforeMB'),
    peakBy202MB: m('peakBy202MB'),
    peakByEndMB: m('peakByEndMB'),
  };
});
if (values.json)
  console.log(JSON.stringify({ conversations: n, bodyMB, runs: Number(values.runs), rows }, null, 2));
else {
  console.log(
    `one POST /api/ingest of ${bodyMB.toFixed(0)} MB JSONL (${n} conversations) to zhijian serve on PostgreSQL, streamed over HTTP; medians of ${values.runs} run(s)`,
  );
  console.log(
    `${'build'.padEnd(11)} ${'202 (s)'.padStart(8)} ${'stored (s)'.padStart(11)} ${'conv/s'.padStart(7)} ${'RSS before'.padStart(11)} ${'peak by 202'.padStart(12)} ${'peak by end'.padStart(12)}`,
  );
  for (const r of rows)
    console.log(
      `${r.build.padEnd(11)} ${r.acceptedS.toFixed(1).padStart(8)} ${r.storedS.toFixed(1).padStart(11)} ${r.storedPerSecond.toFixed(0).padStart(7)} ${`${r.rssBeforeMB.toFixed(0)} MB`.padStart(11)} ${`${r.peakBy202MB.toFixed(0)} MB`.padStart(12)} ${`${r.peakByEndMB.toFixed(0)} MB`.padStart(12)}`,
    );
}
