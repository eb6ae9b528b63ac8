// The hardening attack table, re-run from outside: starts the real server (`zhijian serve --demo` on a fresh
// embedded database, as test/browser/support/server.ts does), then attacks it over HTTP as a security tester would,
// area by area (the guards are described in src/http/request-guards.ts and docs/deploy.md), and prints tried / held / failed per area (and JSON with
// --json FILE). An attack "holds" when the server refuses or neutralises it and stays up; every failure is listed.
//
//   npx tsx scripts/attack/run.ts [--json attack.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, REPO_ROOT } from '../../test/browser/support/server.ts';

interface Account {
  id: string;
  username: string;
  role: string;
  agentId?: string | null;
  teamId?: string | null;
  vendorId?: string | null;
}

type Outcome = { held: true } | { held: false; why: string };
const results: { area: string; attack: string; outcome: Outcome }[] = [];
const held = (): Outcome => ({ held: true });
const failed = (why: string): Outcome => ({ held: false, why });

async function attempt(area: string, attack: string, run: () => Promise<Outcome>): Promise<void> {
  let outcome: Outcome;
  try {
    outcome = await run();
  } catch (e) {
    outcome = failed(`threw ${(e as Error).message}`);
  }
  results.push({ area, attack, outcome });
}

const server = await startServer({ timeoutMs: 240_000 });
const base = server.url;

interface Res {
  status: number;
  text: string;
  headers: Headers;
  ms: number;
}
async function http(
  method: string,
  path: string,
  opts: {
    cookie?: string;
    body?: unknown;
    raw?: string;
    type?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Res> {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.cookie) headers.cookie = opts.cookie;
  let body: string | undefined;
  if (opts.raw !== undefined) {
    body = opts.raw;
    headers['content-type'] = opts.type ?? 'text/plain';
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] = 'application/json';
  }
  const t0 = performance.now();
  const res = await fetch(`${base}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, text, headers: res.headers, ms: performance.now() - t0 };
}
const json = <T>(r: Res): T => JSON.parse(r.text) as T;

async function login(username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: server.passwordOf(username) }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
const alive = async () => (await http('GET', '/api/health')).status === 200;

try {
  const admin = await login('admin');
  const accounts = json<{ items: Account[] }>(await http('GET', '/api/users', { cookie: admin })).items;
  const byRole = (role: string) => accounts.filter((a) => a.role === role);
  const agentAccount = byRole('agent').find((a) => a.agentId);
  const leaderAccount = byRole('team_leader').find((a) => a.teamId);
  const inspectorAccount = byRole('qa_inspector')[0];
  const vendorAccount = byRole('vendor_manager').find((a) => a.vendorId);
  if (!agentAccount || !leaderAccount || !inspectorAccount || !vendorAccount)
    throw new Error('the demo lacks an agent, team leader, inspector or vendor manager account');
  const agent = await login(agentAccount.username);
  const leader = await login(leaderAccount.username);
  const inspector = await login(inspectorAccount.username);
  const vendor = await login(vendorAccount.username);

  type Row = { id: string; agentId: string | null; teamId: string | null; vendorId: string | null };
  const all = json<{ items: Row[] }>(
    await http('GET', '/api/conversations?pageSize=200', { cookie: admin }),
  ).items;

  // ---- Row-level scope (IDOR): reads and writes on rows of other agents, teams and vendors --------------------
  const foreignToAgent = all.filter((c) => c.agentId !== agentAccount.agentId).slice(0, 25);
  for (const c of foreignToAgent) {
    const id = encodeURIComponent(c.id);
    for (const sub of ['', '/workflow', '/recording']) {
      await attempt('row scope (IDOR)', `agent reads ${sub || 'conversation'} of another agent`, async () => {
        const r = await http('GET', `/api/conversations/${id}${sub}`, { cookie: agent });
        return r.status === 404 || r.status === 403 ? held() : failed(`${c.id}${sub}: ${r.status}`);
      });
    }
  }
  const foreignToLeader = all.filter((c) => c.teamId !== leaderAccount.teamId).slice(0, 25);
  for (const c of foreignToLeader) {
    await attempt('row scope (IDOR)', 'team leader reads a call of another team', async () => {
      const r = await http('GET', `/api/conversations/${encodeURIComponent(c.id)}`, { cookie: leader });
      return r.status === 404 || r.status === 403 ? held() : failed(`${c.id}: ${r.status}`);
    });
  }
  const statements = json<{ items: { id: string; vendorId: string }[] }>(
    await http('GET', '/api/settlements', { cookie: admin }),
  ).items.filter((s) => s.vendorId !== vendorAccount.vendorId);
  for (const s of statements.slice(0, 10)) {
    await attempt('row scope (IDOR)', 'vendor manager reads another vendor’s statement', async () => {
      const r = await http('GET', `/api/settlements/${s.id}`, { cookie: vendor });
      return r.status === 404 || r.status === 403 ? held() : failed(`${s.id}: ${r.status}`);
    });
    await attempt('row scope (IDOR)', 'vendor manager confirms another vendor’s statement', async () => {
      const r = await http('POST', `/api/settlements/${s.id}/confirm`, { cookie: vendor, body: {} });
      return r.status === 404 || r.status === 403 ? held() : failed(`${s.id}: ${r.status}`);
    });
  }
  const tasks = json<{ items: { id: number; agentId: string | null }[] }>(
    await http('GET', '/api/review/tasks?pageSize=200', { cookie: admin }),
  ).items.filter((t) => t.agentId !== agentAccount.agentId);
  for (const t of tasks.slice(0, 10)) {
    await attempt('row scope (IDOR)', 'agent appeals another agent’s review', async () => {
      const r = await http('POST', '/api/appeals', {
        cookie: agent,
        body: { taskId: t.id, target: { kind: 'item', item: 'professional.misjudged' }, reason: 'x' },
      });
      return r.status >= 400 && r.status < 500 ? held() : failed(`task ${t.id}: ${r.status}`);
    });
  }

  // ---- Role-level: writes a role may not make ------------------------------------------------------------------
  const roleWrites: [string, string, string, unknown][] = [
    ['agent', 'POST', '/api/users', { username: 'x1', displayName: 'x', role: 'admin' }],
    ['agent', 'POST', '/api/packs', { source: 'id: x' }],
    ['agent', 'PUT', '/api/review/calendar', { from: '2026-10-01', to: '2026-10-02', days: [] }],
    ['team_leader', 'POST', '/api/users', { username: 'x2', displayName: 'x', role: 'admin' }],
    ['qa_inspector', 'POST', '/api/tokens', { name: 'x', role: 'admin' }],
    ['vendor_manager', 'POST', '/api/users', { username: 'x3', displayName: 'x', role: 'admin' }],
  ];
  const cookieOf: Record<string, string> = {
    agent,
    team_leader: leader,
    qa_inspector: inspector,
    vendor_manager: vendor,
  };
  for (const [role, method, path, body] of roleWrites) {
    await attempt('role scope', `${role} ${method} ${path}`, async () => {
      const r = await http(method, path, { cookie: cookieOf[role]!, body });
      // refused by role (403) or, where the role may write but not this (a vendor manager creating an admin), 400
      return r.status === 403 || r.status === 404 || r.status === 400
        ? held()
        : failed(`${r.status} ${r.text.slice(0, 120)}`);
    });
  }

  // ---- SQL injection through every list filter ------------------------------------------------------------------
  const payloads = [
    "' OR 1=1--",
    "'; DROP TABLE users;--",
    '1) OR (1=1',
    "%' UNION SELECT password_hash FROM users--",
    '\\',
    '$$;SELECT 1;$$',
    "' AND pg_sleep(2)--",
  ];
  const lists: [string, string[]][] = [
    ['/api/conversations', ['q', 'agentId', 'teamId', 'rule', 'from', 'to']],
    ['/api/complaints', ['q', 'month', 'status']],
    ['/api/audit', ['entity', 'action', 'actor']],
    ['/api/callers', ['q']],
    ['/api/work-orders', ['q', 'status']],
  ];
  for (const [path, params] of lists) {
    const baseline = await http('GET', path, { cookie: admin });
    const baseTotal = (() => {
      try {
        return json<{ total?: number; items?: unknown[] }>(baseline).total ?? Infinity;
      } catch {
        return Infinity;
      }
    })();
    for (const param of params) {
      for (const p of payloads) {
        await attempt('SQL injection', `${path}?${param}=…`, async () => {
          const r = await http('GET', `${path}?${param}=${encodeURIComponent(p)}`, { cookie: admin });
          if (r.status >= 500) return failed(`${param}=${p}: ${r.status}`);
          if (r.ms > 1900 && p.includes('pg_sleep'))
            return failed(`${param}=${p}: slept ${Math.round(r.ms)} ms`);
          if (/\$argon2/.test(r.text)) return failed(`${param}=${p}: a password hash came back`);
          if (r.status === 200) {
            const total = json<{ total?: number }>(r).total;
            if (total !== undefined && total > baseTotal)
              return failed(`${param}=${p}: ${total} > ${baseTotal} rows`);
          }
          return held();
        });
      }
    }
  }

  // ---- Masking oracle: a role that sees masks rebuilds a number through search -------------------------------
  const PHONE = '13987654321';
  const ingest = await http('POST', '/api/ingest', {
    cookie: admin,
    body: [
      {
        id: `attack-mask-${Date.now()}`,
        channel: 'chat',
        agentId: agentAccount.agentId,
        startedAt: new Date().toISOString(),
        turns: [
          { role: 'customer', text: `我的电话是${PHONE}，请回电` },
          { role: 'agent', text: '好的，马上为您处理' },
        ],
      },
    ],
  });
  const batchId = json<{ batchId: string }>(ingest).batchId;
  for (let i = 0; i < 120; i++) {
    const b = json<{ status: string }>(await http('GET', `/api/ingest/${batchId}`, { cookie: admin }));
    if (b.status === 'done' || b.status === 'failed') break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const searchTotal = async (cookie: string, q: string) =>
    json<{ total: number }>(await http('GET', `/api/conversations?q=${encodeURIComponent(q)}`, { cookie }))
      .total;
  for (const q of ['1398765', '8765432', '87654321', '139876543', '3987654321', '１３９８７６５']) {
    await attempt('masking oracle', `inspector searches digits ${q}`, async () => {
      const n = await searchTotal(inspector, q);
      return n === 0 ? held() : failed(`search ${q} found ${n}: the digits are confirmed`);
    });
  }
  await attempt('masking oracle', 'admin (sees numbers) still finds the number', async () =>
    (await searchTotal(admin, PHONE)) > 0 ? held() : failed('admin search found nothing'),
  );
  for (const [name, cookie] of [
    ['inspector', inspector],
    ['team leader', leader],
  ] as const) {
    await attempt('masking', `${name}'s conversation list and export carry no full number`, async () => {
      const r = await http('GET', '/api/conversations?pageSize=200', { cookie });
      return r.text.includes(PHONE) ? failed('the full number is in the list') : held();
    });
  }

  // ---- Cross-site writes with the session cookie -----------------------------------------------------------------
  const csrfHeaders: Record<string, string>[] = [
    { 'sec-fetch-site': 'same-site' },
    { 'sec-fetch-site': 'cross-site' },
    { origin: 'http://127.0.0.1:1' },
    { origin: 'http://evil.example' },
    { origin: 'null' },
  ];
  for (const h of csrfHeaders) {
    await attempt('cross-site writes', `POST /api/users with ${JSON.stringify(h)}`, async () => {
      const r = await http('POST', '/api/users', {
        cookie: admin,
        headers: h,
        body: { username: `csrf${Math.random().toString(36).slice(2, 8)}`, displayName: 'x', role: 'admin' },
      });
      return r.status === 403 ? held() : failed(`${r.status}`);
    });
    await attempt('cross-site writes', `POST /api/ingest with ${JSON.stringify(h)}`, async () => {
      const r = await http('POST', '/api/ingest', { cookie: admin, headers: h, body: [] });
      return r.status === 403 ? held() : failed(`${r.status}`);
    });
  }

  // ---- Hostile records: the fuzz corpus through ingest, the server stays up and keeps the valid ones ----------
  const corpus = readFileSync(join(REPO_ROOT, 'src/ingest/fixtures/hostile-records.jsonl'), 'utf8');
  const expected = JSON.parse(
    readFileSync(join(REPO_ROOT, 'src/ingest/fixtures/hostile-records.expected.json'), 'utf8'),
  ) as { line: number; ok: boolean }[];
  await attempt('hostile records', `fuzz corpus (${expected.length} records) as JSONL`, async () => {
    const r = await http('POST', '/api/ingest', { cookie: admin, raw: corpus, type: 'application/x-ndjson' });
    if (r.status >= 300) return failed(`ingest answered ${r.status} ${r.text.slice(0, 200)}`);
    const id = json<{ batchId: string }>(r).batchId;
    for (let i = 0; i < 240; i++) {
      const b = json<{ status: string; accepted: number; errors: { line: number }[] }>(
        await http('GET', `/api/ingest/${id}`, { cookie: admin }),
      );
      if (b.status === 'done') {
        const want = expected.filter((e) => e.ok).length;
        const bad = new Set(expected.filter((e) => !e.ok).map((e) => e.line));
        const reported = new Set(b.errors.map((e) => e.line));
        if (b.accepted !== want) return failed(`accepted ${b.accepted}, expected ${want}`);
        const missing = [...bad].filter((l) => !reported.has(l));
        return missing.length === 0 ? held() : failed(`bad lines not reported: ${missing.join(', ')}`);
      }
      if (b.status === 'failed') return failed('the batch failed');
      await new Promise((res) => setTimeout(res, 250));
    }
    return failed('the batch never finished');
  });
  await attempt('hostile records', 'server alive after the corpus', async () =>
    (await alive()) ? held() : failed('/api/health is down'),
  );

  // ---- Request validation at the boundary -------------------------------------------------------------------------
  const boundary: [string, () => Promise<Res>, (r: Res) => boolean][] = [
    [
      'NUL in a query parameter',
      () => http('GET', '/api/conversations?q=a%00b', { cookie: admin }),
      (r) => r.status === 400,
    ],
    [
      'lone surrogate in a JSON body',
      () =>
        http('POST', '/api/complaints', {
          cookie: admin,
          raw: '{"description":"\\ud800"}',
          type: 'application/json',
        }),
      (r) => r.status === 400,
    ],
    [
      'JSON nested 5,000 deep',
      () =>
        http('POST', '/api/complaints', {
          cookie: admin,
          raw: `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
          type: 'application/json',
        }),
      (r) => r.status === 400 || r.status === 413,
    ],
    [
      '20 MB body on a small route',
      () =>
        http('POST', '/api/complaints', {
          cookie: admin,
          raw: JSON.stringify({ description: 'x'.repeat(20 * 1024 * 1024) }),
          type: 'application/json',
        }),
      (r) => r.status === 413,
    ],
    [
      'YAML alias bomb as a pack',
      () =>
        http('POST', '/api/packs', {
          cookie: admin,
          raw: [
            'a: &a ["x","x","x","x","x","x","x","x","x"]',
            ...'bcdefghij'
              .split('')
              .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(',')}]`),
          ].join('\n'),
          type: 'text/yaml',
        }),
      (r) => r.status === 400 || r.status === 413,
    ],
    [
      'a weak password (1234567890) for a new user',
      () =>
        http('POST', '/api/users', {
          cookie: admin,
          body: { username: `weak${Date.now()}`, displayName: 'x', role: 'agent', password: '1234567890' },
        }),
      (r) => r.status === 400,
    ],
    [
      'whitespace-only id in ingest',
      () => http('POST', '/api/ingest', { cookie: admin, body: [{ id: '   ', channel: 'chat', turns: [] }] }),
      (r) => r.status === 400 || (r.status < 300 && !/"accepted":\s*1/.test(r.text)),
    ],
    [
      'unknown /api path answers JSON 404',
      () => http('GET', '/api/definitely-not-here'),
      (r) => r.status === 404 && r.headers.get('content-type')?.includes('json') === true,
    ],
    [
      '/api/health shows no error text',
      () => http('GET', '/api/health'),
      (r) => r.status === 200 && !/error|stack|ECONN/i.test(r.text),
    ],
  ];
  for (const [name, run, ok] of boundary) {
    await attempt('request validation', name, async () => {
      const r = await run();
      return ok(r) ? held() : failed(`${r.status} ${r.text.slice(0, 160)}`);
    });
  }
  await attempt('request validation', 'server alive after the malformed requests', async () =>
    (await alive()) ? held() : failed('/api/health is down'),
  );

  // ---- Response headers -------------------------------------------------------------------------------------------------
  for (const path of ['/', '/conversations', '/api/health', '/api/conversations']) {
    await attempt('security headers', `headers of ${path}`, async () => {
      const r = await http('GET', path, { cookie: admin });
      const h = r.headers;
      const missing = [
        /frame-ancestors 'none'/.test(h.get('content-security-policy') ?? '') ? null : 'CSP frame-ancestors',
        h.get('x-frame-options') === 'DENY' ? null : 'X-Frame-Options',
        h.get('x-content-type-options') === 'nosniff' ? null : 'nosniff',
        h.get('referrer-policy') ? null : 'Referrer-Policy',
      ].filter(Boolean);
      return missing.length === 0 ? held() : failed(`missing ${missing.join(', ')}`);
    });
  }

  // ---- Login throttle: a forged X-Forwarded-For does not buy more guesses ---------------------------------------
  await attempt('login throttle', '30 wrong passwords with a new X-Forwarded-For each', async () => {
    let throttled = false;
    for (let i = 0; i < 30 && !throttled; i++) {
      const r = await http('POST', '/api/auth/login', {
        body: { username: inspectorAccount.username, password: `wrong-${i}` },
        headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
      });
      throttled = r.status === 429;
    }
    return throttled ? held() : failed('never throttled');
  });

  // ---- Regular expressions an admin uploads cannot block the server ---------------------------------------------
  await attempt('ReDoS', '`(a+)+$` in a published pack, then a 29-character assist request', async () => {
    const packs = json<{ items: { id: string; label: string; current: boolean }[] }>(
      await http('GET', '/api/packs', { cookie: admin }),
    ).items;
    const current = packs.find((p) => p.current);
    if (!current) return failed('no current pack');
    const source = readFileSync(join(REPO_ROOT, 'packs/default/pack.yaml'), 'utf8')
      .replace(/^version: .*$/m, 'version: 9.9.9')
      .replace("pattern: '[啊喂哎唉]+'", () => "pattern: '(a+)+$'");
    const up = await http('POST', '/api/packs', { cookie: admin, raw: source, type: 'text/yaml' });
    if (up.status >= 300) return failed(`upload ${up.status} ${up.text.slice(0, 160)}`);
    const pub = await http('POST', '/api/packs/default/9.9.9/publish', { cookie: admin, body: {} });
    if (pub.status >= 300) return failed(`publish ${pub.status}`);
    const r = await http('POST', '/api/assist/check', {
      cookie: admin,
      body: { text: `${'a'.repeat(28)}!` },
    });
    const back = await http('POST', `/api/packs/${current.id}/${current.label}/publish`, {
      cookie: admin,
      body: {},
    });
    if (back.status >= 300) return failed(`roll back to ${current.label}: ${back.status}`);
    return r.status === 200 && r.ms < 1000 ? held() : failed(`assist ${r.status} in ${Math.round(r.ms)} ms`);
  });
  await attempt('ReDoS', 'server alive at the end', async () => ((await alive()) ? held() : failed('down')));
} finally {
  await server.stop();
}

// ---- Report -------------------------------------------------------------------------------------------------------
const areas = new Map<string, { tried: number; held: number; failed: string[] }>();
for (const r of results) {
  const a = areas.get(r.area) ?? { tried: 0, held: 0, failed: [] };
  a.tried++;
  if (r.outcome.held) a.held++;
  else a.failed.push(`${r.attack}: ${r.outcome.why}`);
  areas.set(r.area, a);
}
console.log('| area | tried | held | failed |');
console.log('|---|---|---|---|');
for (const [area, a] of areas) console.log(`| ${area} | ${a.tried} | ${a.held} | ${a.failed.length} |`);
const failures = [...areas].flatMap(([area, a]) => a.failed.map((f) => `${area}: ${f}`));
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `- ${f}`).join('\n')}`);
const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0 && process.argv[jsonAt + 1]) {
  writeFileSync(
    process.argv[jsonAt + 1]!,
    JSON.stringify({ at: new Date().toISOString(), areas: Object.fromEntries(areas), results }, null, 2),
  );
}
process.exitCode = failures.length > 0 ? 1 : 0;
