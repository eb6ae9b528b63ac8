// `npm run bench:lookup [-- --entries 1000000 --n 20000 --c 16 --json]`: the IVR blocklist lookup with 1M entries.
// Opens a fresh PGlite folder, writes N active blocklist entries in SQL (mobiles 13000000000 + i, a tenth of them
// periodic), loads the in-memory index as a server process does at start (time and heap growth), then measures
//  1. the index alone: p50/p99 per lookup and lookups per second (half hits, half misses);
//  2. the real endpoint over loopback HTTP with an API token: the `server-timing` lookup and total durations
//     (auth = the token check against the database, reported separately), client latency and throughput.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../../src/http/app.ts';
import type { AppContext } from '../../src/http/context.ts';
import { login, seedUsers } from '../../src/http/testing/test-app.ts';
import { parseSettings } from '../../src/settings/settings.ts';
import { openStore } from '../../src/store/index.ts';
import { lookupIndex } from '../../src/telephony/lookup-index.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000000' },
    n: { type: 'string', default: '20000' },
    c: { type: 'string', default: '16' },
    json: { type: 'boolean', default: false },
  },
});
const entries = Number(values.entries);
const n = Number(values.n);
const concurrency = Number(values.c);
const pct = (s: number[], p: number) =>
  s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
const number = (i: number) => String(13_000_000_000 + ((i * 7919) % (2 * entries)));
const mb = (b: number) => Math.round(b / 1048576);

const dir = mkdtempSync(join(tmpdir(), 'zhijian-bench-lookup-'));
const store = await openStore({ dataDir: dir });
try {
  const t0 = performance.now();
  await store.sql(
    `insert into blocklist_entries (id, number, class, reason, period_kind, state, decided_by, operated_by,
       activated_at, until, source, created_at, updated_at)
     select 'blk-' || i, (13000000000 + i * 2)::text, 'harassment', 'bench', case when i % 10 = 0 then 'month' else 'permanent' end,
            'active', 'bench', 'bench', now(), case when i % 10 = 0 then now() + interval '30 days' end, 'manual', now(), now()
       from generate_series(0, $1::int - 1) as i`,
    [entries],
  );
  const insertS = (performance.now() - t0) / 1000;

  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t1 = performance.now();
  const live = lookupIndex(store, 3_600_000);
  await live.ready;
  const loadS = (performance.now() - t1) / 1000;
  global.gc?.();
  const heapMb = mb(process.memoryUsage().heapUsed - heap0);

  // 1. The index alone.
  const idx = live.index;
  const nowMs = Date.now();
  const keys = Array.from({ length: n }, (_, i) => number(i));
  const each: number[] = [];
  let hits = 0;
  for (const k of keys) {
    const a = performance.now();
    if (idx.lookup(k, nowMs).blocked) hits++;
    each.push((performance.now() - a) * 1000);
  }
  each.sort((a, b) => a - b);
  const tb = performance.now();
  for (let r = 0; r < 5; r++) for (const k of keys) idx.lookup(k, nowMs);
  const indexPerSec = Math.round((5 * n) / ((performance.now() - tb) / 1000));

  // 2. The endpoint.
  await seedUsers(store, [{ username: 'bench-admin', role: 'admin' }]);
  const ctx: AppContext = {
    store,
    settings: parseSettings({}),
    now: () => new Date(),
    queueHealth: null,
    loginThrottle: { state: new Map() },
  };
  const app = await buildApp({ ctx, logger: false });
  const cookie = await login(app, 'bench-admin');
  const tok = await app.inject({
    method: 'POST',
    url: '/api/tokens',
    headers: { cookie },
    payload: { name: 'switch', actions: ['ivr.lookup'] },
  });
  const secret = tok.json<{ secret: string }>().secret;
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const httpN = Math.min(n, 5000);
  const rows: { ms: number; lookup: number; total: number; auth: number }[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < httpN) {
        const i = next++;
        const a = performance.now();
        const res = await fetch(`${base}/api/ivr/lookup?number=${number(i)}`, {
          headers: { authorization: `Bearer ${secret}` },
        });
        await res.arrayBuffer();
        const st = res.headers.get('server-timing') ?? '';
        const f = (name: string) => Number(new RegExp(`${name};dur=([\\d.]+)`).exec(st)?.[1]);
        rows.push({ ms: performance.now() - a, lookup: f('lookup'), total: f('total'), auth: f('auth') });
      }
    }),
  );
  const httpPerSec = Math.round(httpN / ((performance.now() - started) / 1000));
  await app.close();
  const col = (k: keyof (typeof rows)[number]) => rows.map((r) => r[k]).sort((a, b) => a - b);
  const [lk, tot, au, cl] = [col('lookup'), col('total'), col('auth'), col('ms')];
  const result = {
    entries,
    insertSeconds: +insertS.toFixed(1),
    indexLoadSeconds: +loadS.toFixed(2),
    indexHeapMB: heapMb,
    rssMB: mb(process.memoryUsage().rss),
    index: {
      lookups: n,
      hitRate: +(hits / n).toFixed(2),
      p50us: +pct(each, 50).toFixed(2),
      p99us: +pct(each, 99).toFixed(2),
      perSecond: indexPerSec,
    },
    http: {
      requests: httpN,
      concurrency,
      serverLookupP50ms: pct(lk, 50),
      serverLookupP99ms: pct(lk, 99),
      serverAuthP50ms: pct(au, 50),
      serverAuthP99ms: pct(au, 99),
      serverTotalP50ms: pct(tot, 50),
      serverTotalP99ms: pct(tot, 99),
      clientP50ms: +pct(cl, 50).toFixed(2),
      clientP99ms: +pct(cl, 99).toFixed(2),
      perSecond: httpPerSec,
    },
  };
  if (!values.json) {
    console.log(`blocklist lookup, ${entries} active entries (PGlite)`);
    console.log('| measure | value |\n|---|---|');
    console.log(`| insert entries (SQL) | ${result.insertSeconds} s |`);
    console.log(`| index load at start | ${result.indexLoadSeconds} s |`);
    console.log(`| index heap | ${heapMb} MB (process RSS ${result.rssMB} MB) |`);
    console.log(`| index lookup p50 / p99 | ${result.index.p50us} / ${result.index.p99us} µs |`);
    console.log(`| index lookups per second | ${indexPerSec} |`);
    console.log(
      `| HTTP server-timing lookup p50 / p99 | ${result.http.serverLookupP50ms} / ${result.http.serverLookupP99ms} ms |`,
    );
    console.log(
      `| HTTP server-timing auth p50 / p99 | ${result.http.serverAuthP50ms} / ${result.http.serverAuthP99ms} ms |`,
    );
    console.log(
      `| HTTP server-timing total p50 / p99 | ${result.http.serverTotalP50ms} / ${result.http.serverTotalP99ms} ms |`,
    );
    console.log(
      `| HTTP client p50 / p99 (c=${concurrency}) | ${result.http.clientP50ms} / ${result.http.clientP99ms} ms |`,
    );
    console.log(`| HTTP requests per second | ${httpPerSec} |`);
  }
  console.log(JSON.stringify(result));
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
