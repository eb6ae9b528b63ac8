// Calibration and organisation screens on the real server: the QA lead creates a calibration session on two
// scored conversations with two inspectors through the UI; qa01 and qa02 score blind (qa02 rejects one hit per
// conversation, so raters disagree); the lead closes it and the report shows the API's overall Fleiss kappa. The
// admin creates a team on the organisation screen and finds it in the list. Screenshots: test-artifacts/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  browserUnavailable,
  collectPageErrors,
  launchBrowser,
  newContext,
  screenshot,
} from './support/browser.ts';
import { loginAs } from './support/journeys.ts';
import { startServer, waitForQueueIdle } from './support/server.ts';
import type { StartedServer } from './support/server.ts';

const unavailable = browserUnavailable();

interface ConversationList {
  items: { id: string; score: number | null; hitCount: number | null }[];
}
interface Report {
  overall: { fleiss: number | null };
}

describe.skipIf(unavailable !== null)('calibration and organisation screens (Chromium)', () => {
  let server: StartedServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[][] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await waitForQueueIdle(server.url);
  }, 240_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  async function as(
    username: string,
    password = server.passwordOf(username),
  ): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await newContext(browser);
    contexts.push(ctx);
    const page = await ctx.newPage();
    pageErrors.push(collectPageErrors(page));
    await loginAs(page, server.url, username, password);
    return { ctx, page };
  }

  async function scoreAll(page: Page, url: string, rejectFirst: boolean): Promise<void> {
    await page.goto(url);
    const convs = page.getByTestId('calib-convs').locator('.ant-menu-item');
    await convs.first().waitFor();
    const n = await convs.count();
    for (let i = 0; i < n; i++) {
      await convs.nth(i).click();
      const form = page.getByTestId('calib-score-form');
      const hits = form.getByTestId('calib-hit');
      const count = await hits.count();
      for (let h = 0; h < count; h++) {
        const hit = hits.nth(h);
        if (rejectFirst && h === 0) {
          await hit.getByTestId('calib-reject').click();
          await hit.getByTestId('calib-reason').fill('客户并未表达不满，属于误判');
        } else await hit.getByTestId('calib-confirm').click();
      }
      if (i === 0) await screenshot(page, rejectFirst ? 'calibration-score-qa02' : 'calibration-score-qa01');
      await form.getByTestId('calib-submit').click();
      await expect.poll(() => convs.nth(i).locator('.anticon-check-circle').count()).toBe(1);
    }
  }

  it('creates a session with two inspectors, both score blind, the lead closes, the report shows the kappa', async () => {
    const lead = await as('qalead');
    const res = await lead.ctx.request.get(`${server.url}/api/conversations?page=1&pageSize=10`);
    expect(res.status()).toBe(200);
    const picked = ((await res.json()) as ConversationList).items
      .filter((c) => c.score !== null && (c.hitCount ?? 0) > 0)
      .sort((a, b) => (a.hitCount ?? 0) - (b.hitCount ?? 0))
      .slice(0, 2)
      .map((c) => c.id);
    expect(picked).toHaveLength(2);

    await lead.page.goto(`${server.url}/calibration`);
    await lead.page.getByTestId('calib-new').click();
    await lead.page.getByTestId('calib-name').fill('11 月第 1 周服务用语校准');
    const inspectors = lead.page.getByTestId('calib-inspectors');
    for (const u of ['qa01', 'qa02']) {
      await inspectors.click();
      await lead.page.keyboard.type(u);
      await lead.page.locator('.ant-select-item-option', { hasText: `(${u})` }).click();
    }
    await lead.page.keyboard.press('Escape');
    const table = lead.page.getByTestId('calib-conv-table');
    for (const id of picked)
      await table.locator('tr', { hasText: id }).locator('input[type="checkbox"]').check();
    await expect(lead.page.getByText('已选 2 通会话').count()).resolves.toBe(1);
    await screenshot(lead.page, 'calibration-create');
    await lead.page.getByTestId('calib-create').click();
    await lead.page.waitForURL(/\/calibration\/\d+$/);
    const url = lead.page.url();
    const id = url.split('/').pop()!;
    // the list (the demo's sessions carry status tags too) gives way to the session's page
    await expect.poll(() => lead.page.getByTestId('calib-status').count()).toBe(1);
    await expect(lead.page.getByTestId('calib-status').textContent()).resolves.toBe('进行中');

    await scoreAll((await as('qa01')).page, url, false);
    await scoreAll((await as('qa02')).page, url, true);

    await lead.page.reload();
    await lead.page.getByTestId('calib-close').click();
    await lead.page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
    await lead.page.getByTestId('calib-report').waitFor();
    await expect(lead.page.getByTestId('calib-status').textContent()).resolves.toBe('已结束');

    const report = (await (
      await lead.ctx.request.get(`${server.url}/api/calibration-sessions/${id}/report`)
    ).json()) as Report;
    expect(report.overall.fleiss).not.toBeNull();
    await expect(lead.page.getByTestId('calib-overall-fleiss').textContent()).resolves.toBe(
      report.overall.fleiss!.toFixed(3),
    );
    await lead.page.waitForTimeout(400); // the charts' entry animation
    await screenshot(lead.page, 'calibration-report');

    await lead.page.goto(`${server.url}/calibration`);
    await expect(lead.page.getByTestId('calib-table').textContent()).resolves.toContain(
      '11 月第 1 周服务用语校准',
    );
    await screenshot(lead.page, 'calibration-list');
  });

  it('creates a team on the organisation screen and lists it', async () => {
    const admin = await as(server.adminUsername);
    await admin.page.goto(`${server.url}/organisation`);
    await admin.page.getByTestId('org-new-teams').click();
    const form = admin.page.getByTestId('org-form');
    await form.getByTestId('org-code').fill('T-BROWSER');
    await form.getByTestId('org-name').fill('夜班<b>三组</b>');
    await form.getByTestId('org-parent').click();
    await admin.page.locator('.ant-select-item-option').first().click();
    await admin.page.locator('.ant-modal-footer .ant-btn-primary').click();
    const row = admin.page.getByTestId('org-table-teams').locator('tr', { hasText: 'T-BROWSER' });
    await expect.poll(() => row.count()).toBe(1);
    await expect(row.textContent()).resolves.toContain('夜班<b>三组</b>'); // text, not HTML
    await admin.page.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
    await screenshot(admin.page, 'organisation-teams');
    await admin.page.getByRole('tab', { name: '坐席' }).click();
    await admin.page.getByTestId('org-table-agents').waitFor();
    await screenshot(admin.page, 'organisation-agents');
    expect(pageErrors.flat()).toEqual([]);
  });
});
