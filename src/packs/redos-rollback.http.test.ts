// A hostile rule pack through the API on both databases: a catastrophic-backtracking pattern (`(a+)+$`) is
// harmless on the linear engine (the 29-character assist request that used to block the server answers), a pattern
// the engine cannot bound (lookahead) is refused at upload with its line and reason, and an admin rolls back to the
// earlier version by publishing it again (audited).
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PACK_PATH } from '../cli/load-pack.ts';
import { ensureDefaultPack, packRevision } from '../qa/packs.ts';
import { listAudit } from '../store/index.ts';
import { seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { login, seedUsers, testApp } from '../http/testing/test-app.ts';

const NOW = new Date('2026-10-20T04:00:00Z');
const DEFAULT_SOURCE = readFileSync(DEFAULT_PACK_PATH, 'utf8');
const FILLER = "pattern: '[啊喂哎唉]+'";
const version = (v: string, source = DEFAULT_SOURCE) => source.replace(/^version: .*$/m, `version: ${v}`);
/** The shipped default pack's version (packs/default/pack.yaml), the one rolled back to. */
const DEFAULT_LABEL = /^version: (.*)$/m.exec(DEFAULT_SOURCE)?.[1] ?? '';
/** 1.1.0: the filler rule's pattern replaced by the classic ReDoS pattern. */
const REDOS_SOURCE = version('1.1.0').replace(FILLER, () => "pattern: '(a+)+$'");
const LOOKAHEAD_SOURCE = version('1.2.0').replace(FILLER, "pattern: '(?=啊)啊+'");

describe.each(await testDrivers())('hostile rule packs on $kind', (driver) => {
  const t = useTestStore(driver);
  let app: FastifyInstance;
  let admin = '';
  const skip = driver.kind === 'postgres' && !driver.available;

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [{ username: 'boss', role: 'admin' }]);
    await ensureDefaultPack(store, NOW);
    app = (await testApp(store, () => NOW)).app;
    admin = await login(app, 'boss');
  });
  afterAll(async () => {
    await app?.close();
  });

  const post = (url: string, payload: string, type = 'application/json') =>
    app.inject({ method: 'POST', url, payload, headers: { cookie: admin, 'content-type': type } });
  const current = async () => {
    const res = await app.inject({ method: 'GET', url: '/api/packs', headers: { cookie: admin } });
    return res.json<{ items: { label: string; current: boolean }[] }>().items.find((i) => i.current)?.label;
  };

  it.skipIf(skip)('runs `(a+)+$` without blocking, refuses lookahead, and rolls back', async () => {
    expect(REDOS_SOURCE).not.toBe(version('1.1.0'));
    const up = await post('/api/packs', REDOS_SOURCE, 'text/yaml');
    expect(up.statusCode, up.body).toBe(201);
    expect((await post('/api/packs/default/1.1.0/publish', '{}')).statusCode).toBe(200);
    expect(await current()).toBe('1.1.0');

    // The request of the attack: 28 × "a" and one character the pattern cannot end on.
    const assist = await post('/api/assist/check', JSON.stringify({ text: `${'a'.repeat(28)}!` }));
    expect(assist.statusCode, assist.body).toBe(200);
    expect(assist.json<{ pack: { revision: number } }>().pack.revision).toBe(1_001_000);
    const long = await post('/api/assist/check', JSON.stringify({ text: `${'a'.repeat(4999)}!` }));
    expect(long.statusCode).toBe(200);

    const refused = await post('/api/packs', LOOKAHEAD_SOURCE, 'text/yaml');
    expect(refused.statusCode).toBe(400);
    const issues = refused.json<{ error: { details: { issues: { line: number; message: string }[] } } }>()
      .error.details.issues;
    expect(issues.some((i) => /lookahead/.test(i.message) && i.line > 0)).toBe(true);

    // Roll back: publish the shipped version again; it is current, scores again, and the roll-back is audited.
    const back = await post(`/api/packs/default/${DEFAULT_LABEL}/publish`, '{}');
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ current: true, alreadyPublished: false });
    expect(await current()).toBe(DEFAULT_LABEL);
    const again = await post('/api/assist/check', JSON.stringify({ text: '啊啊，好的' }));
    expect(again.json<{ pack: { revision: number } }>().pack.revision).toBe(packRevision(DEFAULT_LABEL));
    const audit = await listAudit(t.store(), { entity: 'rule_pack' });
    expect(audit.map((a) => [a.action, a.entityId])).toEqual(
      expect.arrayContaining([
        ['rule_pack.publish', 'default@1001000'],
        ['rule_pack.rollback', `default@${packRevision(DEFAULT_LABEL)}`],
      ]),
    );
    // Publishing the current version again changes nothing.
    expect((await post(`/api/packs/default/${DEFAULT_LABEL}/publish`, '{}')).json()).toMatchObject({
      current: true,
      alreadyPublished: true,
    });
  });
});
