// The speech-to-text pipeline end to end through HTTP with the deterministic test engine, on both databases and with
// the real job queue: upload a stereo WAV → transcribe job → ingest → score → a review task; the quietly spoken
// (low-confidence) forbidden phrase is sent to review without deduction, the clear one deducts. The audio is served
// to roles that see the conversation, with byte ranges, and is not found for those who do not.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { toneCallWav } from '../core/audio/tone-call.ts';
import { TEST_CALL } from './testing/call.ts';
import { transcribeRecordingJob } from '../jobs/definitions/transcribe-recording.ts';
import { ingestBatchJob } from '../jobs/definitions/ingest-batch.ts';
import { startQueue, type Queue } from '../jobs/queue.ts';
import { ensureDefaultPack } from '../qa/packs.ts';
import { scoreConversationsJob } from '../qa/score-job.ts';
import { parseSettings } from '../settings/settings.ts';
import { seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { login, seedUsers, testApp } from '../http/testing/test-app.ts';

const NOW = new Date('2026-10-20T04:00:00Z');

function multipart(file: Uint8Array, fields: Record<string, string>, name = 'call.wav') {
  const boundary = '----zhijian-stt-boundary';
  const head = Object.entries(fields)
    .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join('');
  return {
    payload: Buffer.concat([
      Buffer.from(
        `${head}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
          `Content-Type: audio/wav\r\n\r\n`,
      ),
      Buffer.from(file),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

interface RecordingBody {
  id: string;
  status: string;
  progress: number;
  conversationId: string;
  engine: string | null;
  error: string | null;
  sizeBytes: number;
}

describe.each(await testDrivers())('recordings → transcript → QA → review on $kind', (driver) => {
  const t = useTestStore(driver);
  let app: FastifyInstance;
  let queue: Queue;
  const cookies: Record<string, string> = {};
  const skip = driver.kind === 'postgres' && !driver.available;
  const wav = toneCallWav(TEST_CALL);

  beforeAll(async () => {
    if (skip) return;
    vi.stubEnv('ZHIJIAN_STT_ENGINE', 'test');
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [
      { username: 'qa', role: 'qa_inspector' },
      { username: 'lead', role: 'qa_lead' },
      { username: 'a001', role: 'agent', agentId: 'A001' },
      { username: 'tl3', role: 'team_leader', teamId: 'T3' },
    ]);
    await ensureDefaultPack(store, NOW);
    queue = await startQueue(store, { pollingIntervalSeconds: 0.5, schedule: false });
    await queue.work([transcribeRecordingJob, ingestBatchJob, scoreConversationsJob]);
    const built = await testApp(store, () => NOW);
    built.ctx.jobs = queue;
    built.ctx.settings = parseSettings({ ZHIJIAN_STT_ENGINE: 'test' });
    app = built.app;
    for (const u of ['qa', 'lead', 'a001', 'tl3']) cookies[u] = await login(app, u);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await app?.close();
    await queue?.stop({ timeoutMs: 5000 });
  });

  const get = (url: string, who: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers: { cookie: cookies[who]!, ...headers } });

  async function waitDone(id: string): Promise<RecordingBody> {
    for (let i = 0; i < 300; i++) {
      const body = (await get(`/api/recordings/${id}`, 'qa')).json<RecordingBody>();
      if (body.status === 'done' || body.status === 'failed') return body;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('recording not transcribed in time');
  }

  it.skipIf(skip)('transcribes, scores and sends the doubtful hit to review', async () => {
    const up = await app.inject({
      method: 'POST',
      url: '/api/recordings',
      ...multipart(wav, {
        agentId: 'A001',
        conversationId: 'stt-call-1',
        startedAt: '2026-10-19T09:30:00+08:00',
      }),
      headers: { ...multipart(wav, {}).headers, cookie: cookies.qa! },
    });
    expect(up.statusCode, up.body).toBe(202);
    const rec = up.json<RecordingBody>();
    expect(rec).toMatchObject({ status: 'queued', conversationId: 'stt-call-1', sizeBytes: wav.length });
    const done = await waitDone(rec.id);
    expect(done).toMatchObject({ status: 'done', progress: 100, engine: 'test', error: null });

    const conv = (await get('/api/conversations/stt-call-1', 'qa')).json<{
      conversation: {
        agentId: string;
        turns: { role: string; text: string; startMs: number; meta?: object }[];
      };
      result: {
        score: { total: number };
        hits: { rule: string; turn: number; deduction: number; suggested?: boolean; review?: string }[];
      };
    }>();
    expect(conv.conversation.agentId).toBe('A001');
    expect(conv.conversation.turns.map((x) => [x.role, x.text, x.startMs])).toEqual(
      TEST_CALL.map((l) => [l.who, l.text, l.atMs]),
    );
    expect(conv.conversation.turns[3]?.meta).toMatchObject({ asrConfidence: 0.4, lowConfidence: [[0, 9]] });
    const forbidden = conv.result.hits.filter((h) => h.rule === 'forbidden-phrase');
    expect(forbidden.map((h) => [h.turn, h.deduction > 0, h.suggested ?? false, h.review ?? null])).toEqual([
      [2, true, false, null],
      [3, false, true, 'low-asr-confidence'],
    ]);

    const task = await app.inject({
      method: 'POST',
      url: '/api/review/tasks',
      payload: { conversationId: 'stt-call-1' },
      headers: { cookie: cookies.lead! },
    });
    expect(task.statusCode, task.body).toBe(201);
  });

  it.skipIf(skip)(
    'serves the audio with byte ranges to those who see the call, and to nobody else',
    async () => {
      const meta = await get('/api/conversations/stt-call-1/recording', 'a001');
      expect(meta.statusCode).toBe(200);
      expect(meta.json()).toMatchObject({
        channels: 2,
        sampleRate: 8000,
        audioUrl: '/api/conversations/stt-call-1/audio',
      });
      const whole = await get('/api/conversations/stt-call-1/audio', 'a001');
      expect(whole.statusCode).toBe(200);
      expect(whole.headers['accept-ranges']).toBe('bytes');
      expect(whole.rawPayload.equals(Buffer.from(wav))).toBe(true);
      const part = await get('/api/conversations/stt-call-1/audio', 'a001', { range: 'bytes=0-99' });
      expect(part.statusCode).toBe(206);
      expect(part.headers['content-range']).toBe(`bytes 0-99/${wav.length}`);
      expect(part.rawPayload.equals(Buffer.from(wav.subarray(0, 100)))).toBe(true);
      const tail = await get('/api/conversations/stt-call-1/audio', 'a001', { range: 'bytes=-10' });
      expect(tail.rawPayload.equals(Buffer.from(wav.subarray(wav.length - 10)))).toBe(true);
      expect(
        (await get('/api/conversations/stt-call-1/audio', 'a001', { range: `bytes=${wav.length}-` }))
          .statusCode,
      ).toBe(416);
      // a team leader of another team: not found, like the conversation itself
      expect((await get('/api/conversations/stt-call-1/recording', 'tl3')).statusCode).toBe(404);
      expect((await get('/api/conversations/stt-call-1/audio', 'tl3')).statusCode).toBe(404);
    },
  );

  it.skipIf(skip)(
    'refuses what is not a WAV it can read, and an agent outside the caller’s knowledge',
    async () => {
      const bad = await app.inject({
        method: 'POST',
        url: '/api/recordings',
        ...multipart(new TextEncoder().encode('not audio'), {}),
        headers: { ...multipart(wav, {}).headers, cookie: cookies.qa! },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ error: { message: string } }>().error.message).toMatch(/not a WAV file/);
      const unknown = await app.inject({
        method: 'POST',
        url: '/api/recordings',
        ...multipart(wav, { agentId: 'NOPE' }),
        headers: { ...multipart(wav, {}).headers, cookie: cookies.qa! },
      });
      expect(unknown.statusCode).toBe(400);
      expect((await get('/api/recordings/rec-missing', 'qa')).statusCode).toBe(404);
    },
  );
});
