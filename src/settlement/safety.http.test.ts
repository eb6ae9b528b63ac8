// Settlement safety over HTTP on both databases: a complaint judged after the statement was built shows up as the
// ¥2,500 line in the "inputs changed" diff and blocks confirming until a rebuild or an audited acknowledgement; a
// report submission recorded on time clears the ¥50 late-report line and clearing it brings the line back; KPI
// items without data are listed with their marker (answer rate and QA need an acknowledgement, satisfaction scores
// full per seed 002 (五)2); the working calendar reports which years it covers.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, seedUsers, testApp } from '../http/testing/test-app.ts';
import { listAudit, saveResult, saveRulePack, upsertConversation } from '../store/index.ts';
import { conversation, seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';

interface Line {
  kind: string;
  amountFen: number;
  reference?: string;
}
interface Statement {
  id: string;
  state: string;
  netFen: number;
  statement: { lines: Line[] };
  permittedActions: string[];
  safety: {
    checked: boolean;
    inputsChanged: boolean;
    attentionNeeded: boolean;
    fingerprint: string;
    diff: {
      lines: { kind: string; beforeFen: number | null; afterFen: number | null }[];
      netBeforeFen: number;
      netAfterFen: number;
    } | null;
    missingKpiData: { agentId: string; item: string; rule: string; needsAcknowledgement: boolean }[];
    acknowledgements: Record<string, { fingerprint: string; note: string } | null>;
  };
}

// 10 November 2026: October's statement; September's report was due on 5 October.
const NOW = new Date('2026-11-10T02:00:00Z');
const MONTH = '2026-10';
const STATS_CSV = [
  'agent_id,date,offered,answered,answered_within_20s,abandoned_in_queue,rated,satisfied,rating_abandoned',
  'A001,2026-10-01,100,100,100,0,10,10,0',
  'A002,2026-10-01,100,100,100,0,0,0,0',
].join('\n');

describe.each(await testDrivers())('settlement safety over HTTP on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  let app: FastifyInstance;
  const cookies: Record<string, string> = {};
  const call = (
    user: string,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ) =>
    app.inject({
      method,
      url,
      headers: { cookie: cookies[user]! },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const statement = async (id: string) =>
    (await call('pm1', 'GET', `/api/settlements/${id}`)).json<Statement>();

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    const users = [
      { username: 'admin', role: 'admin' },
      { username: 'desk', role: 'complaint_desk' },
      { username: 'pm1', role: 'vendor_manager', vendorId: 'V1' },
      { username: 'pm2', role: 'vendor_manager', vendorId: 'V2' },
    ] as const;
    await seedUsers(store, users);
    await saveRulePack(store, { id: 'default', version: 1_000_000, name: '默认', body: {} });
    for (const [id, agentId, teamId] of [
      ['q-1', 'A001', 'T1'],
      ['q-2', 'A002', 'T2'],
    ] as const) {
      await upsertConversation(store, conversation(id, { agentId, startedAt: '2026-10-03T10:00:00+08:00' }), {
        teamId,
        vendorId: 'V1',
      });
      await saveResult(store, {
        conversationId: id,
        conversationVersion: 1,
        packId: 'default',
        packVersion: 1_000_000,
        machineScore: 90,
        total: 90,
        fatal: false,
        categories: {},
        hits: [],
      });
    }
    app = (await testApp(store, () => NOW)).app;
    for (const u of users) cookies[u.username] = await login(app, u.username);
    const imported = await app.inject({
      method: 'POST',
      url: '/api/kpi/stats',
      headers: { cookie: cookies.admin!, 'content-type': 'text/csv' },
      payload: STATS_CSV,
    });
    expect(imported.statusCode).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
  });

  let id = '';
  it.skipIf(skip)(
    'shows a complaint judged after the build as the ¥2,500 line and blocks confirming',
    async () => {
      // September's report was never recorded: the statement built today carries the ¥50 late-report line.
      const built = await call('pm1', 'POST', '/api/settlements', { vendorId: 'V1', month: MONTH });
      expect(built.statusCode).toBe(201);
      id = built.json<Statement>().id;
      const fresh = built.json<Statement>();
      expect(fresh.safety).toMatchObject({ checked: true, inputsChanged: false, attentionNeeded: false });
      expect(fresh.statement.lines.filter((l) => l.kind === 'late-report').map((l) => l.amountFen)).toEqual([
        -5_000,
      ]);
      expect(fresh.permittedActions).toEqual(['rebuild', 'confirm']);

      const complaint = await call('desk', 'POST', '/api/complaints', {
        receivedOn: '2026-10-12',
        agentId: 'A002',
        severity: 'general',
        description: '客户表示要向媒体反映',
      });
      expect((await statement(id)).safety.inputsChanged).toBe(false); // pending: not a line yet
      await call('desk', 'PATCH', `/api/complaints/${complaint.json<{ id: string }>().id}`, {
        decision: 'responsible',
      });

      const s = await statement(id);
      expect(s.netFen).toBe(fresh.netFen); // the stored statement is unchanged …
      expect(s.safety.inputsChanged).toBe(true); // … but no longer what its inputs give
      expect(s.safety.diff?.lines).toEqual([
        expect.objectContaining({ kind: 'complaint', beforeFen: null, afterFen: -250_000 }),
      ]);
      expect(s.safety.diff?.netAfterFen).toBe(fresh.netFen - 250_000);
      expect(s.permittedActions).toEqual(['rebuild', 'acknowledge']);
      const blocked = await call('pm1', 'POST', `/api/settlements/${id}/confirm`);
      expect(blocked.statusCode).toBe(409);
      expect(blocked.json<{ error: { details: { reason: string } } }>().error.details.reason).toBe(
        'inputs-changed',
      );

      // An acknowledgement names the would-be statement it saw; a stale fingerprint is refused.
      const stale = await call('pm1', 'POST', `/api/settlements/${id}/acknowledge-inputs`, {
        fingerprint: 'not-what-you-saw',
        note: '已核对',
      });
      expect(stale.statusCode).toBe(409);
      expect(
        (
          await call('pm2', 'POST', `/api/settlements/${id}/acknowledge-inputs`, {
            fingerprint: s.safety.fingerprint,
            note: 'x',
          })
        ).statusCode,
      ).toBe(404);
      const ack = await call('pm1', 'POST', `/api/settlements/${id}/acknowledge-inputs`, {
        fingerprint: s.safety.fingerprint,
        note: '投诉将在下月调整',
      });
      // The body names the fingerprint the server computed when it refuses, so a failure here shows both.
      expect(ack.statusCode, `${ack.body} (saw ${s.safety.fingerprint})`).toBe(200);
      expect(ack.json()).toMatchObject({ side: 'vendor-manager', fingerprint: s.safety.fingerprint });
      expect((await statement(id)).permittedActions).toEqual(['rebuild', 'confirm']);
      const audit = await listAudit(t.store(), { entity: 'settlement_statement', entityId: id });
      const entry = audit.find((a) => a.action === 'settlement.acknowledge-inputs');
      expect(entry?.actorUserId).toBe('u-pm1');
      expect(entry?.after).toMatchObject({
        side: 'vendor-manager',
        note: '投诉将在下月调整',
        netWouldBeFen: fresh.netFen - 250_000,
        changedLines: [expect.objectContaining({ kind: 'complaint', afterFen: -250_000 })],
      });

      // The client approving sees the same diff and must acknowledge for themselves.
      expect((await call('pm1', 'POST', `/api/settlements/${id}/confirm`)).statusCode).toBe(200);
      const desk = (await call('desk', 'GET', `/api/settlements/${id}`)).json<Statement>();
      expect(desk.permittedActions).toEqual(['acknowledge', 'reopen']);
      expect((await call('desk', 'POST', `/api/settlements/${id}/approve`)).statusCode).toBe(409);

      // Reopen and rebuild instead: the line is on the statement, nothing left to acknowledge.
      await call('desk', 'POST', `/api/settlements/${id}/reopen`, { reason: '投诉已判定，重新生成' });
      const rebuilt = (
        await call('pm1', 'POST', '/api/settlements', { vendorId: 'V1', month: MONTH })
      ).json<Statement>();
      expect(rebuilt.statement.lines.filter((l) => l.kind === 'complaint').map((l) => l.amountFen)).toEqual([
        -250_000,
      ]);
      expect(rebuilt.safety).toMatchObject({ inputsChanged: false, attentionNeeded: false });
      expect(rebuilt.safety.acknowledgements['vendor-manager']).toBeNull();
    },
  );

  it.skipIf(skip)('clears the ¥50 late-report line when the report is recorded on time', async () => {
    const before = await call('desk', 'GET', `/api/settlement-inputs?vendorId=V1&month=${MONTH}`);
    expect(before.json()).toMatchObject({
      monthlyReport: { period: '2026-09', dueOn: '2026-10-05', submittedOn: null, late: true, feeFen: 5_000 },
      locked: false,
    });
    // The vendor manager records "now" (10 November: still late); the client side gives the real time.
    const recorded = await call('admin', 'POST', '/api/settlement-inputs/reports', {
      vendorId: 'V1',
      period: '2026-09',
      submittedAt: '2026-10-04T18:00:00+08:00',
    });
    expect(recorded.statusCode).toBe(201);
    const after = await call('desk', 'GET', `/api/settlement-inputs?vendorId=V1&month=${MONTH}`);
    expect(after.json()).toMatchObject({ monthlyReport: { submittedOn: '2026-10-04', late: false } });
    const s = await statement(id);
    expect(s.safety.diff?.lines).toEqual([
      expect.objectContaining({ kind: 'late-report', beforeFen: -5_000, afterFen: null }),
    ]);
    const rebuilt = (
      await call('pm1', 'POST', '/api/settlements', { vendorId: 'V1', month: MONTH })
    ).json<Statement>();
    expect(rebuilt.statement.lines.some((l) => l.kind === 'late-report')).toBe(false);

    // Clearing the submission (recorded with the wrong time) is the client's, audited; the line comes back.
    const q = `vendorId=V1&period=2026-09`;
    expect((await call('pm1', 'DELETE', `/api/settlement-inputs/reports?${q}`)).statusCode).toBe(403);
    expect((await call('desk', 'DELETE', `/api/settlement-inputs/reports?${q}`)).statusCode).toBe(200);
    expect((await call('desk', 'DELETE', `/api/settlement-inputs/reports?${q}`)).statusCode).toBe(404);
    expect((await statement(id)).safety.diff?.lines).toEqual([
      expect.objectContaining({ kind: 'late-report', beforeFen: null, afterFen: -5_000 }),
    ]);
    const audit = await listAudit(t.store(), { entity: 'report_submission' });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['report_submission.create', 'report_submission.delete']),
    );
  });

  it.skipIf(skip)(
    'clears a late callback recorded by mistake, and refuses once the month is approved',
    async () => {
      const cb = await call('desk', 'POST', '/api/settlement-inputs/late-callbacks', {
        vendorId: 'V1',
        date: '2026-10-15',
        kind: 'voicemail',
      });
      const cbId = cb.json<{ id: string }>().id;
      expect((await statement(id)).safety.diff?.lines).toContainEqual(
        expect.objectContaining({ kind: 'late-callback', afterFen: -5_000 }),
      );
      expect((await call('desk', 'DELETE', `/api/settlement-inputs/late-callbacks/${cbId}`)).statusCode).toBe(
        200,
      );
      const lines = (await statement(id)).safety.diff?.lines ?? [];
      expect(lines.some((l) => l.kind === 'late-callback')).toBe(false);

      // Approve October; its inputs are locked from then on.
      const again = await call('desk', 'POST', '/api/settlement-inputs/late-callbacks', {
        vendorId: 'V1',
        date: '2026-10-16',
        kind: 'complaint',
      });
      await call('pm1', 'POST', '/api/settlements', { vendorId: 'V1', month: MONTH });
      expect((await call('pm1', 'POST', `/api/settlements/${id}/confirm`)).statusCode).toBe(200);
      expect((await call('desk', 'POST', `/api/settlements/${id}/approve`)).statusCode).toBe(200);
      const del = await call(
        'desk',
        'DELETE',
        `/api/settlement-inputs/late-callbacks/${again.json<{ id: string }>().id}`,
      );
      expect(del.statusCode).toBe(423);
      const inputs = await call('desk', 'GET', `/api/settlement-inputs?vendorId=V1&month=${MONTH}`);
      expect(inputs.json()).toMatchObject({ locked: true });
      expect((await statement(id)).safety).toMatchObject({ checked: false, attentionNeeded: false });
    },
  );

  it.skipIf(skip)('marks KPI items without data; answer rate and QA need an acknowledgement', async () => {
    // V2's A003 has neither call statistics nor QA scores in October.
    const built = (
      await call('pm2', 'POST', '/api/settlements', { vendorId: 'V2', month: MONTH })
    ).json<Statement>();
    expect(built.safety.missingKpiData).toEqual([
      { agentId: 'A003', item: 'answerRate', rule: 'base', points: 40, needsAcknowledgement: true },
      { agentId: 'A003', item: 'satisfaction', rule: 'base', points: 30, needsAcknowledgement: false },
      { agentId: 'A003', item: 'qa', rule: 'base', points: 30, needsAcknowledgement: true },
    ]);
    expect(built.safety).toMatchObject({ inputsChanged: false, attentionNeeded: true });
    expect(built.permittedActions).toEqual(['rebuild', 'acknowledge']);
    const kpi = await call('pm2', 'GET', `/api/kpi?month=${MONTH}`);
    const row = kpi
      .json<{ rows: { agentId: string; noData: string[] }[] }>()
      .rows.find((r) => r.agentId === 'A003');
    expect(row?.noData).toEqual(['answerRate', 'satisfaction', 'qa']);
    // V1's agents all have data: satisfaction of A002 (no survey) alone needs nothing.
    const v1 = (await call('pm1', 'GET', `/api/kpi?month=${MONTH}`)).json<{
      rows: { agentId: string; noData: string[] }[];
    }>();
    expect(v1.rows.find((r) => r.agentId === 'A002')?.noData).toEqual(['satisfaction']);
  });

  it.skipIf(skip)(
    'reports which years the working calendar covers and warns when next year is missing',
    async () => {
      const put = await call('admin', 'PUT', '/api/review/calendar', {
        from: '2026-01-01',
        to: '2026-12-31',
        days: [
          { day: '2026-10-01', kind: 'holiday', name: '国庆节' },
          { day: '2026-10-10', kind: 'workday', name: '国庆节调休' },
        ],
      });
      expect(put.statusCode).toBe(200);
      const cal = (await call('pm1', 'GET', '/api/review/calendar')).json<{
        years: { year: number; holidays: number; workdays: number }[];
        nextYearMissing: boolean;
        nextYear: number;
      }>();
      expect(cal.years).toContainEqual({ year: 2026, holidays: 1, workdays: 1 });
      expect(cal).toMatchObject({ nextYear: 2027, nextYearMissing: true });
      expect(
        (await call('pm1', 'PUT', '/api/review/calendar', { from: '2027-01-01', to: '2027-01-01', days: [] }))
          .statusCode,
      ).toBe(403);
      await call('admin', 'PUT', '/api/review/calendar', {
        from: '2027-01-01',
        to: '2027-12-31',
        days: [{ day: '2027-01-01', kind: 'holiday', name: '元旦' }],
      });
      expect((await call('pm1', 'GET', '/api/review/calendar')).json()).toMatchObject({
        nextYearMissing: false,
      });
    },
  );
});
