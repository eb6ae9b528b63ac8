// The raw POST /api/ingest path with bytes that are not UTF-8, on both databases: a GBK JSONL export, UTF-16 JSON
// with and without BOM, and a charset named in Content-Type are stored as the words that were sent (never
// mojibake); undecodable bytes are refused with a clear 400; a whitespace-only id is its record's error with line
// and field; and every batch leaves an `ingest.submit` and an `ingest.finish` audit entry.
import type { FastifyInstance } from 'fastify';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBatchJob } from '../jobs/definitions/ingest-batch.ts';
import { startQueue, type Queue } from '../jobs/queue.ts';
import { ensureDefaultPack } from '../qa/packs.ts';
import { scoreConversationsJob } from '../qa/score-job.ts';
import { getConversation, listAudit } from '../store/index.ts';
import { seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { login, seedUsers, testApp } from '../http/testing/test-app.ts';

const NOW = new Date('2026-10-20T04:00:00Z');
const WORDS = '您好，这里是客服中心，请问有什么可以帮您？';

function record(id: string, text = WORDS): string {
  return JSON.stringify({ id, turns: [{ role: 'agent', text }] });
}

interface BatchBody {
  status: string;
  accepted: number;
  rejected: number;
  errors: { line: number; field: string; message: string }[];
}

describe.each(await testDrivers())('raw ingest encodings on $kind', (driver) => {
  const t = useTestStore(driver);
  let app: FastifyInstance;
  let queue: Queue;
  let cookie = '';
  const skip = driver.kind === 'postgres' && !driver.available;

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [{ username: 'qa', role: 'qa_inspector' }]);
    await ensureDefaultPack(store, NOW);
    queue = await startQueue(store, { pollingIntervalSeconds: 0.5, schedule: false });
    await queue.work([ingestBatchJob, scoreConversationsJob]);
    const built = await testApp(store, () => NOW);
    built.ctx.jobs = queue;
    app = built.app;
    cookie = await login(app, 'qa');
  });
  afterAll(async () => {
    await app?.close();
    await queue?.stop({ timeoutMs: 5000 });
  });

  async function post(payload: Buffer, contentType: string) {
    return app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload,
      headers: { cookie, 'content-type': contentType },
    });
  }

  async function ingestDone(payload: Buffer, contentType: string): Promise<BatchBody & { batchId: string }> {
    const res = await post(payload, contentType);
    expect(res.statusCode, res.body).toBe(202);
    const { batchId } = res.json<{ batchId: string }>();
    for (let i = 0; i < 200; i++) {
      const b = await app.inject({ method: 'GET', url: `/api/ingest/${batchId}`, headers: { cookie } });
      const body = b.json<BatchBody>();
      if (body.status === 'done') return { ...body, batchId };
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`batch ${batchId} did not finish`);
  }

  async function textOf(id: string): Promise<string | undefined> {
    return (await getConversation(t.store(), id))?.conversation.body.turns[0]?.text;
  }

  it.skipIf(skip)(
    'detects GBK JSONL and UTF-16 JSON (with and without BOM) and stores the words sent',
    async () => {
      const gbk = iconv.encode([record('enc-gbk-1'), record('enc-gbk-2', '投诉')].join('\n'), 'gbk');
      expect((await ingestDone(gbk, 'application/x-ndjson')).accepted).toBe(2);
      expect(await textOf('enc-gbk-1')).toBe(WORDS);
      expect(await textOf('enc-gbk-2')).toBe('投诉');

      const utf16bom = Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        iconv.encode(`[${record('enc-u16-bom')}]`, 'utf-16le'),
      ]);
      expect((await ingestDone(utf16bom, 'application/json')).accepted).toBe(1);
      expect(await textOf('enc-u16-bom')).toBe(WORDS);

      const utf16be = iconv.encode(record('enc-u16-be'), 'utf-16be');
      expect((await ingestDone(utf16be, 'text/plain')).accepted).toBe(1);
      expect(await textOf('enc-u16-be')).toBe(WORDS);
    },
  );

  it.skipIf(skip)('honours a charset named in Content-Type', async () => {
    const big5 = iconv.encode(record('enc-big5', '您好，請問有什麼可以幫您'), 'big5');
    expect((await ingestDone(big5, 'application/x-ndjson; charset=big5')).accepted).toBe(1);
    expect(await textOf('enc-big5')).toBe('您好，請問有什麼可以幫您');
  });

  it.skipIf(skip)(
    'refuses undecodable bytes with a clear 400 instead of storing replacement characters',
    async () => {
      const broken = Buffer.concat([
        Buffer.from(record('enc-x').slice(0, 30)),
        Buffer.from([0x81, 0x0a, 0xff, 0xff]),
      ]);
      const res = await post(broken, 'application/x-ndjson');
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { message: string } }>().error.message).toMatch(/not readable as gb18030/);
      const lying = await post(iconv.encode(record('enc-lie'), 'gbk'), 'application/x-ndjson; charset=utf-8');
      expect(lying.statusCode).toBe(400);
      expect(await getConversation(t.store(), 'enc-lie')).toBeUndefined();
    },
  );

  it.skipIf(skip)('refuses whitespace-only ids with line and field, and audits the batch', async () => {
    const jsonl = Buffer.from(
      [
        record('enc-ok'),
        JSON.stringify({ id: '   ', turns: [] }),
        JSON.stringify({ id: 'x', agentId: ' ', turns: [] }),
      ].join('\n'),
    );
    const b = await ingestDone(jsonl, 'application/x-ndjson');
    expect(b.accepted).toBe(1);
    expect(b.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'id'],
      [3, 'agentId'],
    ]);
    const audit = await listAudit(t.store(), { entity: 'ingest_batch', entityId: b.batchId });
    expect(audit.map((a) => a.action).sort()).toEqual(['ingest.finish', 'ingest.submit']);
    const submit = audit.find((a) => a.action === 'ingest.submit')!;
    expect(submit.actorUserId).not.toBeNull();
    expect(submit.after).toMatchObject({ source: 'jsonl', total: 3 });
    expect(audit.find((a) => a.action === 'ingest.finish')!.after).toMatchObject({
      inserted: 1,
      rejected: 2,
    });
  });
});
