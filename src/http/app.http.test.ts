// The HTTP API in-process against the real database, on PGlite and PostgreSQL: login, scopes, masking,
// health, stats, OpenAPI and the error table.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveResult, saveRulePack, upsertConversation } from '../store/index.ts';
import { conversation, seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { login, seedUsers, testApp } from './testing/test-app.ts';
import { POLICY, can } from '../core/auth/policy.ts';
import type { Action } from '../core/auth/policy.ts';

const NOW = new Date('2026-10-20T04:00:00Z');

describe.each(await testDrivers())('HTTP API on $kind', (driver) => {
  const t = useTestStore(driver);
  let app: FastifyInstance;
  const skip = driver.kind === 'postgres' && !driver.available;

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [
      { username: 'admin', role: 'admin' },
      { username: 'a001', role: 'agent', agentId: 'A001' },
      { username: 'tl1', role: 'team_leader', teamId: 'T1' },
      { username: 'pm2', role: 'vendor_manager', vendorId: 'V2' },
      { username: 'qa', role: 'qa_inspector' },
    ]);
    await saveRulePack(store, { id: 'default', version: 1_000_000, name: '默认', body: {} });
    const calls = [
      conversation('c-1', {
        agentId: 'A001',
        startedAt: '2026-10-08T09:30:00+08:00',
        turns: [
          { role: 'agent', text: '您好，很高兴为您服务', startMs: 0, endMs: 2000 },
          { role: 'customer', text: '我的手机号是13812345678', startMs: 2500, endMs: 5000 },
        ],
      }),
      conversation('c-2', { agentId: 'A002', startedAt: '2026-10-09T23:30:00+08:00' }),
      conversation('c-3', { agentId: 'A003', startedAt: '2026-10-10T10:00:00+08:00' }),
    ];
    const scope = { A001: ['T1', 'V1'], A002: ['T2', 'V1'], A003: ['T3', 'V2'] } as const;
    for (const c of calls) {
      const [teamId, vendorId] = scope[c.agentId as keyof typeof scope];
      await upsertConversation(store, c, { teamId, vendorId });
      await saveResult(store, {
        conversationId: c.id,
        conversationVersion: 1,
        packId: 'default',
        packVersion: 1_000_000,
        machineScore: c.id === 'c-1' ? 85 : 95,
        total: c.id === 'c-1' ? 85 : 95,
        fatal: false,
        categories: { professional: 30, attitude: 40, language: c.id === 'c-1' ? 15 : 25 },
        hits:
          c.id === 'c-1'
            ? [
                {
                  rule: 'forbidden-phrase',
                  category: 'language',
                  turn: 1,
                  start: 6,
                  end: 17,
                  text: '13812345678',
                  deduction: 1,
                },
              ]
            : [],
      });
    }
    app = (await testApp(store, () => NOW)).app;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers health with the database kind and the queue', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      ok: true,
      database: { ok: true, kind: driver.kind },
      queue: { ok: true },
    });
  });

  it('serves the OpenAPI document', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/conversations',
        '/api/conversations/{id}',
        '/api/health',
      ]),
    );
  });

  it('refuses wrong passwords with 401, sets an httpOnly SameSite cookie on success', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'nope' },
    });
    expect(bad.statusCode).toBe(401);
    expect(bad.json()).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
    const ok = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'test-password-1' },
    });
    expect(ok.statusCode).toBe(200);
    const cookie = ok.cookies.find((c) => c.name === 'zhijian_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('tells the session which policy actions its role may perform, exactly those of the policy table', async () => {
    for (const [username, role] of [
      ['admin', 'admin'],
      ['a001', 'agent'],
      ['qa', 'qa_inspector'],
    ] as const) {
      const cookie = await login(app, username);
      const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
      expect(me.statusCode).toBe(200);
      const { user } = me.json<{ user: { role: string; actions: string[] } }>();
      expect(user.role).toBe(role);
      const expected = (Object.keys(POLICY) as Action[]).filter((a) => can({ role }, a));
      expect(user.actions).toEqual(expected);
    }
    const agent = await login(app, 'a001');
    const { user } = (
      await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: agent } })
    ).json<{
      user: { actions: string[] };
    }>();
    expect(user.actions).toContain('appeals.file');
    expect(user.actions).not.toContain('packs.write');
  });

  it('rejects a malformed body with BAD_INPUT naming the field', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'BAD_INPUT' } });
  });

  it('requires a session for data', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/conversations' });
    expect(res.statusCode).toBe(401);
  });

  it('scopes the list: admin all, agent own, team leader team, vendor manager vendor', async () => {
    const ids = async (user: string) => {
      const res = await app.inject({
        method: 'GET',
        url: '/api/conversations',
        headers: { cookie: await login(app, user) },
      });
      expect(res.statusCode).toBe(200);
      return res
        .json<{ items: { id: string }[] }>()
        .items.map((i) => i.id)
        .sort();
    };
    expect(await ids('admin')).toEqual(['c-1', 'c-2', 'c-3']);
    expect(await ids('a001')).toEqual(['c-1']);
    expect(await ids('tl1')).toEqual(['c-1']);
    expect(await ids('pm2')).toEqual(['c-3']);
  });

  it('an agent asking for another agent’s calls gets nothing, and their detail is 404', async () => {
    const cookie = await login(app, 'a001');
    const list = await app.inject({
      method: 'GET',
      url: '/api/conversations?agentId=A003',
      headers: { cookie },
    });
    expect(list.json()).toMatchObject({ items: [], total: 0 });
    const detail = await app.inject({ method: 'GET', url: '/api/conversations/c-3', headers: { cookie } });
    expect(detail.statusCode).toBe(404);
  });

  it('returns the transcript with its result, masking personal numbers for QA but not for admin', async () => {
    const asQa = await app.inject({
      method: 'GET',
      url: '/api/conversations/c-1',
      headers: { cookie: await login(app, 'qa') },
    });
    expect(asQa.statusCode).toBe(200);
    const body = asQa.json<{
      conversation: { turns: { text: string }[] };
      result: { score: { total: number }; hits: { text: string }[] };
      agentName: string;
    }>();
    expect(body.conversation.turns[1]!.text).toBe('我的手机号是138****5678');
    expect(body.result.hits[0]!.text).toBe('138****5678');
    expect(body.result.score.total).toBe(85);
    expect(body.agentName).toBe('张敏');
    const asAdmin = await app.inject({
      method: 'GET',
      url: '/api/conversations/c-1',
      headers: { cookie: await login(app, 'admin') },
    });
    expect(asAdmin.json<{ conversation: { turns: { text: string }[] } }>().conversation.turns[1]!.text).toBe(
      '我的手机号是13812345678',
    );
  });

  it('filters by score range and text', async () => {
    const cookie = await login(app, 'admin');
    const low = await app.inject({
      method: 'GET',
      url: '/api/conversations?maxScore=90',
      headers: { cookie },
    });
    expect(low.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual(['c-1']);
    const text = await app.inject({
      method: 'GET',
      url: `/api/conversations?q=${encodeURIComponent('宽带又断')}`,
      headers: { cookie },
    });
    expect(
      text
        .json<{ items: { id: string }[] }>()
        .items.map((i) => i.id)
        .sort(),
    ).toEqual(['c-2', 'c-3']);
  });

  it('gives per-day counts in the contact center’s zone and the score distribution', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/stats/overview?from=${encodeURIComponent('2026-10-08T00:00:00+08:00')}&to=${encodeURIComponent('2026-10-11T00:00:00+08:00')}`,
      headers: { cookie: await login(app, 'admin') },
    });
    expect(res.statusCode).toBe(200);
    const s = res.json<{
      total: number;
      avgScore: number;
      perDay: { date: string; count: number }[];
      scoreBuckets: { from: number; count: number }[];
    }>();
    expect(s.total).toBe(3);
    expect(s.avgScore).toBeCloseTo(91.7, 1);
    // c-2 at 23:30 Beijing time counts on the 9th, not on the 9th/10th of UTC.
    expect(s.perDay).toEqual([
      { date: '2026-10-08', count: 1, avgScore: 85 },
      { date: '2026-10-09', count: 1, avgScore: 95 },
      { date: '2026-10-10', count: 1, avgScore: 95 },
    ]);
    expect(s.scoreBuckets.filter((b) => b.count > 0)).toEqual([
      { from: 85, to: 90, count: 1 },
      { from: 94, to: 96, count: 2 },
    ]);
  });

  it('throttles repeated failed logins with 429 and Retry-After', async () => {
    let last = 0;
    let retryAfter: string | undefined;
    for (let i = 0; i < 6; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'tl1', password: `wrong-${i}` },
      });
      last = res.statusCode;
      retryAfter = res.headers['retry-after'];
    }
    expect(last).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
