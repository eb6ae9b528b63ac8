// The overview aggregates, the published rules and the live check, in-process on PGlite and PostgreSQL.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_PACK_PATH } from '../../cli/load-pack.ts';
import { ensureDefaultPack, packRevision } from '../../qa/packs.ts';
import { saveResult, upsertConversation } from '../../store/index.ts';
import { conversation, seedOrganisation } from '../../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../../store/testing/test-store.ts';
import { login, seedUsers, testApp } from '../testing/test-app.ts';

/** The shipped default pack's version (packs/default/pack.yaml). */
const DEFAULT_LABEL = /^version: (.*)$/m.exec(readFileSync(DEFAULT_PACK_PATH, 'utf8'))?.[1] ?? '';

const NOW = new Date('2026-10-20T04:00:00Z');
const PERIOD = 'from=2026-10-01T00:00:00%2B08:00&to=2026-10-21T00:00:00%2B08:00';

interface Overview {
  topRules: { rule: string; name: string | null; hits: number; conversations: number; deduction: number }[];
  teams: {
    id: string | null;
    name: string | null;
    vendorId: string | null;
    total: number;
    avgScore: number | null;
  }[];
  vendors: { id: string | null; name: string | null; total: number; scored: number; fatal: number }[];
  agents: { id: string | null; name: string | null; teamId: string | null; total: number }[];
}

const hit = (rule: string, deduction: number, turn = 0) => ({
  rule,
  category: 'language',
  turn,
  start: 0,
  end: 2,
  text: '您好',
  deduction,
});

describe.each(await testDrivers())('dashboard API on $kind', (driver) => {
  const t = useTestStore(driver);
  let app: FastifyInstance;
  const skip = driver.kind === 'postgres' && !driver.available;
  const cookies: Record<string, string> = {};

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
    await ensureDefaultPack(store, NOW);
    const version = packRevision(DEFAULT_LABEL);
    // A001 (T1, V1): two calls, 3 forbidden-phrase hits and one filler word; A002 (T2, V1): one fatal call;
    // A003 (T3, V2): one clean call; one call outside the period that must count nowhere.
    const calls = [
      {
        id: 'd-1',
        agent: 'A001',
        at: '2026-10-08T09:30:00+08:00',
        total: 96,
        fatal: false,
        hits: [hit('forbidden-phrase', 1), hit('forbidden-phrase', 1, 2), hit('filler-word', 0.5)],
      },
      {
        id: 'd-2',
        agent: 'A001',
        at: '2026-10-09T10:00:00+08:00',
        total: 98,
        fatal: false,
        hits: [hit('forbidden-phrase', 1)],
      },
      {
        id: 'd-3',
        agent: 'A002',
        at: '2026-10-10T23:30:00+08:00',
        total: 0,
        fatal: true,
        hits: [hit('agent-hangup', 2)],
      },
      { id: 'd-4', agent: 'A003', at: '2026-10-11T11:00:00+08:00', total: 100, fatal: false, hits: [] },
      {
        id: 'd-5',
        agent: 'A003',
        at: '2026-09-01T11:00:00+08:00',
        total: 50,
        fatal: false,
        hits: [hit('shirking', 2)],
      },
    ];
    const place = { A001: ['T1', 'V1'], A002: ['T2', 'V1'], A003: ['T3', 'V2'] } as const;
    for (const c of calls) {
      const [teamId, vendorId] = place[c.agent as keyof typeof place];
      await upsertConversation(store, conversation(c.id, { agentId: c.agent, startedAt: c.at }), {
        teamId,
        vendorId,
      });
      await saveResult(store, {
        conversationId: c.id,
        conversationVersion: 1,
        packId: 'default',
        packVersion: version,
        machineScore: c.total,
        total: c.total,
        fatal: c.fatal,
        categories: { professional: 30, attitude: 40, language: 30 },
        hits: c.hits,
      });
    }
    app = (await testApp(store, () => NOW)).app;
    for (const u of ['admin', 'a001', 'tl1', 'pm2', 'qa']) cookies[u] = await login(app, u);
  });
  afterAll(async () => {
    await app?.close();
  });

  const get = (user: string, url: string) =>
    app.inject({ method: 'GET', url, headers: { cookie: cookies[user]! } });

  it.skipIf(skip)(
    'ranks the rules hit in the period with names, and totals per team, vendor and agent',
    async () => {
      const res = await get('admin', `/api/dashboard/overview?${PERIOD}`);
      expect(res.statusCode).toBe(200);
      const body = res.json<Overview>();
      expect(body.topRules.map((r) => [r.rule, r.hits, r.conversations, r.deduction])).toEqual([
        ['forbidden-phrase', 3, 2, 3],
        ['agent-hangup', 1, 1, 2],
        ['filler-word', 1, 1, 0.5],
      ]);
      // the base of hits per 100 calls: the four calls of the period (the one outside it does not count)
      expect(res.json<{ calls: number }>().calls).toBe(4);
      // names and categories come from the published pack
      expect(body.topRules[0]).toMatchObject({ name: '违禁用语', category: 'language' });
      expect(body.topRules.every((r) => typeof r.name === 'string' && r.name.length > 0)).toBe(true);
      expect(body.teams).toEqual([
        { id: 'T1', name: '一组', vendorId: 'V1', total: 2, scored: 2, avgScore: 97, fatal: 0 },
        { id: 'T2', name: '二组', vendorId: 'V1', total: 1, scored: 1, avgScore: 0, fatal: 1 },
        { id: 'T3', name: '三组', vendorId: 'V2', total: 1, scored: 1, avgScore: 100, fatal: 0 },
      ]);
      expect(body.vendors).toEqual([
        { id: 'V1', name: '甲外包', total: 3, scored: 3, avgScore: 64.7, fatal: 1 },
        { id: 'V2', name: '乙外包', total: 1, scored: 1, avgScore: 100, fatal: 0 },
      ]);
      expect(body.agents.map((a) => [a.id, a.name, a.teamId, a.total])).toEqual([
        ['A001', '张敏', 'T1', 2],
        ['A002', '李强', 'T2', 1],
        ['A003', '王芳', 'T3', 1],
      ]);
    },
  );

  it.skipIf(skip)('narrows every aggregate to the caller’s scope and the requested team', async () => {
    const agent = (await get('a001', `/api/dashboard/overview?${PERIOD}`)).json<Overview>();
    expect(agent.agents.map((a) => a.id)).toEqual(['A001']);
    expect(agent.topRules.map((r) => r.rule)).toEqual(['forbidden-phrase', 'filler-word']);
    const leader = (await get('tl1', `/api/dashboard/overview?${PERIOD}&teamId=T2`)).json<Overview>();
    expect(leader).toMatchObject({ topRules: [], teams: [], vendors: [], agents: [] });
    const vendor = (await get('pm2', `/api/dashboard/overview?${PERIOD}`)).json<Overview>();
    expect(vendor.vendors.map((v) => v.id)).toEqual(['V2']);
    expect(vendor.topRules).toEqual([]);
    const team = (await get('admin', `/api/dashboard/overview?${PERIOD}&teamId=T2`)).json<Overview>();
    expect(team.topRules.map((r) => r.rule)).toEqual(['agent-hangup']);
    // the default period is the 30 days before now: the September call stays out
    const dflt = (await get('admin', '/api/dashboard/overview')).json<Overview>();
    expect(dflt.topRules.some((r) => r.rule === 'shirking')).toBe(false);
    expect((await app.inject({ method: 'GET', url: '/api/dashboard/overview' })).statusCode).toBe(401);
  });

  it.skipIf(skip)('lists the published rules with their seed citations and operators', async () => {
    const res = await get('a001', '/api/rules/published');
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      pack: { id: string; version: string };
      categories: { id: string; max: number }[];
      rules: { id: string; name: string; seed: string; operators: string[]; category: string }[];
    }>();
    expect(body.pack).toMatchObject({ id: 'default', version: DEFAULT_LABEL });
    expect(body.categories.map((c) => [c.id, c.max])).toEqual([
      ['professional', 30],
      ['attitude', 40],
      ['language', 30],
    ]);
    const forbidden = body.rules.find((r) => r.id === 'forbidden-phrase');
    expect(forbidden).toMatchObject({ name: '违禁用语', category: 'language', operators: ['phrase'] });
    expect(forbidden?.seed).toContain('002');
    expect(body.rules.every((r) => r.seed.length > 0)).toBe(true);
  });

  it.skipIf(skip)('checks a pasted conversation with the published pack without storing it', async () => {
    const call = conversation('try-1', {
      turns: [
        { role: 'agent', text: '您好，很高兴为您服务', startMs: 0, endMs: 2000 },
        { role: 'customer', text: '我的电费怎么这么高', startMs: 2500, endMs: 4500 },
        { role: 'agent', text: '这个我不知道，你听我说', startMs: 5000, endMs: 8000 },
      ],
    });
    const res = await app.inject({
      method: 'POST',
      url: '/api/check',
      headers: { cookie: cookies['qa']! },
      payload: call,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      hits: { rule: string; turn: number; start: number; end: number; text: string }[];
      score: { total: number };
    }>();
    const forbidden = body.hits.filter((h) => h.rule === 'forbidden-phrase');
    expect(forbidden.map((h) => h.text).sort()).toEqual(['不知道', '你听我说']);
    for (const h of body.hits) expect(call.turns[h.turn]!.text.slice(h.start, h.end)).toBe(h.text);
    expect(body.score.total).toBeLessThan(100);
    const list = await get('admin', '/api/conversations?q=%E7%94%B5%E8%B4%B9');
    expect(list.json<{ total: number }>().total).toBe(0);

    const bad = await app.inject({
      method: 'POST',
      url: '/api/check',
      headers: { cookie: cookies['qa']! },
      payload: { id: 'x', channel: 'fax', turns: [] },
    });
    expect(bad.statusCode).toBe(400);
    const error = bad.json<{ error: { code: string; details: { errors: { field: string }[] } } }>().error;
    expect(error.code).toBe('BAD_INPUT');
    expect(error.details.errors.map((e) => e.field)).toContain('channel');
    const agent = await app.inject({
      method: 'POST',
      url: '/api/check',
      headers: { cookie: cookies['a001']! },
      payload: call,
    });
    expect(agent.statusCode).toBe(403);
  });
});
