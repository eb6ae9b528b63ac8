// Operations surface of the HTTP app: liveness and readiness without error text, 404 JSON for unknown and probe
// paths (the web page only for a browser's client-side route), /metrics off without a token and behind it with one,
// cached and pre-compressed UI assets.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../settings/settings.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { buildApp } from './app.ts';
import type { AppContext } from './context.ts';
import { wantsAppShell } from './ops.ts';

const TOKEN = 'metrics-token-0123456789';

describe('wantsAppShell', () => {
  it('serves the page to browsers on client routes only', () => {
    expect(wantsAppShell('GET', '/conversations/c-1', 'text/html,application/xhtml+xml')).toBe(true);
    expect(wantsAppShell('GET', '/conversations/c-1', '*/*')).toBe(false);
    for (const path of ['/health', '/healthz', '/readyz', '/metrics', '/api/nope', '/docs/x', '/assets/a.js'])
      expect(wantsAppShell('GET', path, 'text/html'), path).toBe(false);
    expect(wantsAppShell('POST', '/overview', 'text/html')).toBe(false);
  });
});

describe.each(await testDrivers())('operations endpoints on $kind', (driver) => {
  const t = useTestStore(driver);
  let app: FastifyInstance;
  let web: string;
  const queueState = { ok: true };
  const bigScript = `console.log(${JSON.stringify('质检'.repeat(2000))});`;

  beforeAll(async () => {
    web = await mkdtemp(join(tmpdir(), 'zhijian-web-'));
    await mkdir(join(web, 'assets'));
    await writeFile(join(web, 'index.html'), '<!doctype html><title>质检</title>');
    await writeFile(join(web, 'assets/app-abc123.js'), bigScript);
    await writeFile(join(web, 'assets/app-abc123.js.gz'), gzipSync(bigScript));
    const ctx: AppContext = {
      store: t.store(),
      settings: { ...parseSettings({}), metricsToken: TOKEN },
      now: () => new Date(),
      queueHealth: () =>
        Promise.resolve(
          queueState.ok
            ? { ok: true, queued: 2, active: 1, failed: 0 }
            : {
                ok: false,
                queued: 0,
                active: 0,
                failed: 0,
                error: 'connect ECONNREFUSED 10.0.0.5:5432 user=zj',
              },
        ),
      readinessWarnings: () => Promise.resolve(['holidays for 2031 are missing']),
      loginThrottle: { state: new Map() },
    };
    app = await buildApp({ ctx, logger: false, webRoot: web });
  });
  afterAll(async () => {
    await app?.close();
    await rm(web, { recursive: true, force: true });
  });

  it('answers liveness with the state but never the error text', async () => {
    queueState.ok = false;
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    queueState.ok = true;
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      ok: false,
      database: { ok: true, kind: driver.kind },
      queue: { ok: false },
    });
    expect(res.body).not.toContain('ECONNREFUSED');
  });

  it('is ready with the database, the queue and every migration; 503 when the queue is down', async () => {
    const ok = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({
      ready: true,
      checks: { database: { ok: true }, queue: { ok: true }, migrations: { ok: true } },
      warnings: ['holidays for 2031 are missing'],
    });
    queueState.ok = false;
    const down = await app.inject({ method: 'GET', url: '/api/ready' });
    queueState.ok = true;
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({ ready: false, checks: { queue: { ok: false } } });
    expect(down.body).not.toContain('ECONNREFUSED');
  });

  it('answers 404 JSON on probe paths and unknown API paths, the page on a browser navigation', async () => {
    for (const url of ['/health', '/healthz', '/readyz', '/api/nope', '/assets/missing.js']) {
      const res = await app.inject({ method: 'GET', url, headers: { accept: 'text/html,*/*' } });
      expect(res.statusCode, url).toBe(404);
      expect(res.json(), url).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
    const page = await app.inject({ method: 'GET', url: '/review/t-1', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('sends hashed assets pre-compressed and cached for a year', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(bigScript));
  });

  it('serves Prometheus metrics only with the bearer token', async () => {
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const wrong = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.statusCode).toBe(401);
    const res = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(
      /zhijian_http_requests_total\{method="GET",route="\/api\/ready",status="200"\} \d+/,
    );
    expect(res.body).toContain('zhijian_http_request_duration_seconds_bucket');
    expect(res.body).toContain('# TYPE zhijian_jobs_failed_total counter');
    expect(res.body).toContain('# TYPE zhijian_conversations_scored_total counter');
    expect(res.body).toContain('# TYPE zhijian_live_calls_total counter');
    expect(res.body).toContain('# TYPE zhijian_live_segment_check_seconds histogram');
    expect(res.body).toMatch(/zhijian_live_calls_held \d+/);
  });

  it('answers 404 JSON at /metrics when METRICS_TOKEN is not set', async () => {
    const off = await buildApp({
      ctx: {
        store: t.store(),
        settings: parseSettings({}),
        now: () => new Date(),
        queueHealth: null,
        loginThrottle: { state: new Map() },
      },
      logger: false,
      webRoot: web,
    });
    try {
      const res = await off.inject({ method: 'GET', url: '/metrics', headers: { accept: 'text/html' } });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    } finally {
      await off.close();
    }
  });
});
