// Operations screens on the real server (KPI, settlement, complaints, discipline and import): the KPI league table matches the API and drills down
// to an agent; a small JSONL import with one bad line shows exactly that error with its line; a settlement
// statement goes draft → confirmed (vendor manager pm01) → approved (client side cd01) through the UI; the
// complaint desk and the discipline ledger show what was recorded. Screenshots land in test-artifacts/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  browserUnavailable,
  collectPageErrors,
  launchBrowser,
  newContext,
  screenshot,
} from './support/browser.ts';
import { actUntilShown, loginAs } from './support/journeys.ts';
import { startServer, waitForQueueIdle } from './support/server.ts';
import type { StartedServer } from './support/server.ts';

const unavailable = browserUnavailable();
// the demo conversations of a first start are in October 2026 (src/core/demo)
const MONTH = '2026-10';

interface KpiResponse {
  rows: { agentId: string; agentName: string; points: { total: number }; bonusFen: number }[];
}

describe.skipIf(unavailable !== null)('operations screens (Chromium)', () => {
  let server: StartedServer;
  let browser: Browser;
  let admin: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await waitForQueueIdle(server.url);
    admin = await newContext(browser);
    page = await admin.newPage();
    errors = collectPageErrors(page);
    await loginAs(page, server.url, server.adminUsername, server.adminPassword);
  }, 240_000);

  afterAll(async () => {
    await admin?.close();
    await browser?.close();
    await server?.stop();
  });

  async function as(username: string): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await newContext(browser);
    const p = await ctx.newPage();
    await loginAs(p, server.url, username, server.passwordOf(username));
    return { ctx, page: p };
  }

  it('shows the KPI league table with the API rows, the chart and one agent’s inputs', async () => {
    const res = await admin.request.get(`${server.url}/api/kpi?month=${MONTH}`);
    expect(res.status()).toBe(200);
    const api = (await res.json()) as KpiResponse;
    expect(api.rows.length).toBeGreaterThan(0);

    await page.goto(`${server.url}/kpi?month=${MONTH}`);
    const rows = page.getByTestId('kpi-table').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(api.rows.length);
    // sorted by total, best first: the first row is the API's best agent with its total
    const best = [...api.rows].sort(
      (a, b) => b.points.total - a.points.total || a.agentId.localeCompare(b.agentId),
    )[0]!;
    await expect(rows.first().textContent()).resolves.toContain(best.agentId);
    await expect(rows.first().getByTestId('kpi-total').textContent()).resolves.toBe(
      best.points.total.toFixed(2),
    );
    await expect(page.locator('[role="img"] canvas').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'kpi');

    await rows.first().getByTestId('kpi-agent-link').click();
    const detail = page.getByTestId('kpi-detail');
    await detail.waitFor();
    await page.waitForTimeout(500); // let the drawer finish sliding in before the screenshot
    await expect(page.locator('.ant-drawer-title').textContent()).resolves.toContain(best.agentId);
    await screenshot(page, 'kpi-agent');
    await page.keyboard.press('Escape');
  });

  it('imports a small JSONL with one bad line and shows that one error with its line', async () => {
    const good = (id: string) =>
      JSON.stringify({
        id,
        channel: 'voice',
        agentId: 'A001',
        startedAt: '2026-10-15T10:00:00+08:00',
        turns: [
          { role: 'agent', text: '您好，很高兴为您服务。', startMs: 0, endMs: 2000 },
          { role: 'customer', text: '我想查一下快递到哪了。', startMs: 2500, endMs: 4500 },
        ],
      });
    const jsonl = [
      good('browser-import-1'),
      '{"id": "browser-import-2", "turns": [',
      good('browser-import-3'),
    ].join('\n');
    await page.goto(`${server.url}/import`);
    await page.getByRole('tab', { name: '粘贴 JSONL' }).click();
    await page.getByTestId('ingest-paste').fill(jsonl);
    await page.getByTestId('ingest-submit').click();
    await page.waitForURL(/\/import\?batch=/);
    await expect
      .poll(() => page.getByTestId('ingest-status').textContent(), { timeout: 60_000 })
      .toBe('已完成');
    await expect(page.getByTestId('ingest-rejected').textContent()).resolves.toBe('1');
    const errorRows = page.getByTestId('ingest-errors').locator('tbody tr.ant-table-row');
    await expect(errorRows.count()).resolves.toBe(1);
    await expect(errorRows.first().locator('td').first().textContent()).resolves.toBe('2');
    await screenshot(page, 'import');
  });

  it('saves an import profile on the import screen and reads an export with it', async () => {
    await page.goto(`${server.url}/import`);
    await page.getByTestId('ingest-profile-save').click();
    await page.getByTestId('profile-name').fill('浏览器测试导出');
    await page.getByTestId('profile-mapping').fill('conversationId=编号, role=说话者, text=说了什么');
    await page.getByTestId('profile-roles').fill('小周=agent, 张先生=customer');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /OK|确\s*定/ })
      .click();
    // the saved profile is selected at once
    await expect.poll(() => page.getByTestId('ingest-profile').textContent()).toContain('浏览器测试导出');
    const csv =
      '编号,说话者,说了什么\nbrowser-profile-1,张先生,你好，发票怎么开\nbrowser-profile-1,小周,您好，请在订单页申请\n';
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({
        name: 'export.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
    await page.getByTestId('ingest-submit').click();
    await page.waitForURL(/\/import\?batch=/);
    await expect
      .poll(() => page.getByTestId('ingest-status').textContent(), { timeout: 60_000 })
      .toBe('已完成');
    await expect(page.getByTestId('ingest-rejected').textContent()).resolves.toBe('0');
    const stored = await admin.request.get(`${server.url}/api/conversations/browser-profile-1`);
    expect(stored.status()).toBe(200);
    const body = (await stored.json()) as {
      turns?: { role: string }[];
      conversation?: { turns: { role: string }[] };
    };
    const turns = body.turns ?? body.conversation?.turns ?? [];
    expect(turns.map((t) => t.role)).toEqual(['customer', 'agent']);
  });

  /** Demo agents may lack call statistics: a statement scoring them without data is acknowledged first. */
  async function acknowledgeIfAsked(p: Page): Promise<void> {
    await p.getByTestId('settlement-net').waitFor({ timeout: 30_000 });
    if ((await p.getByTestId('settlement-acknowledge').count()) === 0) return;
    await p.getByTestId('settlement-acknowledge').click();
    await p.getByTestId('settlement-acknowledge-note').fill('已知悉无数据项');
    await p.getByTestId('settlement-acknowledge-ok').click();
    await p.getByTestId('settlement-acknowledge').waitFor({ state: 'detached', timeout: 30_000 });
  }

  it('takes a settlement statement from draft to confirmed (pm01) to approved (cd01)', async () => {
    await page.goto(`${server.url}/settlements?month=${MONTH}`);
    await page.getByTestId('settlement-build').click();
    await page.waitForURL(/\/settlements\/st-/);
    // the list (the demo's statements carry state tags too) gives way to the statement's page
    await page.getByTestId('settlement-net').waitFor();
    await expect.poll(() => page.getByTestId('settlement-state').count()).toBe(1);
    await expect(page.getByTestId('settlement-state').textContent()).resolves.toBe('草稿');
    const statementUrl = page.url();
    await screenshot(page, 'settlement-draft');

    const pm = await as('pm01');
    await pm.page.goto(statementUrl);
    await acknowledgeIfAsked(pm.page);
    await pm.page.getByTestId('settlement-confirm').click();
    await pm.page.getByTestId('settlement-ask-ok').click(); // confirming asks first
    await expect.poll(() => pm.page.getByTestId('settlement-state').textContent()).toBe('已确认');
    await pm.ctx.close();

    const cd = await as('cd01');
    await cd.page.goto(statementUrl);
    await acknowledgeIfAsked(cd.page);
    await cd.page.getByTestId('settlement-approve').click();
    await cd.page.getByTestId('settlement-ask-ok').click();
    await expect.poll(() => cd.page.getByTestId('settlement-state').textContent()).toBe('已审批');
    // an approved statement is locked: corrections are adjusting entries
    await cd.page.getByTestId('adjust-amount').fill('-50');
    await cd.page.getByTestId('adjust-description').fill('补扣 10 月报表迟交');
    await cd.page.getByTestId('adjust-add').click();
    await expect.poll(() => cd.page.getByText('补扣 10 月报表迟交').count()).toBe(1);
    await screenshot(cd.page, 'settlement-approved');
    await cd.ctx.close();

    await page.goto(`${server.url}/settlements?month=${MONTH}`);
    await expect(
      page
        .getByTestId('settlements-table')
        .locator('tbody tr', { hasText: MONTH })
        .getByTestId('settlement-state')
        .first()
        .textContent(),
    ).resolves.toBe('已审批');
    await screenshot(page, 'settlements');
  });

  it('registers and decides a complaint, and records and reviews a discipline incident', async () => {
    const cd = await as('cd01');
    await cd.page.goto(`${server.url}/complaints?month=2026-11`);
    const res = await cd.ctx.request.post(`${server.url}/api/complaints`, {
      data: {
        receivedOn: '2026-11-05',
        agentId: 'A003',
        severity: 'general',
        description: '客户反映坐席<b>态度冷淡</b>',
      },
    });
    expect(res.status()).toBe(201);
    await cd.page.reload();
    const row = cd.page.getByTestId('complaints-table').locator('tbody tr.ant-table-row').first();
    await expect(row.textContent()).resolves.toContain('客户反映坐席<b>态度冷淡</b>'); // text, not HTML
    await row.getByTestId('complaint-save').click();
    await expect.poll(() => row.getByTestId('complaint-decision-tag').textContent()).toBe('外包方有责');
    await screenshot(cd.page, 'complaints');
    await cd.ctx.close();

    // an inspector reports, the admin reviews (the reporter may not review their own report)
    const qa = await as('qa01');
    const created = await qa.ctx.request.post(`${server.url}/api/discipline/incidents`, {
      data: { agentId: 'A004', occurredOn: '2026-11-10', description: '工单中客户电话记录错误' },
    });
    expect(created.status()).toBe(201);
    await qa.ctx.close();
    await page.goto(`${server.url}/discipline`);
    const ledger = page.getByTestId('discipline-table');
    await expect.poll(() => ledger.getByTestId('incident-review').first().textContent()).toBe('待审核');
    await ledger.getByTestId('incident-confirm').first().click();
    await expect
      .poll(() => ledger.getByTestId('discipline-stage').first().textContent())
      .toContain('第 1 次');
    await screenshot(page, 'discipline');
    expect(errors).toEqual([]);
  });
  it('lets a user change their own password from the header, and the new one opens the account', async () => {
    const { ctx, page: p } = await as('qa02');
    // The user menu is a dropdown: on two busy cores the first click can land while it is still animating in, so
    // open it and pick the item until the dialog shows.
    await actUntilShown(async () => {
      await p.getByTestId('current-user').click();
      await p.getByTestId('change-password').click({ timeout: 5_000 });
    }, p.getByTestId('password-current'));
    await p.getByTestId('password-current').fill('wrong-password-1');
    await p.getByTestId('password-new').fill('Qa02-new-pass-2026');
    await p.getByTestId('password-confirm').fill('Qa02-new-pass-2026');
    await p.getByRole('button', { name: /保\s*存/ }).click();
    await p.getByText('当前密码不正确').waitFor();
    await screenshot(p, 'change-password');
    await p.getByTestId('password-current').fill(server.passwordOf('qa02'));
    await p.getByRole('button', { name: /保\s*存/ }).click();
    await p.getByText('密码已修改').waitFor();
    await ctx.close();

    const fresh = await newContext(browser);
    const again = await fresh.newPage();
    await loginAs(again, server.url, 'qa02', 'Qa02-new-pass-2026');
    await expect(again.getByTestId('current-user').textContent()).resolves.toContain('质检员');
    await fresh.close();
  });
});
