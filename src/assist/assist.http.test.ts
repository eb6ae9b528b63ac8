// POST /api/assist/check in-process on both databases: hits with suggestions, block, server-timing, roles, and a
// newly published version taking effect at once.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PACK_PATH } from '../cli/load-pack.ts';
import { ensureDefaultPack } from '../qa/packs.ts';
import { seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { login, seedUsers, testApp } from '../http/testing/test-app.ts';

const NOW = new Date('2026-10-20T04:00:00Z');

describe.each(await testDrivers())('agent assist on $kind', (driver) => {
  const t = useTestStore(driver);
  let app: FastifyInstance;
  let agent = '';
  const skip = driver.kind === 'postgres' && !driver.available;

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [
      { username: 'a001', role: 'agent', agentId: 'A001' },
      { username: 'pm', role: 'vendor_manager', vendorId: 'V1' },
      { username: 'lead', role: 'qa_lead' },
    ]);
    await ensureDefaultPack(store, NOW);
    app = (await testApp(store, () => NOW)).app;
    agent = await login(app, 'a001');
  });
  afterAll(async () => {
    await app?.close();
  });

  const check = (text: string, cookie = agent) =>
    app.inject({ method: 'POST', url: '/api/assist/check', payload: { text }, headers: { cookie } });

  it('answers hits with suggestions and block, and reports server time', async () => {
    const res = await check('我跟你讲，不是跟你说过了吗');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ block: boolean; hits: { rule: string; text: string; suggestion?: string }[] }>();
    expect(body.block).toBe(true);
    expect(body.hits).toContainEqual(
      expect.objectContaining({
        rule: 'forbidden-phrase',
        text: '不是跟你说过了',
        suggestion: '也许我说的不够清楚，请允许我再解释一遍。',
      }),
    );
    expect(res.headers['server-timing']).toMatch(/auth;dur=[\d.]+, check;dur=[\d.]+, total;dur=[\d.]+/);
    const clean = await check('您好，您的退款已经提交，预计三个工作日到账');
    expect(clean.json()).toMatchObject({ hits: [], block: false });
  });

  it('is for roles that chat with customers or coach them', async () => {
    expect((await check('你好', await login(app, 'pm'))).statusCode).toBe(403);
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/assist/check',
      payload: { text: '你好' },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/assist/check',
          payload: { text: '' },
          headers: { cookie: agent },
        })
      ).statusCode,
    ).toBe(400);
  });

  it('checks with a newly published version at once', async () => {
    expect((await check('好的，我不掺和')).json()).toMatchObject({ block: false });
    const lead = await login(app, 'lead');
    const next = readFileSync(DEFAULT_PACK_PATH, 'utf8')
      .replace(/^version: .*$/m, 'version: 1.9.0')
      .replace(/^( *)爱找谁找谁,\n/m, '$1爱找谁找谁,\n$1我不掺和,\n');
    const up = await app.inject({
      method: 'POST',
      url: '/api/packs',
      payload: next,
      headers: { cookie: lead, 'content-type': 'text/yaml' },
    });
    expect(up.statusCode, up.body).toBe(201);
    const pub = await app.inject({
      method: 'POST',
      url: '/api/packs/default/1.9.0/publish',
      headers: { cookie: lead },
    });
    expect(pub.statusCode, pub.body).toBe(200);
    const after = (await check('好的，我不掺和')).json<{
      block: boolean;
      pack: { revision: number };
    }>();
    expect(after).toMatchObject({ block: true, pack: { revision: 1_009_000 } });
  });
});
