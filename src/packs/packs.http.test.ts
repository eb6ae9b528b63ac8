// Rule pack versions through the API on both databases: list, upload (bad pack → line), preview the impact over
// stored conversations, publish (audited), re-score a period in the background with results kept per version.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PACK_PATH } from '../cli/load-pack.ts';
import { packPreviewJob } from '../jobs/definitions/pack-preview.ts';
import { rescoreChunkJob, rescorePlanJob } from '../jobs/definitions/rescore.ts';
import { startQueue, type Queue } from '../jobs/queue.ts';
import { ensureDefaultPack, packRevision } from '../qa/packs.ts';
import { listAudit, listResults, upsertConversation } from '../store/index.ts';
import { conversation, seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { login, seedUsers, testApp } from '../http/testing/test-app.ts';

const NOW = new Date('2026-10-20T04:00:00Z');
const DEFAULT_SOURCE = readFileSync(DEFAULT_PACK_PATH, 'utf8');
/** 1.1.0: one more shirking phrase (invented for the test). */
const NEXT_SOURCE = DEFAULT_SOURCE.replace(/^version: .*$/m, 'version: 1.1.0').replace(
  /^( *)爱找谁找谁,\n/m,
  '$1爱找谁找谁,\n$1我不掺和,\n',
);
/** The shipped default pack's version (packs/default/pack.yaml). */
const DEFAULT_LABEL = /^version: (.*)$/m.exec(DEFAULT_SOURCE)?.[1] ?? '';
const DEFAULT_REVISION = packRevision(DEFAULT_LABEL);
const PERIOD = { from: '2026-10-01T00:00:00+08:00', to: '2026-11-01T00:00:00+08:00' };

describe.each(await testDrivers())('rule pack API on $kind', (driver) => {
  const t = useTestStore(driver);
  let app: FastifyInstance;
  let queue: Queue;
  let lead = '';
  const skip = driver.kind === 'postgres' && !driver.available;

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [
      { username: 'lead', role: 'qa_lead' },
      { username: 'qa', role: 'qa_inspector' },
      { username: 'a001', role: 'agent', agentId: 'A001' },
    ]);
    await ensureDefaultPack(store, NOW);
    const calls = [
      conversation('p-1', {
        turns: [
          { role: 'agent', text: '您好，很高兴为您服务', startMs: 0, endMs: 2000 },
          { role: 'customer', text: '我的快递一直没有送到', startMs: 2500, endMs: 5000 },
          { role: 'agent', text: '好的，我不掺和', startMs: 5500, endMs: 8000 },
        ],
      }),
      conversation('p-2'),
      conversation('p-3', { startedAt: '2026-09-15T10:00:00+08:00' }), // outside the period
    ];
    for (const c of calls) await upsertConversation(store, c, { teamId: 'T1', vendorId: 'V1' });
    queue = await startQueue(store, { pollingIntervalSeconds: 0.5, schedule: false });
    await queue.work([rescorePlanJob, rescoreChunkJob, packPreviewJob]);
    const built = await testApp(store, () => NOW);
    built.ctx.jobs = queue;
    app = built.app;
    lead = await login(app, 'lead');
  });
  afterAll(async () => {
    await app?.close();
    await queue?.stop({ timeoutMs: 5000 });
  });

  const post = (url: string, payload: unknown, cookie = lead, type = 'application/json') =>
    app.inject({
      method: 'POST',
      url,
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      headers: { cookie, 'content-type': type },
    });

  async function rescore(): Promise<{ total: number; done: number; packVersion: number }> {
    const res = await post('/api/rescore', PERIOD);
    expect(res.statusCode, res.body).toBe(202);
    const { jobId } = res.json<{ jobId: string }>();
    for (let i = 0; i < 200; i++) {
      const r = await app.inject({ method: 'GET', url: `/api/rescore/${jobId}`, headers: { cookie: lead } });
      const run = r.json<{ status: string; total: number; done: number; packVersion: number }>();
      if (run.status === 'done') return run;
      await new Promise((x) => setTimeout(x, 100));
    }
    throw new Error('re-score did not finish');
  }

  it('lists versions and rejects a bad pack with its line, a changed existing version with 409', async () => {
    const list = await app.inject({
      method: 'GET',
      url: '/api/packs',
      headers: { cookie: await login(app, 'a001') },
    });
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: unknown[] }>().items).toEqual([
      expect.objectContaining({ id: 'default', label: DEFAULT_LABEL, published: true, current: true }),
    ]);
    const bad = await post(
      '/api/packs',
      'pack: broken\nversion: 2.0.0\nrules:\n  - id: x\n    when: { op: nope }\n',
      lead,
      'text/yaml',
    );
    expect(bad.statusCode).toBe(400);
    const issues = bad.json<{ error: { details: { issues: { line: number }[] } } }>().error.details.issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.line > 0)).toBe(true);
    const changed = await post(
      '/api/packs',
      DEFAULT_SOURCE.replace('亲爱的,', '亲爱的, 您好呀,'),
      lead,
      'text/yaml',
    );
    expect(changed.statusCode).toBe(409);
    expect((await post('/api/packs', NEXT_SOURCE, await login(app, 'qa'), 'text/yaml')).statusCode).toBe(403);
  });

  it('previews, publishes (audited) and re-scores with results kept per pack version', async () => {
    const before = await rescore();
    expect(before).toMatchObject({ total: 2, done: 2, packVersion: DEFAULT_REVISION });

    const up = await post('/api/packs', { source: NEXT_SOURCE, fileName: 'pack.yaml' });
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ id: 'default', version: 1_001_000, label: '1.1.0', created: true });
    expect((await post('/api/packs', NEXT_SOURCE, lead, 'text/yaml')).json()).toMatchObject({
      created: false,
    });

    const preview = await post('/api/packs/default/1.1.0/preview', PERIOD);
    expect(preview.statusCode, preview.body).toBe(200);
    const p = preview.json<{
      conversations: number;
      changedCount: number;
      truncated: boolean;
      rules: { rule: string; hitsGained: number; conversationsGaining: number }[];
      changed: {
        id: string;
        scoreBefore: number;
        scoreAfter: number;
        gained: { rule: string; text: string }[];
      }[];
      deltaHistogram: { bins: string[]; counts: number[] };
      histogram: { before: number[]; after: number[] };
    }>();
    expect(p).toMatchObject({ conversations: 2, changedCount: 1, truncated: false });
    expect(p.rules).toEqual([
      expect.objectContaining({ rule: 'shirking', hitsGained: 1, conversationsGaining: 1 }),
    ]);
    expect(p.changed[0]).toMatchObject({ id: 'p-1', gained: [{ rule: 'shirking', text: '我不掺和' }] });
    expect(p.changed[0]!.scoreAfter).toBe(p.changed[0]!.scoreBefore - 2);
    expect(p.deltaHistogram.counts.reduce((a, b) => a + b, 0)).toBe(2);
    expect(p.histogram.after.reduce((a, b) => a + b, 0)).toBe(2);
    const limited = await post('/api/packs/default/1.1.0/preview', { ...PERIOD, limit: 1 });
    expect(limited.json()).toMatchObject({ conversations: 1, truncated: true });

    // The same preview as a background job: progress, then the same summary (baseline read from stored results).
    const started = await post('/api/packs/default/1.1.0/preview-runs', PERIOD);
    expect(started.statusCode, started.body).toBe(202);
    const { runId } = started.json<{ runId: string; status: string }>();
    expect(started.json()).toMatchObject({ status: 'queued', done: 0, result: null, label: '1.1.0' });
    let run: { status: string; total: number | null; done: number; result: typeof p | null } | undefined;
    for (let i = 0; i < 200 && run?.status !== 'done'; i++) {
      if (i > 0) await new Promise((x) => setTimeout(x, 100));
      const r = await app.inject({
        method: 'GET',
        url: `/api/packs/preview-runs/${runId}`,
        headers: { cookie: lead },
      });
      expect(r.statusCode, r.body).toBe(200);
      run = r.json();
    }
    expect(run).toMatchObject({ status: 'done', total: 2, done: 2 });
    expect(run?.result).toMatchObject({ conversations: 2, changedCount: 1, truncated: false });
    expect(run?.result?.changed[0]).toMatchObject({ id: 'p-1', gained: [{ rule: 'shirking' }] });
    const missing = await app.inject({
      method: 'GET',
      url: '/api/packs/preview-runs/pv-none',
      headers: { cookie: lead },
    });
    expect(missing.statusCode).toBe(404);

    const pub = await post('/api/packs/default/1.1.0/publish', {});
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json()).toMatchObject({ current: true, alreadyPublished: false });
    expect((await post('/api/packs/default/1.1.0/publish', {})).json()).toMatchObject({
      alreadyPublished: true,
    });
    const audit = await listAudit(t.store(), { entity: 'rule_pack', entityId: 'default@1001000' });
    expect(audit.map((a) => a.action).sort()).toEqual(['rule_pack.publish', 'rule_pack.upload']);

    const after = await rescore();
    expect(after).toMatchObject({ total: 2, done: 2, packVersion: 1_001_000 });
    const results = await listResults(t.store(), 'p-1');
    expect(results.map((r) => [r.packVersion, r.isLatest]).sort()).toEqual([
      [DEFAULT_REVISION, false],
      [1_001_000, true],
    ]);
    const [v1, v2] = [...results].sort((a, b) => a.packVersion - b.packVersion);
    expect(v2!.total).toBe(v1!.total - 2);
    expect(v2!.ruleIds).toContain('shirking');
    expect(await listResults(t.store(), 'p-3')).toEqual([]);
  });
});
