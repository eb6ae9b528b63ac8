// `npm run bench:live [-- --calls 200 --interval-ms 2000 --seconds 30 --mode one|two|both --json]`: live calls
// under load through the real server (`node bin/zhijian.js serve --demo` as child processes, as an installation
// runs it). Each simulated call sends one final transcript segment every interval for `seconds`; every 5th call
// plants one alert at a random round (the agent's forbidden phrase, or the customer threatening 12315). A QA lead's
// client holds GET /api/live/alerts/stream and the latency is measured from the POST of the planted segment to the
// `event: alert` of that call at the client.
//   one: one process on the embedded database (PGlite in a temporary DATA_DIR);
//   two: two processes on PostgreSQL (DATABASE_URL, a dedicated database created and dropped here): the calls go to
//        process A, the stream is held on process B, so every alert crosses processes through LISTEN/NOTIFY.
// Memory per call is the heap growth of the process holding the calls, read from its /metrics after a full gc
// (the child is started with --expose-gc and collects on SIGUSR2; the smaller of two samples is taken).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startServe } from '../serve-child.ts';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '200' },
    'interval-ms': { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '30' },
    mode: { type: 'string', default: 'both' },
    'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    json: { type: 'boolean', default: false },
  },
});
const CALLS = Number(values.calls);
const INTERVAL = Number(values['interval-ms']);
const ROUNDS = Math.max(2, Math.round((Number(values.seconds) * 1000) / INTERVAL));
const MODE = values.mode;
if (!['one', 'two', 'both'].includes(MODE ?? '')) throw new Error('--mode one|two|both');
const ROOT = resolve(import.meta.dirname, '../..');
const BENCH_DB = 'zhijian_bench_live';
const METRICS_TOKEN = `bench-${randomBytes(12).toString('hex')}`;

const pct = (s: number[], p: number) =>
  s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
const r1 = (n: number) => Math.round(n * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const NEUTRAL_AGENT = ['您好，请问有什么可以帮您', '好的，我帮您查询一下', '请您稍等', '已经为您处理好了'];
const NEUTRAL_CUSTOMER = ['我想查一下上个月的账单', '好的', '嗯，明白了', '谢谢你'];
const PLANTS = [
  { role: 'agent', text: '这个我不知道', rule: 'forbidden-phrase' },
  { role: 'customer', text: '我要去12315投诉你们', rule: 'complaint-risk' },
] as const;

interface Server {
  url: string;
  gc: () => void;
  output: () => string;
  stop: () => Promise<void>;
}

async function startServer(env: Record<string, string>, demo: boolean): Promise<Server> {
  const s = await startServe({
    bin: join(ROOT, 'bin/zhijian.js'),
    cwd: ROOT,
    // SIGUSR2 collects garbage in the server (nothing else in it listens to that signal), so the heap figures
    // are read after a full gc, as bench:lookup does in-process.
    nodeArgs: [
      '--expose-gc',
      '--import',
      'data:text/javascript,process.on("SIGUSR2",()=>globalThis.gc && globalThis.gc())',
    ],
    args: demo ? ['--demo'] : [],
    env: { METRICS_TOKEN, ...env },
    // The demo accounts are printed right after the URL line.
    ready: (out) => !demo || out.includes('"qalead"'),
  });
  return { url: s.url, output: s.output, stop: s.stop, gc: () => s.signal('SIGUSR2') };
}

function demoAccounts(output: string): { username: string; role: string; password: string }[] {
  const r: { username: string; role: string; password: string }[] = [];
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const a = (JSON.parse(line) as { demoAccount?: (typeof r)[number] }).demoAccount;
      if (a) r.push(a);
    } catch {
      // not a log line
    }
  }
  return r;
}

async function login(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function heapUsed(s: Server): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    s.gc();
    await sleep(500);
    const res = await fetch(`${s.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    const m = /^zhijian_nodejs_heap_size_used_bytes (\d+(?:\.\d+)?)/m.exec(await res.text());
    if (m) best = Math.min(best, Number(m[1]));
  }
  return best;
}

/** The QA lead's event stream: the first `alert` arrival per call and rule, timed at the client. */
async function openStream(url: string, cookie: string) {
  const arrivals = new Map<string, number>();
  let alerts = 0;
  const ctrl = new AbortController();
  const res = await fetch(`${url}/api/live/alerts/stream`, { headers: { cookie }, signal: ctrl.signal });
  if (res.status !== 200) throw new Error(`stream: ${res.status}`);
  const reader = res.body!.getReader();
  const dec = new TextDecoder();
  let buf = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const at = performance.now();
        buf += dec.decode(value, { stream: true });
        let i;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          if (!/^event: alert$/m.test(block)) continue;
          const data = JSON.parse(/^data: (.+)$/m.exec(block)?.[1] ?? '{}') as {
            callId: string;
            rule: string;
          };
          alerts++;
          const key = `${data.callId}|${data.rule}`;
          if (!arrivals.has(key)) arrivals.set(key, at);
        }
      }
    } catch {
      // aborted
    }
  })();
  return { arrivals, count: () => alerts, close: () => ctrl.abort() };
}

async function runLoad(ingest: Server, streamUrl: string, adminPassword: string) {
  const ingestUrl = ingest.url;
  const output = ingest.output();
  const accounts = demoAccounts(output);
  const agents = accounts.filter((a) => a.role === 'agent').map((a) => a.username.toUpperCase());
  const qalead = accounts.find((a) => a.username === 'qalead');
  if (!qalead || agents.length === 0) throw new Error('demo accounts not printed');
  const admin = await login(ingestUrl, 'admin', adminPassword);
  const stream = await openStream(streamUrl, await login(streamUrl, qalead.username, qalead.password));
  const post = (path: string, body: unknown) =>
    fetch(`${ingestUrl}${path}`, {
      method: 'POST',
      headers: { cookie: admin, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  const run = randomBytes(3).toString('hex');
  const calls = Array.from({ length: CALLS }, (_, i) => ({
    callId: `bench-${run}-${i}`,
    agentId: agents[i % agents.length]!,
    plant:
      i % 5 === 0 ? { round: 1 + Math.floor(Math.random() * (ROUNDS - 1)), ...PLANTS[(i / 5) % 2]! } : null,
  }));

  // The demo start leaves background work (scoring jobs, caches) behind: wait until the idle heap is steady.
  let heap0 = await heapUsed(ingest);
  for (let i = 0; i < 30; i++) {
    await sleep(1000);
    const h = await heapUsed(ingest);
    const steady = Math.abs(h - heap0) < 256 * 1024;
    heap0 = h;
    if (steady) break;
  }
  for (let i = 0; i < calls.length; i += 20)
    await Promise.all(
      calls.slice(i, i + 20).map(async (c) => {
        const res = await post('/api/live/calls', { callId: c.callId, agentId: c.agentId });
        if (res.status !== 201) throw new Error(`open ${c.callId}: ${res.status} ${await res.text()}`);
      }),
    );
  const heapOpen = await heapUsed(ingest);

  const postMs: number[] = [];
  const planted: { key: string; sent: number; answered: number }[] = [];
  let accepted = 0;
  let failed = 0;
  const t0 = performance.now();
  await Promise.all(
    calls.map(async (c, i) => {
      // Spread the calls over the interval, as real calls do not speak in step.
      await sleep((i * INTERVAL) / CALLS);
      const start = performance.now();
      for (let r = 0; r < ROUNDS; r++) {
        const wait = start + r * INTERVAL - performance.now();
        if (wait > 0) await sleep(wait);
        const plant = c.plant?.round === r ? c.plant : null;
        const neutral = r % 2 === 0 ? NEUTRAL_AGENT : NEUTRAL_CUSTOMER;
        const body = plant
          ? { role: plant.role, text: plant.text, final: true }
          : {
              role: r % 2 === 0 ? 'agent' : 'customer',
              text: neutral[(i + r) % neutral.length],
              final: true,
            };
        const sent = performance.now();
        const res = await post(`/api/live/calls/${c.callId}/segments`, body);
        await res.arrayBuffer();
        const answered = performance.now();
        postMs.push(answered - sent);
        if (res.status === 202) accepted++;
        else failed++;
        if (plant) planted.push({ key: `${c.callId}|${plant.rule}`, sent, answered });
      }
    }),
  );
  const postingS = (performance.now() - t0) / 1000;
  const heapSegs = await heapUsed(ingest);
  const deadline = performance.now() + 10_000;
  while (planted.some((p) => !stream.arrivals.has(p.key)) && performance.now() < deadline) await sleep(50);
  stream.close();

  const fromAnswer: number[] = [];
  const fromSent: number[] = [];
  let beforeAnswer = 0;
  for (const p of planted) {
    const at = stream.arrivals.get(p.key);
    if (at === undefined) continue;
    fromSent.push(at - p.sent);
    if (at < p.answered) beforeAnswer++;
    fromAnswer.push(Math.max(0, at - p.answered));
  }
  fromAnswer.sort((a, b) => a - b);
  fromSent.sort((a, b) => a - b);
  postMs.sort((a, b) => a - b);
  return {
    calls: CALLS,
    rounds: ROUNDS,
    intervalMs: INTERVAL,
    alerts: {
      planted: planted.length,
      received: fromAnswer.length,
      streamAlertsTotal: stream.count(),
      arrivedBeforePostAnswered: beforeAnswer,
      afterAnswerMs: {
        p50: r1(pct(fromAnswer, 50)),
        p95: r1(pct(fromAnswer, 95)),
        p99: r1(pct(fromAnswer, 99)),
        max: r1(fromAnswer.at(-1) ?? NaN),
      },
      afterSendMs: {
        p50: r1(pct(fromSent, 50)),
        p95: r1(pct(fromSent, 95)),
        p99: r1(pct(fromSent, 99)),
        max: r1(fromSent.at(-1) ?? NaN),
      },
    },
    segments: {
      accepted,
      failed,
      perSecond: r1(accepted / postingS),
      postP50ms: r1(pct(postMs, 50)),
      postP99ms: r1(pct(postMs, 99)),
    },
    heapKBPerCallOpen: r1((heapOpen - heap0) / CALLS / 1024),
    heapKBPerCallWithSegments: r1((heapSegs - heap0) / CALLS / 1024),
  };
}

type Result = Awaited<ReturnType<typeof runLoad>>;

async function modeOne(): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'zhijian-bench-live-'));
  const pw = `pw-${randomBytes(9).toString('base64url')}`;
  const s = await startServer({ DATA_DIR: dir, ZHIJIAN_ADMIN_PASSWORD: pw }, true);
  try {
    return await runLoad(s, s.url, pw);
  } finally {
    await s.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function modeTwo(): Promise<Result> {
  const admin = new pg.Client({ connectionString: values['pg-url'] });
  await admin.connect();
  const u = new URL(values['pg-url']);
  u.pathname = `/${BENCH_DB}`;
  const dbUrl = u.toString();
  await admin.query(`drop database if exists ${BENCH_DB} with (force)`);
  await admin.query(`create database ${BENCH_DB}`);
  const dirA = mkdtempSync(join(tmpdir(), 'zhijian-bench-live-a-'));
  const dirB = mkdtempSync(join(tmpdir(), 'zhijian-bench-live-b-'));
  const pw = `pw-${randomBytes(9).toString('base64url')}`;
  const servers: Server[] = [];
  try {
    const a = await startServer({ DATABASE_URL: dbUrl, DATA_DIR: dirA, ZHIJIAN_ADMIN_PASSWORD: pw }, true);
    servers.push(a);
    const b = await startServer({ DATABASE_URL: dbUrl, DATA_DIR: dirB, ZHIJIAN_ADMIN_PASSWORD: pw }, false);
    servers.push(b);
    return await runLoad(a, b.url, pw);
  } finally {
    for (const s of servers) await s.stop();
    await admin.query(`drop database if exists ${BENCH_DB} with (force)`);
    await admin.end();
    rmSync(dirA, { recursive: true, force: true });
    rmSync(dirB, { recursive: true, force: true });
  }
}

const results: Record<string, Result> = {};
if (MODE === 'one' || MODE === 'both') results.one = await modeOne();
if (MODE === 'two' || MODE === 'both') results.two = await modeTwo();

if (!values.json) {
  const names = Object.keys(results);
  const label: Record<string, string> = {
    one: 'one process, PGlite',
    two: 'two processes, PostgreSQL',
  };
  console.log(
    `live calls: ${CALLS} calls, a final segment every ${INTERVAL} ms for ${ROUNDS} rounds, an alert planted in every 5th call`,
  );
  console.log(`| measure | ${names.map((n) => label[n]).join(' | ')} |`);
  console.log(`|---|${names.map(() => '---|').join('')}`);
  const row = (m: string, f: (r: Result) => string) =>
    console.log(`| ${m} | ${names.map((n) => f(results[n]!)).join(' | ')} |`);
  row('alerts received / planted', (r) => `${r.alerts.received} / ${r.alerts.planted}`);
  row(
    'alert latency after the POST answered p50 / p95 / p99 / max',
    (r) =>
      `${r.alerts.afterAnswerMs.p50} / ${r.alerts.afterAnswerMs.p95} / ${r.alerts.afterAnswerMs.p99} / ${r.alerts.afterAnswerMs.max} ms`,
  );
  row(
    'alert latency after the POST was sent p50 / p95 / p99 / max',
    (r) =>
      `${r.alerts.afterSendMs.p50} / ${r.alerts.afterSendMs.p95} / ${r.alerts.afterSendMs.p99} / ${r.alerts.afterSendMs.max} ms`,
  );
  row('alerts arriving before the POST answered', (r) => String(r.alerts.arrivedBeforePostAnswered));
  row('segments accepted (failed)', (r) => `${r.segments.accepted} (${r.segments.failed})`);
  row('segments accepted per second', (r) => String(r.segments.perSecond));
  row('segment POST p50 / p99', (r) => `${r.segments.postP50ms} / ${r.segments.postP99ms} ms`);
  row('heap per open call (no segments)', (r) => `${r.heapKBPerCallOpen} KB`);
  row('heap per call after all segments', (r) => `${r.heapKBPerCallWithSegments} KB`);
}
console.log(JSON.stringify(results));
