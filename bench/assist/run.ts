// `npm run bench:assist [-- --n 5000 --c 16 --json]`: agent assist latency under load. Starts the real app
// in-process on a fresh PGlite folder with the default pack published, logs in an agent, and fires N requests of
// POST /api/assist/check with concurrency C over loopback HTTP (keep-alive). Prints client-side latency
// percentiles and throughput, and the server's own time from the `server-timing` header (target: well under
// 10 ms of server time per check).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../../src/http/app.ts';
import type { AppContext } from '../../src/http/context.ts';
import { seedUsers, login } from '../../src/http/testing/test-app.ts';
import { ensureDefaultPack } from '../../src/qa/packs.ts';
import { parseSettings } from '../../src/settings/settings.ts';
import { openStore } from '../../src/store/index.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '5000' },
    c: { type: 'string', default: '16' },
    warmup: { type: 'string', default: '300' },
    json: { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const concurrency = Number(values.c);

/** Outgoing chat messages (invented): courteous ones, and ones with forbidden phrases, shirking, fillers. */
const MESSAGES = [
  '您好，很高兴为您服务，请问有什么可以帮您？',
  '好的，您的订单已经为您加急处理，预计明天上午送达。',
  '这个不归我管，你找别人吧。',
  '我不是跟你说过了吗，系统就是这么规定的。',
  '啊，这个嘛，我试试看吧。',
  '非常抱歉给您带来不便，我马上为您登记，稍后专员会联系您。',
  '你听我说，你自己去看一下短信就知道了。',
  '亲，您的退款已经提交，三个工作日内原路退回哦。',
  '不知道您方便提供一下手机号后四位吗？',
  '你到底想怎么样？我要下班了，明天找其他客服吧。',
];

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

const dir = mkdtempSync(join(tmpdir(), 'zhijian-bench-assist-'));
const store = await openStore({ dataDir: dir });
const now = new Date();
await ensureDefaultPack(store, now);
await seedUsers(store, [{ username: 'bench-agent', role: 'agent' }]);
const ctx: AppContext = {
  store,
  settings: parseSettings({}),
  now: () => new Date(),
  queueHealth: null,
  loginThrottle: { state: new Map() },
};
const app = await buildApp({ ctx, logger: false });
const cookie = await login(app, 'bench-agent');
const base = await app.listen({ port: 0, host: '127.0.0.1' });

async function one(i: number): Promise<{ ms: number; serverMs: number; checkMs: number }> {
  const t0 = performance.now();
  const res = await fetch(`${base}/api/assist/check`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ text: MESSAGES[i % MESSAGES.length] }),
  });
  await res.arrayBuffer();
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  const timing = res.headers.get('server-timing') ?? '';
  const total = /total;dur=([\d.]+)/.exec(timing)?.[1];
  const check = /check;dur=([\d.]+)/.exec(timing)?.[1];
  return { ms, serverMs: Number(total), checkMs: Number(check) };
}

async function run(count: number) {
  const out: { ms: number; serverMs: number; checkMs: number }[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) out.push(await one(next++));
    }),
  );
  return { out, seconds: (performance.now() - started) / 1000 };
}

try {
  await run(Number(values.warmup));
  const { out, seconds } = await run(n);
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return {
      p50: percentile(s, 50),
      p95: percentile(s, 95),
      p99: percentile(s, 99),
      max: s[s.length - 1] ?? NaN,
    };
  };
  const report = {
    requests: n,
    concurrency,
    throughputPerSecond: n / seconds,
    client: stats(out.map((o) => o.ms)),
    server: stats(out.map((o) => o.serverMs)),
    check: stats(out.map((o) => o.checkMs)),
  };
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else {
    const f = (x: number) => x.toFixed(2).padStart(8);
    console.log(
      `POST /api/assist/check: ${n} requests, concurrency ${concurrency}, ${report.throughputPerSecond.toFixed(0)} req/s`,
    );
    console.log(
      `${'latency (ms)'.padEnd(26)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)}`,
    );
    for (const [label, s] of [
      ['client (round trip)', report.client],
      ['server (server-timing)', report.server],
      ['check alone', report.check],
    ] as const) {
      console.log(`${label.padEnd(26)} ${f(s.p50)} ${f(s.p95)} ${f(s.p99)} ${f(s.max)}`);
    }
  }
} finally {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
