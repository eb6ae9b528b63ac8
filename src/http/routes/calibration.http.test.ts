// Calibration sessions through the HTTP API on PGlite and PostgreSQL: blind scoring, close, agreement report.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDrivers, useTestStore } from '../../store/testing/test-store.ts';
import { login, testApp } from '../testing/test-app.ts';
import { seedReviewWorld } from './review-fixtures.ts';

const NOW = new Date('2026-10-16T07:00:00Z');

interface SessionJson {
  session: { id: number; status: string; leadUserId: string | null };
  conversations: { conversationId: string; hits: { index: number; rule: string }[] }[];
  scores: { userId: string; conversationId: string; total: number }[];
  report: unknown;
}

describe.each(await testDrivers())('calibration API on $kind', (driver) => {
  const t = useTestStore(driver);
  let app: FastifyInstance;
  const skip = driver.kind === 'postgres' && !driver.available;
  const cookies = new Map<string, string>();
  const call = async (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
    let cookie = cookies.get(user);
    if (!cookie) cookies.set(user, (cookie = await login(app, user)));
    return app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  };
  let id = 0;

  beforeAll(async () => {
    if (skip) return;
    await seedReviewWorld(t.store(), NOW);
    app = (await testApp(t.store(), () => NOW)).app;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('is created by the QA lead with at least two QA raters', async () => {
    const body = {
      name: '十月校准',
      conversationIds: ['c-01', 'c-04'],
      inspectorUserIds: ['u-lead', 'u-qa1', 'u-qa2'],
    };
    expect((await call('qa1', 'POST', '/api/calibration-sessions', body)).statusCode).toBe(403);
    const bad = await call('lead', 'POST', '/api/calibration-sessions', {
      ...body,
      inspectorUserIds: ['u-lead', 'u-a001'],
    });
    expect(bad.statusCode).toBe(400);
    const res = await call('lead', 'POST', '/api/calibration-sessions', body);
    expect(res.statusCode).toBe(201);
    id = res.json<{ id: number }>().id;
    expect(res.json()).toMatchObject({ status: 'open', leadUserId: 'u-lead' });
    expect((await call('a001', 'GET', `/api/calibration-sessions/${id}`)).statusCode).toBe(403);
  });

  it('keeps scores blind until the session is closed, then reports agreement', async () => {
    const view = (await call('qa1', 'GET', `/api/calibration-sessions/${id}`)).json<SessionJson>();
    expect(view.conversations.map((c) => c.conversationId)).toEqual(['c-01', 'c-04']);
    const verdicts = (conversationId: string, reject: string | null) =>
      view.conversations
        .find((c) => c.conversationId === conversationId)!
        .hits.map((h) => ({ hit: h.index, verdict: h.rule === reject ? 'reject' : 'confirm' }));
    const submit = (user: string, conversationId: string, reject: string | null, misjudged: number) =>
      call(user, 'PUT', `/api/calibration-sessions/${id}/scores/${conversationId}`, {
        hits: verdicts(conversationId, reject),
        deductions: [{ item: 'professional.misjudged', occurrences: misjudged, reason: '重复询问' }],
      });
    for (const user of ['lead', 'qa1']) {
      expect((await submit(user, 'c-01', null, 1)).statusCode).toBe(200);
      expect((await submit(user, 'c-04', null, 0)).statusCode).toBe(200);
    }
    expect((await submit('qa2', 'c-01', 'forbidden-phrase', 0)).json()).toMatchObject({ total: 96 });
    expect((await submit('qa2', 'c-04', 'forbidden-phrase', 1)).statusCode).toBe(200);

    const blind = (await call('qa2', 'GET', `/api/calibration-sessions/${id}`)).json<SessionJson>();
    expect(new Set(blind.scores.map((s) => s.userId))).toEqual(new Set(['u-qa2']));
    expect(blind.report).toBeNull();
    expect((await call('lead', 'GET', `/api/calibration-sessions/${id}/report`)).statusCode).toBe(409);

    const closed = await call('lead', 'POST', `/api/calibration-sessions/${id}/close`);
    expect(closed.statusCode).toBe(200);
    const report = closed.json<{
      raters: string[];
      items: { key: string; units: number; fleiss: number | null }[];
      inspectors: {
        userId: string;
        withMajority: { agreement: number };
        withLead: { agreement: number } | null;
      }[];
    }>();
    expect(report.raters).toEqual(['u-lead', 'u-qa1', 'u-qa2']);
    expect(report.items.find((i) => i.key === 'rule:forbidden-phrase')).toMatchObject({ units: 4 });
    const qa1 = report.inspectors.find((i) => i.userId === 'u-qa1')!;
    const qa2 = report.inspectors.find((i) => i.userId === 'u-qa2')!;
    expect(qa1.withLead?.agreement).toBe(1);
    expect(qa2.withMajority.agreement).toBeLessThan(qa1.withMajority.agreement);

    const after = (await call('qa2', 'GET', `/api/calibration-sessions/${id}`)).json<SessionJson>();
    expect(after.scores).toHaveLength(6);
    expect(after.report).not.toBeNull();
    expect((await submit('qa2', 'c-01', null, 0)).statusCode).toBe(423);
    expect((await call('lead', 'POST', `/api/calibration-sessions/${id}/close`)).statusCode).toBe(423);
  });
});
