// The request guards and login throttling through the real app on both databases: cross-site writes refused for
// cookie sessions only, security headers on every answer, NUL / lone surrogates / deep nesting / oversized bodies
// answered 400 / 413 instead of 500, X-Forwarded-For ignored unless a proxy is configured, throttling that stops a
// guesser without letting a stranger lock an account out, logins and lockouts audited, guessable passwords refused.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../store/index.ts';
import { seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { login, seedUsers, TEST_PASSWORD, testApp } from './testing/test-app.ts';

const NOW = new Date('2026-10-20T04:00:00Z');
const COMPLAINT = { receivedOn: '2026-10-12', agentId: 'A001', severity: 'general', description: '态度差' };

describe.each(await testDrivers())('request guards on $kind', (driver) => {
  const t = useTestStore(driver);
  let app: FastifyInstance;
  let admin = '';
  const skip = driver.kind === 'postgres' && !driver.available;

  beforeAll(async () => {
    if (skip) return;
    await seedOrganisation(t.store());
    await seedUsers(t.store(), [
      { username: 'boss', role: 'admin' },
      { username: 'victim', role: 'qa_lead' },
    ]);
    app = (await testApp(t.store(), () => NOW)).app;
    admin = await login(app, 'boss');
  });
  afterAll(async () => {
    await app?.close();
  });

  const postComplaint = (headers: Record<string, string>, payload: unknown = COMPLAINT) =>
    app.inject({ method: 'POST', url: '/api/complaints', payload: payload as object, headers });

  it.skipIf(skip)('refuses cookie-authenticated writes from other origins, not bearer calls', async () => {
    const sibling = await postComplaint({ cookie: admin, 'sec-fetch-site': 'same-site' });
    expect(sibling.statusCode).toBe(403);
    expect(sibling.body).toContain('cross-site');
    const crossOrigin = await postComplaint({ cookie: admin, origin: 'http://localhost:4000' });
    expect(crossOrigin.statusCode).toBe(403);
    // a form post of JSONL to ingest, the attack that needed no preflight
    const ingest = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: '{"id":"x","turns":[]}',
      headers: { cookie: admin, 'content-type': 'text/plain', 'sec-fetch-site': 'cross-site' },
    });
    expect(ingest.statusCode).toBe(403);

    expect((await postComplaint({ cookie: admin, 'sec-fetch-site': 'same-origin' })).statusCode).toBe(201);
    const sameOrigin = { cookie: admin, host: 'zhijian.example:3000', origin: 'http://zhijian.example:3000' };
    expect((await postComplaint(sameOrigin)).statusCode).toBe(201);
    expect((await postComplaint({ cookie: admin })).statusCode).toBe(201);
    const token = admin.replace(/^zhijian_session=/, '').split(';')[0]!;
    const bearer = await postComplaint({ authorization: `Bearer ${token}`, 'sec-fetch-site': 'cross-site' });
    expect(bearer.statusCode).toBe(201);
    // reads are never refused
    const read = await app.inject({
      method: 'GET',
      url: '/api/complaints',
      headers: { cookie: admin, 'sec-fetch-site': 'cross-site' },
    });
    expect(read.statusCode).toBe(200);
  });

  it.skipIf(skip)('sends security headers on every answer', async () => {
    for (const url of ['/api/health', '/api/conversations', '/api/nope']) {
      const res = await app.inject({ method: 'GET', url, headers: { cookie: admin } });
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
    }
  });

  it.skipIf(skip)(
    'answers NUL, lone surrogates, deep nesting and oversized bodies with 400 / 413',
    async () => {
      const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie: admin } });
      const nulParam = await get('/api/conversations/a%00b');
      expect(nulParam.statusCode).toBe(400);
      expect(nulParam.json<{ error: { message: string } }>().error.message).toContain('params.id');
      expect((await get('/api/conversations?q=%00')).statusCode).toBe(400);
      expect((await get('/api/complaints/%ED%A0%80')).statusCode).toBeLessThan(500);
      const surrogate = await app.inject({
        method: 'POST',
        url: '/api/complaints',
        payload: JSON.stringify({ ...COMPLAINT, description: 'x\ud800' }),
        headers: { cookie: admin, 'content-type': 'application/json' },
      });
      expect(surrogate.statusCode).toBe(400);
      expect(surrogate.json<{ error: { details: { field: string } } }>().error.details.field).toBe(
        'body.description',
      );
      const deep = await app.inject({
        method: 'POST',
        url: '/api/complaints',
        payload: `{"description":${'['.repeat(5000)}${']'.repeat(5000)}}`,
        headers: { cookie: admin, 'content-type': 'application/json' },
      });
      expect(deep.statusCode).toBe(400);
      const big = await app.inject({
        method: 'POST',
        url: '/api/complaints',
        payload: JSON.stringify({ ...COMPLAINT, description: 'x'.repeat(2 * 1024 * 1024) }),
        headers: { cookie: admin, 'content-type': 'application/json' },
      });
      expect(big.statusCode).toBe(413);
      const nulLogin = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'boss\u0000', password: 'x' },
      });
      expect(nulLogin.statusCode).toBe(400);
    },
  );

  it.skipIf(skip)('throttles a guesser per address, never locks the owner out, and audits it', async () => {
    const attempt = (username: string, password: string, ip: string, xff?: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
        remoteAddress: ip,
        headers: xff ? { 'x-forwarded-for': xff } : {},
      });
    // A forged X-Forwarded-For changes nothing: the socket address is the key without a configured proxy.
    for (let i = 0; i < 5; i++) {
      expect((await attempt('victim', `guess-${i}`, '203.0.113.9', `198.51.100.${i}`)).statusCode).toBe(401);
    }
    expect((await attempt('victim', 'guess-6', '203.0.113.9', '198.51.100.77')).statusCode).toBe(429);
    expect((await attempt('victim', TEST_PASSWORD, '203.0.113.9')).statusCode).toBe(429);
    // The owner, elsewhere, is not locked out by the stranger.
    expect((await attempt('victim', TEST_PASSWORD, '192.0.2.10')).statusCode).toBe(200);
    const audit = await listAudit(t.store(), {});
    expect(audit.filter((a) => a.action === 'auth.lockout').map((a) => a.entityId)).toEqual(['victim']);
    expect(audit.some((a) => a.action === 'auth.login' && a.entityId === 'victim')).toBe(true);
  });

  it.skipIf(skip)('refuses guessable passwords', async () => {
    for (const password of ['1234567890', 'qwertyuiop', '0987654321', 'password123', 'abababab']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/users',
        payload: { username: `u${password.length}x`, role: 'qa_inspector', password },
        headers: { cookie: admin },
      });
      expect(res.statusCode, password).toBe(400);
    }
  });
});
