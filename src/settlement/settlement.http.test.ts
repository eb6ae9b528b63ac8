// KPI and settlement through the HTTP API on both databases: seed 002's worked examples (A 120 points → ¥200 bonus, B 80 →
// ¥1,400 deduction), a full statement from imported stats + QA results + complaints + late callback + late report +
// loss + discipline fine with the net checked by hand, states with roles, the lock, adjusting entries, the XLSX
// export opened again, the print view, audit entries and re-import idempotency.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, seedUsers, testApp } from '../http/testing/test-app.ts';
import { listAudit, saveResult, saveRulePack, upsertConversation } from '../store/index.ts';
import { conversation, seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';

/** The fields of the API's answers these tests read. */
interface Body {
  id: string;
  state: string;
  netFen: number;
  net: string;
  problems: string[];
  statement: {
    totals: Record<string, number>;
    lines: { kind: string; amountFen: number; reference?: string }[];
  };
  adjustments: { settledInStatementId: string | null }[];
  rows: { agentId: string; inputs: Record<string, number> }[];
  daily: unknown[];
  errors: unknown[];
  items: { id: string; receivedOn: string; decision: string }[];
  agents: { stage: unknown; online: unknown }[];
  incident: unknown;
  online: unknown;
}

const NOW = new Date('2026-11-10T02:00:00Z');
const MONTH = '2026-10';

// A001 (V1): 100 % answered within 20 s, 100 % satisfied, QA 92 and 96 → 46 + 40 + 34 = 120 points.
// A002 (V1): 92/100 within 20 s, 8/(12−2) satisfied, QA 90 → 30 + 20 + 30 = 80 points.
const STATS_CSV = [
  'agent_id,date,offered,answered,answered_within_20s,abandoned_in_queue,rated,satisfied,rating_abandoned',
  'A001,2026-10-01,30,25,25,5,10,9,1',
  'A001,2026-10-01,30,25,25,5,0,0,0',
  'A001,2026-10-02,40,40,40,0,10,9,1',
  'A002,2026-10-01,100,95,92,0,12,8,2',
  'A002,2026-10-02,10,11,5,0,0,0,0',
  'A999,2026-10-02,10,10,10,0,0,0,0',
].join('\n');

describe.each(await testDrivers())('KPI and settlement over HTTP on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  let app: FastifyInstance;
  const cookies: Record<string, string> = {};
  const as = (user: string) => ({ cookie: cookies[user]! });
  const call = (user: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: as(user),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    const users = [
      { username: 'admin', role: 'admin' },
      { username: 'desk', role: 'complaint_desk' },
      { username: 'qa', role: 'qa_lead' },
      { username: 'pm1', role: 'vendor_manager', vendorId: 'V1' },
      { username: 'pm2', role: 'vendor_manager', vendorId: 'V2' },
      { username: 'a001', role: 'agent', agentId: 'A001' },
    ] as const;
    await seedUsers(store, users);
    await saveRulePack(store, { id: 'default', version: 1_000_000, name: '默认', body: {} });
    const scores: [string, string, number, string][] = [
      ['q-1', 'A001', 92, '2026-10-03T10:00:00+08:00'],
      ['q-2', 'A001', 96, '2026-10-31T23:30:00+08:00'],
      ['q-3', 'A002', 90, '2026-10-05T09:00:00+08:00'],
      // 2026-11-01 00:10 in Shanghai: November, not October.
      ['q-4', 'A001', 10, '2026-10-31T16:10:00Z'],
    ];
    for (const [id, agentId, total, startedAt] of scores) {
      const teamId = agentId === 'A001' ? 'T1' : 'T2';
      await upsertConversation(store, conversation(id, { agentId, startedAt }), { teamId, vendorId: 'V1' });
      await saveResult(store, {
        conversationId: id,
        conversationVersion: 1,
        packId: 'default',
        packVersion: 1_000_000,
        machineScore: total,
        total,
        fatal: false,
        categories: {},
        hits: [],
      });
    }
    // A003 (V2) carries its facts in meta: derived statistics.
    const metas = [
      { answeredWithinMs: 8000, survey: 'satisfied' },
      { answeredWithinMs: 25000, survey: '不满意' },
      { answeredWithinMs: 3000 },
    ];
    for (const [i, meta] of metas.entries())
      await upsertConversation(
        store,
        conversation(`m-${i}`, { agentId: 'A003', startedAt: `2026-10-0${i + 1}T10:00:00+08:00`, meta }),
        { teamId: 'T3', vendorId: 'V2' },
      );
    app = (await testApp(store, () => NOW)).app;
    for (const u of users) cookies[u.username] = await login(app, u.username);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('imports call statistics: bad rows reported with line and field, good rows kept, re-import replaces', async () => {
    const forbidden = await app.inject({
      method: 'POST',
      url: '/api/kpi/stats',
      headers: { ...as('a001'), 'content-type': 'text/csv' },
      payload: STATS_CSV,
    });
    expect(forbidden.statusCode).toBe(403);
    for (let round = 0; round < 2; round++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/kpi/stats',
        headers: { ...as('qa'), 'content-type': 'text/csv' },
        payload: STATS_CSV,
      });
      expect(res.statusCode).toBe(200);
      const body = res.json<Body>();
      expect(body).toMatchObject({ source: 'import', rowsAccepted: 4, agentDays: 3, months: ['2026-10'] });
      expect(body.errors).toHaveLength(2);
      expect(body.errors[0]).toMatchObject({ line: 6, field: 'answered' });
      expect(body.errors[1]).toMatchObject({
        line: 7,
        field: 'agent_id',
        message: 'unknown agent A999: add the agent to the organisation first',
      });
    }
    const drill = await call('admin', 'GET', `/api/kpi/A001?month=${MONTH}`);
    expect(drill.statusCode).toBe(200);
    // Two imports of the same file: still one row per (agent, day, source), skill-group rows summed.
    expect(drill.json<Body>().daily).toEqual([
      expect.objectContaining({ date: '2026-10-01', source: 'import', offered: 60, answeredWithin20s: 50 }),
      expect.objectContaining({ date: '2026-10-02', source: 'import', offered: 40 }),
    ]);
  });

  it('imports XLSX under a named source', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('话务');
    ws.addRow(['工号', '日期', '呼入量', '接通量', '20秒内接通', '排队放弃']);
    ws.addRow(['A003', '2026-09-03', 20, 19, 19, 1]);
    const res = await app.inject({
      method: 'POST',
      url: '/api/kpi/stats?source=udesk',
      headers: {
        ...as('admin'),
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<Body>()).toMatchObject({ format: 'xlsx', source: 'udesk', agentDays: 1, errors: [] });
    const kpi = (await call('admin', 'GET', '/api/kpi?month=2026-09&vendorId=V2')).json<Body>();
    expect(kpi.rows[0]).toMatchObject({ agentId: 'A003', answerRate: 1, points: { answerRate: 46 } });
  });

  it('derives daily statistics from conversations’ meta', async () => {
    const res = await call('qa', 'POST', '/api/kpi/stats/derive', { month: MONTH });
    expect(res.json<Body>()).toMatchObject({ agentDays: 3, agents: 1 });
    const again = await call('qa', 'POST', '/api/kpi/stats/derive', { month: MONTH });
    expect(again.json<Body>()).toMatchObject({ agentDays: 3 });
    // No imported source covers A003's October days, so every derived row counts (src/settlement/daily-rows.ts).
    const drill = (await call('admin', 'GET', `/api/kpi/A003?month=${MONTH}`)).json<{
      daily: { source: string; counted: boolean }[];
    }>();
    expect(drill.daily.map((d) => [d.source, d.counted])).toEqual([
      ['conversations', true],
      ['conversations', true],
      ['conversations', true],
    ]);
    const row = (await call('admin', 'GET', `/api/kpi?month=${MONTH}&vendorId=V2`)).json<Body>().rows[0];
    // 2 of 3 answered within 20 s; 1 satisfied of 2 rated.
    expect(row?.inputs).toMatchObject({
      offered: 3,
      answered: 3,
      answeredWithin20s: 2,
      rated: 2,
      satisfied: 1,
    });
  });

  it('computes seed 002’s worked examples: A 120 → ¥200 bonus, B 80 → ¥1,400 deduction', async () => {
    const res = await call('admin', 'GET', `/api/kpi?month=${MONTH}&vendorId=V1`);
    expect(res.statusCode).toBe(200);
    const [a, b] = res.json<Body>().rows;
    expect(a).toMatchObject({
      agentId: 'A001',
      answerRate: 1,
      satisfaction: 1,
      qaScore: 94,
      points: { answerRate: 46, satisfaction: 40, qa: 34, total: 120 },
      bonusFen: 20_000,
      deductionFen: 0,
      inputs: { qaCount: 2, days: 2 },
    });
    expect(b).toMatchObject({
      agentId: 'A002',
      answerRate: 0.92,
      satisfaction: 0.8,
      qaScore: 90,
      points: { answerRate: 30, satisfaction: 20, qa: 30, total: 80 },
      bonusFen: 0,
      deductionFen: 140_000,
    });
    const own = (await call('a001', 'GET', `/api/kpi?month=${MONTH}`)).json<Body>().rows;
    expect(own.map((r) => r.agentId)).toEqual(['A001']);
    expect((await call('a001', 'GET', `/api/kpi/A002?month=${MONTH}`)).statusCode).toBe(404);
  });

  let statementId = '';
  it('records complaints, callbacks, report, loss and discipline, and builds the statement', async () => {
    const general = await call('desk', 'POST', '/api/complaints', {
      receivedOn: '2026-10-12',
      agentId: 'A002',
      severity: 'general',
      decision: 'responsible',
      conversationId: 'q-3',
      description: '客户表示要向媒体反映',
    });
    expect(general.statusCode).toBe(201);
    expect(general.json<Body>()).toMatchObject({ vendorId: 'V1', responsible: true, decidedBy: 'u-desk' });
    const minor = await call('desk', 'POST', '/api/complaints', {
      receivedOn: '2026-10-20',
      agentId: 'A001',
      severity: 'minor',
      description: '答复不准确',
    });
    expect(minor.json<Body>()).toMatchObject({ decision: 'pending', responsible: null });
    await call('desk', 'POST', '/api/complaints', {
      receivedOn: '2026-10-21',
      agentId: 'A001',
      severity: 'severe',
      decision: 'not_responsible',
      description: '经核实非客服原因',
    });
    expect(
      (
        await call('pm1', 'POST', '/api/complaints', {
          receivedOn: '2026-10-01',
          agentId: 'A001',
          severity: 'minor',
          description: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const decided = await call('desk', 'PATCH', `/api/complaints/${minor.json<Body>().id}`, {
      decision: 'responsible',
    });
    expect(decided.json<Body>()).toMatchObject({ responsible: true, severity: 'minor' });
    expect((await call('pm2', 'GET', `/api/complaints/${minor.json<Body>().id}`)).statusCode).toBe(404);
    expect((await call('pm1', 'GET', `/api/complaints?month=${MONTH}`)).json<Body>().items).toHaveLength(3);
    // the complaint rate per 10,000 calls in each vendor's scope (calls counted by their month in Shanghai)
    type Rates = { byMonth: unknown[]; byCause: unknown[]; byTeam: { key: string; per10k: number | null }[] };
    const rates = await call('pm1', 'GET', '/api/complaints/rates?from=2026-10&to=2026-11');
    expect(rates.statusCode, rates.body).toBe(200);
    expect(rates.json<Rates>().byMonth).toEqual([
      { key: '2026-10', complaints: 3, calls: 3, per10k: 10000 },
      { key: '2026-11', complaints: 0, calls: 1, per10k: 0 },
    ]);
    expect(rates.json<Rates>().byCause).toEqual([{ causeId: 'unclassified', complaints: 3, share: 1 }]);
    expect(
      rates
        .json<Rates>()
        .byTeam.map((x) => x.key)
        .sort(),
    ).toEqual(['T1', 'T2']);
    const other = (await call('pm2', 'GET', '/api/complaints/rates?from=2026-10&to=2026-10')).json<Rates>();
    expect(other.byMonth).toEqual([{ key: '2026-10', complaints: 0, calls: 3, per10k: 0 }]);
    expect(other.byCause).toEqual([]);

    expect(
      (
        await call('desk', 'POST', '/api/settlement-inputs/late-callbacks', {
          vendorId: 'V1',
          date: '2026-10-15',
          kind: 'complaint',
          agentId: 'A002',
        })
      ).statusCode,
    ).toBe(201);
    // September's report completed on 8 October: after the 5th → ¥50 on October's statement.
    const report = await call('admin', 'POST', '/api/settlement-inputs/reports', {
      vendorId: 'V1',
      period: '2026-09',
      submittedAt: '2026-10-08T09:00:00+08:00',
    });
    expect(report.json<Body>()).toMatchObject({ submittedOn: '2026-10-08', created: true });
    expect(
      (
        await call('desk', 'POST', '/api/settlement-inputs/actual-losses', {
          vendorId: 'V1',
          month: MONTH,
          description: '过季货品接收退次',
          amountFen: 12_345,
        })
      ).statusCode,
    ).toBe(201);

    // Discipline: A002's second confirmed record-keeping error (October) → ¥100 and offline training.
    const ids: string[] = [];
    for (const occurredOn of ['2026-09-20', '2026-10-18']) {
      const rec = await call('qa', 'POST', '/api/discipline/incidents', {
        agentId: 'A002',
        occurredOn,
        description: '工单地址记录错误',
      });
      expect(rec.statusCode).toBe(201);
      ids.push(rec.json<Body>().id);
      const own = await call('qa', 'POST', `/api/discipline/incidents/${rec.json<Body>().id}/review`, {
        decision: 'confirmed',
      });
      expect(own.statusCode, own.body).toBe(409);
      const rev = await call('pm1', 'POST', `/api/discipline/incidents/${rec.json<Body>().id}/review`, {
        decision: 'confirmed',
      });
      expect(rev.json<Body>().incident).toMatchObject({ review: 'confirmed', reviewer: 'u-pm1' });
    }
    const ledger = (await call('pm1', 'GET', '/api/discipline?agentId=A002')).json<Body>().agents[0];
    expect(ledger?.stage).toMatchObject({ stage: 2, kind: 'offline-training-and-fine', triggeredBy: ids[1] });
    expect(ledger?.online).toEqual({ kind: 'offline-training', awaiting: ['supervisor', 'client'] });
    const early = await call('qa', 'POST', `/api/discipline/incidents/${ids[0]}/confirm-return`);
    expect(early.statusCode, early.body).toBe(409);
    await call('pm1', 'POST', `/api/discipline/incidents/${ids[1]}/confirm-return`, { note: '培训考试通过' });
    const back = await call('admin', 'POST', `/api/discipline/incidents/${ids[1]}/confirm-return`);
    expect(back.json<Body>().online).toEqual({ kind: 'online' });

    const built = await call('desk', 'POST', '/api/settlements', { vendorId: 'V1', month: MONTH });
    expect(built.statusCode).toBe(201);
    const s = built.json<Body>();
    statementId = s.id;
    const totals = s.statement.totals;
    expect(totals).toMatchObject({
      'base-fee': 1_400_000,
      'kpi-bonus': 20_000,
      'kpi-deduction': -140_000,
      complaint: -300_000,
      'late-callback': -5_000,
      'late-report': -5_000,
      'actual-loss': -12_345,
      'discipline-fine': -10_000,
      adjustment: 0,
    });
    // By hand: 2 × 7000 + 200 − 1400 − (2500 + 500) − 50 − 50 − 123.45 − 100 = ¥9,476.55.
    expect(s.netFen).toBe(947_655);
    expect(s.net).toBe('9476.55');
    expect(s.state).toBe('draft');
    expect(s.problems).toEqual([]);
    expect((await call('pm2', 'GET', `/api/settlements/${statementId}`)).statusCode).toBe(404);
    expect((await call('qa', 'POST', '/api/settlements', { vendorId: 'V1', month: MONTH })).statusCode).toBe(
      403,
    );
    const rebuilt = await call('pm1', 'POST', '/api/settlements', { vendorId: 'V1', month: MONTH });
    expect(rebuilt.statusCode).toBe(200);
    expect(rebuilt.json<Body>()).toMatchObject({ id: statementId, netFen: 947_655 });
  });

  it('moves draft → confirmed → approved with the right roles, then locks', async () => {
    const url = (a: string) => `/api/settlements/${statementId}/${a}`;
    expect((await call('desk', 'POST', url('approve'))).statusCode).toBe(409);
    expect((await call('admin', 'POST', url('confirm'))).statusCode).toBe(403);
    expect((await call('pm2', 'POST', url('confirm'))).statusCode).toBe(404);
    const confirmed = await call('pm1', 'POST', url('confirm'));
    expect(confirmed.json<Body>()).toMatchObject({ state: 'confirmed', confirmedBy: 'pm1' });
    expect(
      (await call('desk', 'POST', '/api/settlements', { vendorId: 'V1', month: MONTH })).statusCode,
    ).toBe(409);
    expect((await call('pm1', 'POST', url('approve'))).statusCode).toBe(403);
    expect((await call('desk', 'POST', url('reopen'), { reason: '' })).statusCode).toBe(400);
    expect((await call('desk', 'POST', url('reopen'), { reason: '投诉金额待核实' })).json<Body>().state).toBe(
      'draft',
    );
    await call('pm1', 'POST', url('confirm'));
    const approved = await call('desk', 'POST', url('approve'));
    expect(approved.json<Body>()).toMatchObject({ state: 'approved', approvedBy: 'desk' });

    expect(
      (await call('desk', 'POST', '/api/settlements', { vendorId: 'V1', month: MONTH })).statusCode,
    ).toBe(423);
    expect((await call('pm1', 'POST', url('reopen'), { reason: '再看看' })).statusCode).toBe(423);
    const complaints = (await call('desk', 'GET', `/api/complaints?month=${MONTH}&agentId=A001`)).json<Body>()
      .items;
    // The 2026-10-21 complaint (not responsible) cannot become a deduction on the locked month.
    expect(complaints[0]).toMatchObject({ receivedOn: '2026-10-21', decision: 'not_responsible' });
    const patched = await call('desk', 'PATCH', `/api/complaints/${complaints[0]!.id}`, {
      decision: 'responsible',
    });
    expect(patched.statusCode).toBe(423);
  });

  it('records adjusting entries on the approved statement and pays them on the next one', async () => {
    expect(
      (
        await call('pm1', 'POST', `/api/settlements/${statementId}/adjustments`, {
          amountFen: 5_000,
          description: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const adj = await call('desk', 'POST', `/api/settlements/${statementId}/adjustments`, {
      amountFen: 5_000,
      description: '<b>补发</b>回访罚款误扣（客户 13812345678 已回访）',
      corrects: 'late-callback',
    });
    expect(adj.statusCode).toBe(201);
    const draftV2 = await call('admin', 'POST', '/api/settlements', { vendorId: 'V2', month: MONTH });
    expect(
      (
        await call('desk', 'POST', `/api/settlements/${draftV2.json<Body>().id}/adjustments`, {
          amountFen: 100,
          description: 'x',
        })
      ).statusCode,
    ).toBe(409);

    const shown = (await call('pm1', 'GET', `/api/settlements/${statementId}`)).json<Body>();
    expect(shown).toMatchObject({ netFen: 947_655, adjustmentsFen: 5_000 });
    const november = (
      await call('desk', 'POST', '/api/settlements', { vendorId: 'V1', month: '2026-11' })
    ).json<Body>();
    const line = november.statement.lines.find((l) => l.kind === 'adjustment');
    expect(line).toMatchObject({ amountFen: 5_000, reference: adj.json<Body>().id });
    const after = (await call('pm1', 'GET', `/api/settlements/${statementId}`)).json<Body>();
    expect(after.adjustments[0]?.settledInStatementId).toBe(november.id);

    const audit = await listAudit(t.store(), { entity: 'settlement_statement', entityId: statementId });
    expect(audit.map((a) => a.action).reverse()).toEqual([
      'settlement.build',
      'settlement.rebuild',
      'settlement.confirm',
      'settlement.reopen',
      'settlement.confirm',
      'settlement.approve',
      'settlement.adjust',
    ]);
    expect(audit.find((a) => a.action === 'settlement.approve')?.actorUserId).toBe('u-desk');
    const complaintAudit = await listAudit(t.store(), { entity: 'complaint' });
    expect(complaintAudit.map((a) => a.action)).toContain('complaint.decide');
    expect((await listAudit(t.store(), { entity: 'call_stats_import' })).length).toBeGreaterThanOrEqual(4);
  });

  it('exports the statement as XLSX and as a printable page', async () => {
    const res = await call('pm1', 'GET', `/api/settlements/${statementId}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('结算单')!;
    expect(ws.getCell('A1').text).toBe('甲外包 2026-10 月度结算单');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1 });
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((r) => rows.push(r));
    const find = (label: string, col = 1) => rows.find((r) => r.getCell(col).value === label)!;
    expect(find('状态').getCell(2).value).toBe('甲方已审批（已锁定）');
    const a001 = find('A001');
    expect(a001.getCell(2).value).toBe('张敏');
    expect(a001.getCell(9).value).toBe(120);
    expect(a001.getCell(10).value).toBe(200);
    expect(find('A002').getCell(11).value).toBe(1400);
    const net = find('应付净额');
    expect(net.getCell(5).value).toBe(9476.55);
    expect(net.getCell(5).numFmt).toContain('0.00');
    expect(find('客户投诉扣罚').getCell(5).value).toBe(-2500);
    expect(find('差错处理罚款').getCell(5).value).toBe(-100);

    const page = await call('pm1', 'GET', `/api/settlements/${statementId}/print`);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('9476.55');
    expect(page.body).toContain('@media print');
    expect(page.body).toContain('&lt;b&gt;补发&lt;/b&gt;');
    expect(page.body).not.toContain('<b>补发');
    // a vendor manager does not see personal numbers: the downloads mask the caller quoted in a description
    expect(page.body).toContain('138****5678');
    expect(page.body).not.toContain('13812345678');
    const cells: string[] = [];
    wb.eachSheet((sheet) => sheet.eachRow((r) => r.eachCell((c) => void cells.push(c.text))));
    expect(cells.some((c) => c.includes('138****5678'))).toBe(true);
    expect(cells.some((c) => c.includes('13812345678'))).toBe(false);
  });
});
