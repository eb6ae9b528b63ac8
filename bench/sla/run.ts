// `npm run bench:sla [-- --orders 100000 --due 500 --runs 5 --json --no-postgres]`: the SLA breach scan
// (src/service/sla-scan.ts) over 100k open work orders, on PGlite and on PostgreSQL (127.0.0.1:5432, a fresh
// database created next to `test` and dropped afterwards; skipped when unreachable).
// Seeds, in SQL, 20 branches with one back-office user each, two expert seats, three SLA policies in calendar hours
// and N open orders spread over them, each with an event history (half replied, a fifth urged, a tenth paused and
// resumed) whose cached SLA columns agree with the clock. `--due` orders are past their deadline and as many are
// within the reminder lead; the rest are due later. Then measures
//  1. the steady-state scan: the minute-by-minute job when nothing new is due (the claim query over the open orders),
//     median of `--runs`, with and without the partial index on next_due_at;
//  2. the backlog scan: `--due` escalations (event, SLA recompute, audit, notifications) and `--due` reminders,
//     median of 3 runs (the notified marks, escalate events and notifications are reset between runs).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { seedUsers } from '../../src/http/testing/test-app.ts';
import { scanSla, type SlaScanResult } from '../../src/service/sla-scan.ts';
import { openStore, type Store } from '../../src/store/index.ts';

const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '100000' },
    due: { type: 'string', default: '500' },
    runs: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
    'no-postgres': { type: 'boolean', default: false },
  },
});
const N = Number(values.orders);
const DUE = Number(values.due);
const RUNS = Number(values.runs);
const BRANCHES = 20;
const TZ = 'Asia/Shanghai';
const ADMIN_URL = process.env.ZHIJIAN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const NOW = new Date('2026-10-20T04:00:00Z');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};
const ms = (t0: number) => +(performance.now() - t0).toFixed(1);

async function seed(store: Store): Promise<number> {
  const t0 = performance.now();
  await store.sql(
    `insert into branches (id, name, kind) select 'b' || i, '网点' || i, 'branch' from generate_series(1, $1::int) i`,
    [BRANCHES],
  );
  await store.sql(
    `insert into sla_policies (id, name, reply, resolve) values
       ('p4', '4h/24h', '{"hours":4}', '{"hours":24}'),
       ('p8', '8h/48h', '{"hours":8}', '{"hours":48}'),
       ('p24', '24h/72h', '{"hours":24}', '{"hours":72}')`,
  );
  await seedUsers(store, [
    ...Array.from({ length: BRANCHES }, (_, i) => ({
      username: `bo${i + 1}`,
      role: 'back_office' as const,
      branchId: `b${i + 1}`,
    })),
    { username: 'expert1', role: 'expert_seat' },
    { username: 'expert2', role: 'expert_seat' },
  ]);
  // Order i: its outstanding deadline `due`; past for the first DUE, within the 4 h reminder lead for the next DUE,
  // later for the rest (spread over ten days). Even orders are replied (the deadline is the resolve one).
  await store.sql(
    `with o as (
       select i,
              (array['p4','p8','p24'])[1 + i % 3] as policy,
              (array[4,8,24])[1 + i % 3] as reply_h,
              (array[24,48,72])[1 + i % 3] as resolve_h,
              i % 2 = 0 as replied,
              case when i < $2::int then $3::timestamptz - ((1 + i % 600) || ' minutes')::interval
                   when i < 2 * $2::int then $3::timestamptz + ((1 + i % 230) || ' minutes')::interval
                   else $3::timestamptz + ((300 + i % 14400) || ' minutes')::interval end as due
         from generate_series(0, $1::int - 1) i),
     c as (select *, due - ((case when replied then resolve_h else reply_h end) || ' hours')::interval as created
             from o)
     insert into work_orders (id, title, branch_id, priority, policy_id, created_at, state, sla_state,
       reply_due_at, resolve_due_at, next_due_at, replied_at, reply_late, resolve_late, bounce_backs, redos,
       updated_at)
     select 'wo-' || i, '工单 ' || i, 'b' || (1 + i % ${BRANCHES}), 'normal', policy, created,
            case when replied then 'replied' else 'open' end,
            case when due <= $3::timestamptz then 'breached'
                 when due <= $3::timestamptz + interval '4 hours' then 'at-risk' else 'on-track' end,
            created + (reply_h || ' hours')::interval, created + (resolve_h || ' hours')::interval, due,
            case when replied then created + interval '1 hour' end,
            false, false, 0, 0, $3::timestamptz
       from c`,
    [N, DUE, NOW.toISOString()],
  );
  await store.sql(
    `insert into work_order_events (order_id, type, at, recorded_at)
     select id, 'reply', replied_at, replied_at from work_orders where replied_at is not null
     union all
     select id, 'urge', created_at + interval '30 minutes', created_at + interval '30 minutes'
       from work_orders where (substr(id, 4))::int % 5 = 0
     union all
     select id, e.type, created_at + e.off, created_at + e.off
       from work_orders, (values ('pause', interval '10 minutes'), ('resume', interval '10 minutes')) e(type, off)
      where (substr(id, 4))::int % 10 = 3`,
  );
  await store.sql('analyze');
  return ms(t0) / 1000;
}

async function resetMarks(store: Store): Promise<void> {
  await store.sql(`delete from work_order_events where type = 'escalate'`);
  await store.sql(`delete from notifications`);
  await store.sql(`update work_orders set reminded_due_at = null, escalated_due_at = null
                    where reminded_due_at is not null or escalated_due_at is not null`);
}

interface DriverResult {
  driver: string;
  orders: number;
  events: number;
  seedSeconds: number;
  steadyMs: number;
  steadyNoIndexMs: number;
  backlogMs: number;
  backlog: SlaScanResult;
  notifications: number;
}

async function measure(driver: string, store: Store): Promise<DriverResult> {
  const seedSeconds = +(await seed(store)).toFixed(1);
  const [{ n: events }] = (await store.sql<{ n: number }>('select count(*)::int as n from work_order_events'))
    .rows as [{ n: number }];
  // 2. backlog first (the seeded due orders), median of 3 with a reset between runs
  const backlogRuns: number[] = [];
  let backlog: SlaScanResult = { scanned: 0, reminded: 0, escalated: 0 };
  let notifications = 0;
  for (let r = 0; r < 3; r++) {
    if (r > 0) await resetMarks(store);
    const t0 = performance.now();
    backlog = await scanSla(store, NOW, TZ);
    backlogRuns.push(ms(t0));
    notifications = (
      (await store.sql<{ n: number }>('select count(*)::int as n from notifications')).rows[0] as {
        n: number;
      }
    ).n;
  }
  // 1. steady state: everything due is already handled
  const steady: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const res = await scanSla(store, NOW, TZ);
    steady.push(ms(t0));
    if (res.scanned !== 0) throw new Error(`steady scan handled ${res.scanned} orders`);
  }
  await store.sql('drop index work_orders_next_due_idx');
  const noIndex: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    await scanSla(store, NOW, TZ);
    noIndex.push(ms(t0));
  }
  await store.sql(
    'create index work_orders_next_due_idx on work_orders (next_due_at) where next_due_at is not null',
  );
  return {
    driver,
    orders: N,
    events,
    seedSeconds,
    steadyMs: median(steady),
    steadyNoIndexMs: median(noIndex),
    backlogMs: median(backlogRuns),
    backlog,
    notifications,
  };
}

const results: DriverResult[] = [];
const dir = mkdtempSync(join(tmpdir(), 'zhijian-bench-sla-'));
try {
  const store = await openStore({ dataDir: dir });
  try {
    results.push(await measure('PGlite', store));
  } finally {
    await store.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (!values['no-postgres']) {
  const name = `zhijian_bench_sla_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  let created = false;
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
    created = true;
  } catch (e) {
    console.error(`PostgreSQL skipped: ${(e as Error).message}`);
  }
  if (created) {
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    try {
      const store = await openStore({ dataDir: '', databaseUrl: url.toString(), poolSize: 5 });
      try {
        results.push(await measure('PostgreSQL', store));
      } finally {
        await store.close();
      }
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
    }
  }
  await admin.end().catch(() => undefined);
}

if (values.json) console.log(JSON.stringify({ orders: N, due: DUE, runs: RUNS, results }, null, 2));
else {
  console.log(`SLA scan over ${N} open work orders (${DUE} past due, ${DUE} within the reminder lead)`);
  console.log(
    '| driver | events | seed | steady scan (median) | steady scan, no next_due index | backlog scan (median of 3) | escalated / reminded | notifications |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of results)
    console.log(
      `| ${r.driver} | ${r.events} | ${r.seedSeconds} s | ${r.steadyMs} ms | ${r.steadyNoIndexMs} ms | ${r.backlogMs} ms | ${r.backlog.escalated} / ${r.backlog.reminded} | ${r.notifications} |`,
    );
}
