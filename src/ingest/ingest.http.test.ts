// POST /api/ingest and GET /api/ingest/:batchId in-process on both databases, with the real job queue working
// the ingest and scoring jobs: bad records are reported by line and field, valid ones stored and scored, a replay
// changes nothing, changed content becomes a new version, files go through the importers.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBatchJob } from '../jobs/definitions/ingest-batch.ts';
import { startQueue, type Queue } from '../jobs/queue.ts';
import { ensureDefaultPack } from '../qa/packs.ts';
import { scoreConversationsJob } from '../qa/score-job.ts';
import { getConversation, listAudit, listConversationVersions } from '../store/index.ts';
import { conversation, seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { login, seedUsers, testApp } from '../http/testing/test-app.ts';

const NOW = new Date('2026-10-20T04:00:00Z');

interface BatchBody {
  status: string;
  total: number;
  accepted: number;
  rejected: number;
  inserted: number;
  updated: number;
  unchanged: number;
  stored: number;
  duplicates: number;
  errors: { line: number; field: string; message: string; file?: string }[];
  warnings: { line: number; field: string; message: string }[];
}

function multipart(files: { name: string; content: string }[], fields: Record<string, string> = {}) {
  const boundary = '----zhijian-test-boundary';
  const parts = [
    ...Object.entries(fields).map(
      ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
    ),
    ...files.map(
      (f) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\n` +
        `Content-Type: application/octet-stream\r\n\r\n${f.content}\r\n`,
    ),
  ];
  return {
    payload: Buffer.from(`${parts.join('')}--${boundary}--\r\n`),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe.each(await testDrivers())('ingest API on $kind', (driver) => {
  const t = useTestStore(driver);
  let app: FastifyInstance;
  let queue: Queue;
  let admin = '';
  const skip = driver.kind === 'postgres' && !driver.available;

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [
      { username: 'qa', role: 'qa_inspector' },
      { username: 'a001', role: 'agent', agentId: 'A001' },
    ]);
    await ensureDefaultPack(store, NOW);
    queue = await startQueue(store, { pollingIntervalSeconds: 0.5, schedule: false });
    await queue.work([ingestBatchJob, scoreConversationsJob]);
    const built = await testApp(store, () => NOW);
    built.ctx.jobs = queue;
    app = built.app;
    admin = await login(app, 'qa');
  });
  afterAll(async () => {
    await app?.close();
    await queue?.stop({ timeoutMs: 5000 });
  });

  async function waitDone(batchId: string): Promise<BatchBody> {
    for (let i = 0; i < 200; i++) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/ingest/${batchId}`,
        headers: { cookie: admin },
      });
      expect(res.statusCode).toBe(200);
      const body = res.json<BatchBody>();
      if (body.status === 'done') return body;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`batch ${batchId} did not finish`);
  }

  async function ingest(payload: string | Buffer, headers: Record<string, string>): Promise<string> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload,
      headers: { cookie: admin, ...headers },
    });
    expect(res.statusCode, res.body).toBe(202);
    return res.json<{ batchId: string }>().batchId;
  }

  it('stores valid JSONL records, reports bad ones by line and field, warns on unknown agents, and scores', async () => {
    const jsonl = [
      JSON.stringify(conversation('i-1', { agentId: 'A001' })),
      '',
      '{"id": "i-bad-json", ',
      JSON.stringify({ id: 'i-bad-role', turns: [{ role: 'boss', text: '你好' }] }),
      JSON.stringify(conversation('i-2', { agentId: 'A003' })),
      JSON.stringify(conversation('i-3', { agentId: 'A999' })),
    ].join('\n');
    const batchId = await ingest(jsonl, { 'content-type': 'application/x-ndjson' });
    const b = await waitDone(batchId);
    expect(b).toMatchObject({ total: 5, accepted: 3, rejected: 2, inserted: 3, updated: 0, unchanged: 0 });
    // Stored conversations, skipped duplicates and rejected records are counted apart, never added together.
    expect(b).toMatchObject({ stored: 3, duplicates: 0 });
    expect(b.errors.map((e) => [e.line, e.field])).toEqual([
      [3, ''],
      [4, 'turns.0.role'],
    ]);
    expect(b.warnings).toHaveLength(1);
    expect(b.warnings[0]).toMatchObject({ line: 6, field: 'agentId' });
    expect(b.warnings[0]!.message).toContain('A999');
    // A finished batch keeps the raw text of its rejected lines only (the stored ones live in conversations).
    const { rows: raws } = await t
      .store()
      .sql<{ line: number; raw: string }>(
        'select line, raw from ingest_records where batch_id = $1 order by line',
        [batchId],
      );
    expect(raws.map((r) => [r.line, r.raw === ''])).toEqual([
      [1, true],
      [3, false],
      [4, false],
      [5, true],
      [6, true],
    ]);

    const store = t.store();
    const c2 = await getConversation(store, 'i-2');
    expect(c2?.conversation).toMatchObject({ teamId: 'T3', vendorId: 'V2', ingestBatchId: batchId });
    expect((await getConversation(store, 'i-3'))?.conversation.teamId).toBeNull();
    // scored with the published pack by the queued score-conversations job
    for (let i = 0; i < 100 && !(await getConversation(store, 'i-1'))?.result; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await getConversation(store, 'i-1'))?.result?.packId).toBe('default');
  });

  it('is idempotent by conversation id: a replay changes nothing, changed content becomes a new version', async () => {
    const body = JSON.stringify([
      conversation('j-1', { agentId: 'A002' }),
      conversation('j-2', { agentId: 'A002' }),
    ]);
    const first = await waitDone(await ingest(body, { 'content-type': 'application/json' }));
    expect(first).toMatchObject({ accepted: 2, inserted: 2 });
    const replay = await waitDone(await ingest(body, { 'content-type': 'application/json' }));
    expect(replay).toMatchObject({ accepted: 2, inserted: 0, updated: 0, unchanged: 2 });
    expect(replay).toMatchObject({ stored: 0, duplicates: 2, rejected: 0 });
    const changed = JSON.stringify([
      conversation('j-1', { agentId: 'A002', meta: { note: '补录' } }),
      conversation('j-2', { agentId: 'A002' }),
    ]);
    const third = await waitDone(await ingest(changed, { 'content-type': 'application/json' }));
    expect(third).toMatchObject({ accepted: 2, inserted: 0, updated: 1, unchanged: 1 });
    expect(third).toMatchObject({ stored: 1, duplicates: 1 });
    expect((await listConversationVersions(t.store(), 'j-1')).map((v) => v.version)).toEqual([2, 1]);
    expect((await listConversationVersions(t.store(), 'j-2')).map((v) => v.version)).toEqual([1]);
  });

  it('imports uploaded files in importer formats and reports their bad rows with the file name', async () => {
    const csv = [
      '通话ID,坐席工号,通话开始时间,角色,内容,开始时间,结束时间',
      'f-1,A001,2026-10-08 09:30:00,坐席,您好，很高兴为您服务,00:00.000,00:02.000',
      'f-1,A001,2026-10-08 09:30:00,客户,我想办理停机保号,00:02.500,00:05.000',
      'f-1,A001,2026-10-08 09:30:00,经理,这一行的角色不认识,00:05.500,00:06.000',
      'f-2,A002,2026-10-08 10:00:00,坐席,您好，请问有什么可以帮您,00:00.000,00:02.000',
    ].join('\n');
    const jsonl = `${JSON.stringify(conversation('f-3', { agentId: 'A003' }))}\nnot json\n`;
    const { payload, headers } = multipart([
      { name: 'calls.csv', content: csv },
      { name: 'more.jsonl', content: jsonl },
    ]);
    const b = await waitDone(await ingest(payload, headers));
    expect(b).toMatchObject({ accepted: 3, inserted: 3, rejected: 2 });
    expect(b.errors.map((e) => [e.file, e.line])).toEqual([
      ['calls.csv', 4],
      ['more.jsonl', 2],
    ]);
    expect((await getConversation(t.store(), 'f-1'))?.conversation.turnCount).toBe(2);
  });

  it('saves an import profile, audits it, and reads an upload with it by name', async () => {
    const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
      app.inject({ method, url, headers: { cookie: admin }, ...(payload ? { payload } : {}) });
    const bad = await call('POST', '/api/import-profiles', {
      name: 'x',
      options: { mapping: { speaker: '说话者' } },
    });
    expect(bad.statusCode).toBe(400);
    const created = await call('POST', '/api/import-profiles', {
      name: '客服系统会话导出',
      options: {
        mapping: { conversationId: '编号', role: '说话者', text: '说了什么' },
        speakerRoles: { 小周: 'agent' },
        channel: 'chat',
      },
    });
    expect(created.statusCode).toBe(201);
    const profile = created.json<{ id: string; name: string }>();
    expect(
      (await call('POST', '/api/import-profiles', { name: '客服系统会话导出', options: {} })).statusCode,
    ).toBe(409);
    const updated = await call('PUT', `/api/import-profiles/${profile.id}`, {
      name: '客服系统会话导出',
      options: {
        mapping: { conversationId: '编号', role: '说话者', text: '说了什么' },
        speakerRoles: { 小周: 'agent', 张先生: 'customer' },
        channel: 'chat',
      },
    });
    expect(updated.statusCode).toBe(200);
    const list = await call('GET', '/api/import-profiles');
    expect(list.json<{ items: { name: string }[] }>().items.map((p) => p.name)).toContain('客服系统会话导出');
    const audit = await listAudit(t.store(), { entity: 'import_profile', entityId: profile.id });
    expect(audit.map((a) => a.action).sort()).toEqual(['import_profile.create', 'import_profile.update']);

    const csv = '编号,说话者,说了什么\np-1,张先生,你好，发票怎么开\np-1,小周,您好，请在订单页申请\n';
    const { payload, headers } = multipart([{ name: 'export.csv', content: csv }], {
      profile: '客服系统会话导出',
    });
    const b = await waitDone(await ingest(payload, headers));
    expect(b).toMatchObject({ accepted: 1, rejected: 0 });
    const stored = await getConversation(t.store(), 'p-1');
    expect(stored?.conversation.channel).toBe('chat');
    const unknown = multipart([{ name: 'export.csv', content: csv }], { profile: 'nope' });
    const res = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: unknown.payload,
      headers: { ...unknown.headers, cookie: admin },
    });
    expect(res.statusCode).toBe(400);
    expect((await call('DELETE', `/api/import-profiles/${profile.id}`)).statusCode).toBe(204);
    expect((await call('DELETE', `/api/import-profiles/${profile.id}`)).statusCode).toBe(404);
  });

  it('refuses roles outside QA, anonymous callers, empty bodies, and unknown batches', async () => {
    const agent = await login(app, 'a001');
    const body = JSON.stringify([conversation('x-1')]);
    const asAgent = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: body,
      headers: { cookie: agent, 'content-type': 'application/json' },
    });
    expect(asAgent.statusCode).toBe(403);
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: body,
      headers: { 'content-type': 'application/json' },
    });
    expect(anonymous.statusCode).toBe(401);
    const batches = async () =>
      (await t.store().sql<{ n: number }>('select count(*)::int as n from ingest_batches')).rows[0]!.n;
    const before = await batches();
    const empty = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: '\n\n',
      headers: { cookie: admin, 'content-type': 'text/plain' },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({
      error: { code: 'BAD_INPUT', message: 'no conversations in the request' },
    });
    // A streamed body is stored as it is read: an empty one leaves no batch behind (the transaction rolls back).
    expect(await batches()).toBe(before);
    const missing = await app.inject({
      method: 'GET',
      url: '/api/ingest/ing-nope',
      headers: { cookie: admin },
    });
    expect(missing.statusCode).toBe(404);
  });
});
