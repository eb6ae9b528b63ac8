// Reports over HTTP on both databases, on crafted data: the monthly QA report's figures in each caller's scope (a
// vendor manager their vendor, a team leader their team, an agent themself, another vendor nothing), the XLSX
// downloaded and read back with exceljs, the printable page with its charts, the trends, the coaching list exports,
// the effect record of an adopted idea and the editable stage thresholds (both audited).
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, seedUsers, testApp } from '../http/testing/test-app.ts';
import { listAudit, saveResult, saveRulePack, upsertConversation } from '../store/index.ts';
import { conversation, seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';

const NOW = new Date('2026-11-10T02:00:00Z');

interface Monthly {
  summary: {
    conversations: number;
    meanScore: number | null;
    hitsPer100: number;
    appealsFiled: number;
    appealsUpheld: number;
    upheldRate: number | null;
    complaints: number;
    complaintsResponsible: number;
    agents: number;
    topRules: { ruleId: string; hits: number; per100: number }[];
  };
  agents: { agentId: string; conversations: number; meanScore: number | null }[];
  teams: { teamId: string; conversations: number }[];
  daily: { day: string; conversations: number }[];
  names: { agents: Record<string, string>; vendors: Record<string, string> };
  title: { vendorName: string | null };
}

describe.each(await testDrivers())('reports over HTTP on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  let app: FastifyInstance;
  const cookies: Record<string, string> = {};
  const get = (user: string, url: string) =>
    app.inject({ method: 'GET', url, headers: { cookie: cookies[user]! } });
  const send = (user: string, method: 'POST' | 'PUT', url: string, payload: object) =>
    app.inject({ method, url, headers: { cookie: cookies[user]! }, payload });

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    const users = [
      { username: 'admin', role: 'admin' },
      { username: 'qa', role: 'qa_lead' },
      { username: 'pm1', role: 'vendor_manager', vendorId: 'V1' },
      { username: 'pm2', role: 'vendor_manager', vendorId: 'V2' },
      { username: 'tl1', role: 'team_leader', teamId: 'T1', vendorId: 'V1' },
      { username: 'a001', role: 'agent', agentId: 'A001' },
      { username: 'desk', role: 'complaint_desk' },
    ] as const;
    await seedUsers(store, users);
    await saveRulePack(store, { id: 'default', version: 1_000_000, name: '默认', body: {} });
    // [id, agent, team, vendor, started (Shanghai), total, rules hit]
    const rows: [string, string, string, string, string, number, string[]][] = [
      ['c1', 'A001', 'T1', 'V1', '2026-10-03T10:00:00+08:00', 90, ['forbidden-phrase', 'filler-word']],
      ['c2', 'A001', 'T1', 'V1', '2026-10-20T10:00:00+08:00', 80, ['forbidden-phrase']],
      ['c3', 'A002', 'T2', 'V1', '2026-10-05T10:00:00+08:00', 100, []],
      ['c4', 'A001', 'T1', 'V1', '2026-09-15T10:00:00+08:00', 60, ['insult']],
      ['c5', 'A003', 'T3', 'V2', '2026-10-07T10:00:00+08:00', 50, ['insult']],
      // 2026-11-01 00:30 in Shanghai: November's, not October's
      ['c6', 'A002', 'T2', 'V1', '2026-10-31T16:30:00Z', 10, ['insult']],
    ];
    const resultIds: Record<string, number> = {};
    for (const [id, agentId, teamId, vendorId, startedAt, total, rules] of rows) {
      await upsertConversation(store, conversation(id, { agentId, startedAt }), { teamId, vendorId });
      const r = await saveResult(store, {
        conversationId: id,
        conversationVersion: 1,
        packId: 'default',
        packVersion: 1_000_000,
        machineScore: total,
        total,
        fatal: false,
        categories: {},
        hits: rules.map((rule) => ({ rule })),
      });
      resultIds[id] = r.id;
    }
    // Appeals: A001 one upheld and one rejected in October, A003 (V2) one upheld.
    const appeals: [string, string, string, string, string, string][] = [
      ['c1', 'A001', 'T1', 'V1', '2026-10-04T09:00:00+08:00', 'upheld'],
      ['c2', 'A001', 'T1', 'V1', '2026-10-21T09:00:00+08:00', 'rejected'],
      ['c5', 'A003', 'T3', 'V2', '2026-10-08T09:00:00+08:00', 'upheld'],
    ];
    for (const [conv, agent, team, vendor, at, status] of appeals) {
      const { rows: task } = await store.sql<{ id: number }>(
        `insert into review_tasks (conversation_id, conversation_version, result_id, agent_id, team_id, vendor_id,
           inspector_user_id, reasons, status, machine_total, created_at)
         values ($1, 1, $2, $3, $4, $5, 'u-qa', '{random}', 'final', 0, $6::timestamptz) returning id`,
        [conv, resultIds[conv], agent, team, vendor, at],
      );
      await store.sql(
        `insert into appeals (task_id, target_kind, target_key, hit, rule, agent_id, team_id, vendor_id,
           filed_by_user_id, reason, filed_at, status)
         values ($1, 'hit', 'hit:0', 0, 'forbidden-phrase', $2, $3, $4, 'u-qa', '不认可', $5::timestamptz, $6)`,
        [task[0]!.id, agent, team, vendor, at, status],
      );
    }
    for (const [id, agent, team, vendor, day, decision] of [
      ['k1', 'A002', 'T2', 'V1', '2026-10-10', 'responsible'],
      ['k2', 'A003', 'T3', 'V2', '2026-10-11', 'responsible'],
    ])
      await store.sql(
        `insert into complaints (id, received_on, agent_id, team_id, vendor_id, severity, decision, description,
           created_at, updated_at)
         values ($1, $2::date, $3, $4, $5, 'severe', $6, '态度差', now(), now())`,
        [id, day, agent, team, vendor, decision],
      );
    app = (await testApp(store, () => NOW)).app;
    for (const u of users) cookies[u.username] = await login(app, u.username);
  });
  afterAll(async () => {
    await app?.close();
  });

  it.skipIf(skip)(
    'monthly report of a vendor: figures, per agent and team, inside the caller’s scope',
    async () => {
      const res = await get('pm1', '/api/reports/monthly?month=2026-10&vendorId=V1');
      expect(res.statusCode).toBe(200);
      const m = res.json<Monthly>();
      expect(m.title.vendorName).toBe('甲外包');
      expect(m.summary).toMatchObject({
        conversations: 3,
        meanScore: 90,
        hitsPer100: 100, // 3 rule hits over 3 calls
        appealsFiled: 2,
        appealsUpheld: 1,
        upheldRate: 0.5,
        complaints: 1,
        complaintsResponsible: 1,
        agents: 2,
      });
      expect(m.summary.topRules[0]).toEqual({ ruleId: 'forbidden-phrase', hits: 2, per100: 66.7 });
      expect(m.agents.map((a) => [a.agentId, a.conversations, a.meanScore])).toEqual([
        ['A001', 2, 85],
        ['A002', 1, 100],
      ]);
      expect(m.daily.find((d) => d.day === '2026-10-03')?.conversations).toBe(1);
      expect(Object.keys(m.names.agents).sort()).toEqual(['A001', 'A002']);

      // The team leader sees their team only, whatever vendor they ask for; the agent themself only.
      const tl = (await get('tl1', '/api/reports/monthly?month=2026-10&vendorId=V1')).json<Monthly>();
      expect(tl.agents.map((a) => a.agentId)).toEqual(['A001']);
      expect(tl.summary.conversations).toBe(2);
      const me = (await get('a001', '/api/reports/monthly?month=2026-10')).json<Monthly>();
      expect(me.agents.map((a) => a.agentId)).toEqual(['A001']);
      // Another vendor's manager gets nothing of V1, not even its name.
      const other = (await get('pm2', '/api/reports/monthly?month=2026-10&vendorId=V1')).json<Monthly>();
      expect(other.summary.conversations).toBe(0);
      expect(other.title.vendorName).toBeNull();
      expect(other.names.agents).toEqual({});
      expect((await get('desk', '/api/reports/monthly?month=2026-10')).statusCode).toBe(403);
    },
  );

  it.skipIf(skip)('monthly report downloads as XLSX whose cells hold the figures', async () => {
    const res = await get('pm1', '/api/reports/monthly/export.xlsx?month=2026-10&vendorId=V1');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('qa-report-V1-2026-10.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '概要',
      '每日趋势',
      '班组',
      '坐席',
      '规则排行',
      '申诉',
      '投诉',
    ]);
    const sum = wb.getWorksheet('概要')!;
    const value = (label: string) => {
      let v: ExcelJS.CellValue = null;
      sum.eachRow((r) => {
        if (r.getCell(1).value === label) v = r.getCell(2).value;
      });
      return v;
    };
    expect(sum.getCell('A1').value).toBe('甲外包 2026-10 质检月报 · 概要');
    expect(value('通话量')).toBe(3);
    expect(value('质检均分')).toBe(90);
    expect(value('申诉成立率')).toBe(0.5);
    expect(value('有责投诉数')).toBe(1);
    const agents = wb.getWorksheet('坐席')!;
    expect(agents.getRow(3).getCell(1).value).toBe('工号');
    expect(agents.getRow(4).values).toEqual([
      undefined,
      'A001',
      '张敏',
      '一组',
      2,
      85,
      150, // 3 rule hits over 2 calls
      'forbidden-phrase(2)、filler-word(1)',
      2,
      1,
      0,
      0,
    ]);
    const rules = wb.getWorksheet('规则排行')!;
    expect(rules.getRow(4).values).toEqual([undefined, 1, 'forbidden-phrase', 'forbidden-phrase', 2, 66.7]);
    const daily = wb.getWorksheet('每日趋势')!;
    expect(daily.rowCount).toBe(3 + 31);
    expect(daily.getRow(6).values).toEqual([undefined, '2026-10-03', 1, 90, 200]);
    const teams = wb.getWorksheet('班组')!;
    expect(teams.getRow(4).getCell(2).value).toBe('一组');
    expect(teams.getRow(5).getCell(4).value).toBe(1);
  });

  it.skipIf(skip)('the printable page carries the figures and SVG charts on A4', async () => {
    const res = await get('pm1', '/api/reports/monthly/print?month=2026-10&vendorId=V1');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const html = res.body;
    expect(html).toContain('<title>甲外包 2026-10 质检月报</title>');
    expect(html).toContain('size:A4');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('aria-label="每日趋势"');
    expect(html).toMatch(/质检均分<b>90\.00<\/b>/);
    expect(html).toContain('<td>张敏</td>');
    expect(html).not.toContain('王芳'); // V2's agent
  });

  it.skipIf(skip)('trends per agent by month and the rule trend', async () => {
    const res = await get(
      'admin',
      '/api/reports/trends?from=2026-09-01&to=2026-10-31&granularity=month&groupBy=agent',
    );
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      periods: string[];
      series: {
        key: string;
        points: {
          period: string;
          conversations: number;
          meanScore: number | null;
          upheldRate: number | null;
        }[];
      }[];
      rules: { ruleId: string; points: { period: string; per100: number }[] }[];
    }>();
    expect(body.periods).toEqual(['2026-09', '2026-10']);
    const a1 = body.series.find((s) => s.key === 'A001')!;
    expect(a1.points).toMatchObject([
      { period: '2026-09', conversations: 1, meanScore: 60, upheldRate: null },
      { period: '2026-10', conversations: 2, meanScore: 85, upheldRate: 0.5 },
    ]);
    const fp = body.rules.find((r) => r.ruleId === 'forbidden-phrase')!;
    expect(fp.points).toEqual([
      { period: '2026-09', hits: 0, per100: 0 },
      { period: '2026-10', hits: 2, per100: 50 }, // 2 of October's 4 calls
    ]);
    const mine = (await get('a001', '/api/reports/trends?from=2026-09-01&to=2026-10-31&groupBy=agent')).json<{
      series: { key: string }[];
    }>();
    expect(mine.series.map((s) => s.key)).toEqual(['A001']);
    expect((await get('admin', '/api/reports/trends?from=2026-10-31&to=2026-10-01')).statusCode).toBe(400);
  });

  it.skipIf(skip)(
    'an adopted idea’s effect is recorded, audited, exported; the lists download as CSV and XLSX',
    async () => {
      const idea = (
        await send('a001', 'POST', '/api/ideas', {
          category: 'process',
          title: '回访话术加确认',
          body: '回访时先确认身份',
        })
      ).json<{ id: string }>();
      const early = await send('qa', 'POST', `/api/ideas/${idea.id}/effect`, {
        measuredOn: '2026-11-09',
        effect: 'x',
      });
      expect(early.statusCode).toBe(409);
      await send('qa', 'POST', `/api/ideas/${idea.id}/move`, {
        to: 'adopted',
        reason: '可行',
        rewardFen: 5000,
      });
      const half = await send('qa', 'POST', `/api/ideas/${idea.id}/effect`, {
        measuredOn: '2026-11-09',
        effect: '重复来电下降',
        before: 12,
      });
      expect(half.statusCode).toBe(400);
      const ok = await send('qa', 'POST', `/api/ideas/${idea.id}/effect`, {
        measuredOn: '2026-11-09',
        effect: '重复来电下降',
        metric: '重复来电率(%)',
        before: 12.5,
        after: 9,
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json<{ effect: string; effectRecord: unknown }>()).toMatchObject({
        effect: '重复来电下降',
        effectRecord: {
          measuredOn: '2026-11-09',
          metric: '重复来电率(%)',
          before: 12.5,
          after: 9,
          recordedBy: 'u-qa',
        },
      });
      expect(
        (
          await send('a001', 'POST', `/api/ideas/${idea.id}/effect`, {
            measuredOn: '2026-11-09',
            effect: 'y',
          })
        ).statusCode,
      ).toBe(403);
      const audit = await listAudit(t.store(), { entity: 'idea', entityId: idea.id });
      expect(audit.map((a) => a.action)).toContain('idea.effect');

      const csv = await get('a001', '/api/ideas/export?format=csv');
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body.charCodeAt(0)).toBe(0xfeff);
      expect(csv.body).toContain('回访话术加确认');
      expect(csv.body).toContain('12.5,9');
      const xlsx = await get('qa', '/api/ideas/export');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('金点子')!;
      expect(ws.getRow(1).getCell(4).value).toBe('标题');
      expect(ws.getRow(2).getCell(4).value).toBe('回访话术加确认');
      expect(ws.getRow(2).getCell(8).value).toBe('已采纳');
      expect(ws.getRow(2).getCell(10).value).toBe(50);
      for (const url of [
        '/api/coaching/cases/export',
        '/api/coaching/sessions/export',
        '/api/coaching/plans/export',
      ])
        expect((await get('tl1', `${url}?format=csv`)).statusCode).toBe(200);
      expect((await get('a001', '/api/coaching/cases/export')).statusCode).toBe(403);
    },
  );

  it.skipIf(skip)(
    'stage thresholds are edited by the QA lead, audited, and the stage analysis uses them',
    async () => {
      const stageOf = async () =>
        (await get('qa', '/api/coaching/stages?days=60'))
          .json<{ agents: { agentId: string; stage: string | null }[] }>()
          .agents.find((a) => a.agentId === 'A001')?.stage;
      // A001 hired 2026-03-01, on line after 7 training days: 247 days on line on 2026-11-10
      expect(await stageOf()).toBe('middle');
      const bad = await send('qa', 'PUT', '/api/coaching/settings', {
        stages: { trainingDays: 7, earlyUntilDays: 300, middleUntilDays: 200 },
      });
      expect(bad.statusCode).toBe(400);
      expect(
        (
          await send('pm1', 'PUT', '/api/coaching/settings', {
            stages: { trainingDays: 7, earlyUntilDays: 300, middleUntilDays: 400 },
          })
        ).statusCode,
      ).toBe(403);
      const ok = await send('qa', 'PUT', '/api/coaching/settings', {
        stages: { trainingDays: 7, earlyUntilDays: 300, middleUntilDays: 400 },
      });
      expect(ok.statusCode).toBe(200);
      expect((await get('admin', '/api/coaching/settings')).json()).toEqual({
        stages: { trainingDays: 7, earlyUntilDays: 300, middleUntilDays: 400 },
      });
      expect(await stageOf()).toBe('early');
      const audit = await listAudit(t.store(), { entity: 'coaching_settings', entityId: 'default' });
      expect(audit[0]).toMatchObject({
        action: 'coaching.stages.settings',
        before: { earlyUntilDays: 90 },
        after: { earlyUntilDays: 300 },
      });
    },
  );
});
