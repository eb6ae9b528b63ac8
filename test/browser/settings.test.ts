// QA management and settings screens on the real server: a random sampling plan is created and run through the UI
// and the tasks it created match the API's run; a user created in the UI logs in with the generated password shown
// once; an API token created in the UI works as a Bearer token until it is revoked in the UI (then 401); the audit
// log shows the user's creation. Screenshots land in test-artifacts/screenshots/.
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
// The demo conversations of a first start fill the 30 days that end yesterday (src/demo/load-demo.ts), so the run
// covers the 28 days before today, in the contact center's zone (Asia/Shanghai, UTC+8, no daylight saving).
const SHANGHAI_MS = 8 * 3_600_000;
const shanghaiDay = (daysAgo: number): string =>
  new Date(Date.now() + SHANGHAI_MS - daysAgo * 86_400_000).toISOString().slice(0, 10);
/** The instant a Shanghai calendar day starts, as the API answers it (UTC ISO). */
const dayStart = (day: string): string => new Date(Date.parse(`${day}T00:00:00+08:00`)).toISOString();
const FROM_DAY = shanghaiDay(28);
const TO_DAY = shanghaiDay(1);

describe.skipIf(unavailable !== null)('settings screens (Chromium)', () => {
  let server: StartedServer;
  let browser: Browser;
  let admin: BrowserContext;
  let page: Page;
  let errors: string[];
  let createdUserId = '';

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

  it('creates a random sampling plan, runs it over a period and shows the tasks it created', async () => {
    await page.goto(`${server.url}/sampling`);
    await page.getByTestId('plans-table').waitFor();
    await page.getByTestId('plan-new').click();
    const form = page.getByTestId('plan-form');
    await form.getByLabel('计划名称').fill('四周随机抽检');
    await form.getByLabel('抽检比例').fill('3');
    await screenshot(page, 'sampling-new');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    const row = page.getByTestId('plans-table').locator('tr.ant-table-row', { hasText: '四周随机抽检' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('随机抽取 3%');

    const plans = (await (await admin.request.get(`${server.url}/api/sampling-plans`)).json()) as {
      items: { id: string; name: string }[];
    };
    const plan = plans.items.find((p) => p.name === '四周随机抽检');
    expect(plan).toBeDefined();

    await row.getByTestId('plan-run').click();
    const start = page.locator('.ant-modal .ant-picker-range input').first();
    await start.click();
    await start.fill(FROM_DAY);
    await start.press('Enter');
    const end = page.locator('.ant-modal .ant-picker-range input').nth(1);
    await end.fill(TO_DAY);
    await end.press('Enter');
    await page.getByTestId('run-submit').click();
    const created = page.getByTestId('run-created');
    await created.waitFor();
    const shown = Number(await created.textContent());

    const detail = (await (
      await admin.request.get(`${server.url}/api/sampling-plans/${plan!.id}`)
    ).json()) as { runs: { created: number; candidates: number; periodFrom: string; periodTo: string }[] };
    expect(detail.runs).toHaveLength(1);
    expect(detail.runs[0]!.periodFrom).toBe(dayStart(FROM_DAY));
    expect(detail.runs[0]!.periodTo).toBe(dayStart(shanghaiDay(0)));
    expect(detail.runs[0]!.created).toBeGreaterThan(0);
    expect(shown).toBe(detail.runs[0]!.created);
    // 3% of the candidates (at least one), as the core's randomQuota
    expect(shown).toBe(Math.max(1, Math.round((detail.runs[0]!.candidates * 3) / 100)));
    const taskRows = page.getByTestId('run-tasks').locator('tbody tr.ant-table-row');
    await expect.poll(() => taskRows.count()).toBe(Math.min(8, shown));
    await screenshot(page, 'sampling-run');
    await page.getByTestId('run-close').click();

    await row.getByTestId('plan-runs-open').click();
    const runs = page.getByTestId('plan-runs').locator('tbody tr.ant-table-row');
    await expect.poll(() => runs.count()).toBe(1);
    await page.waitForTimeout(400); // drawer slide-in
    await screenshot(page, 'sampling-runs');
  });

  it('creates a user with a generated password shown once, who can then log in', async () => {
    await page.goto(`${server.url}/users`);
    await page.getByTestId('users-table').waitFor();
    await screenshot(page, 'users');
    await page.getByTestId('user-new').click();
    const form = page.getByTestId('user-form');
    await form.getByLabel('用户名').fill('qa09');
    await form.getByLabel('姓名').fill('新质检员');
    await page.locator('.ant-modal-footer .ant-btn-primary').first().click();
    const secret = page.getByTestId('user-password');
    await secret.waitFor();
    const password = (await secret.textContent())?.trim() ?? '';
    expect(password.length).toBeGreaterThanOrEqual(8);
    await page.waitForTimeout(500); // the form dialog closes, the secret dialog opens
    await screenshot(page, 'users-password');
    await page.getByRole('button', { name: '我已保存' }).click();

    const users = (await (await admin.request.get(`${server.url}/api/users`)).json()) as {
      items: { id: string; username: string; role: string; displayName: string }[];
    };
    const u = users.items.find((x) => x.username === 'qa09');
    expect(u).toMatchObject({ role: 'qa_inspector', displayName: '新质检员' });
    createdUserId = u!.id;
    await page.getByTestId('user-search').locator('input').fill('qa09');
    const listed = page.getByTestId('users-table').locator('tbody tr.ant-table-row');
    await expect.poll(() => listed.count()).toBe(1);
    await expect(listed.first().textContent()).resolves.toContain('新质检员');

    const ctx = await newContext(browser);
    try {
      const p = await ctx.newPage();
      await loginAs(p, server.url, 'qa09', password);
      await expect(p.locator('header').textContent()).resolves.toContain('新质检员');
    } finally {
      await ctx.close();
    }
  });

  it('creates an API token shown once that works as Bearer until revoked', async () => {
    await page.goto(`${server.url}/tokens`);
    await page.getByTestId('tokens-table').waitFor();
    await page.getByTestId('token-new').click();
    await page.getByTestId('token-form').getByLabel('名称').fill('CRM 同步');
    await page.locator('.ant-modal-footer .ant-btn-primary').first().click();
    const secretEl = page.getByTestId('token-secret');
    await secretEl.waitFor();
    const secret = (await secretEl.textContent())?.trim() ?? '';
    expect(secret).toMatch(/^zj_/);
    await page.waitForTimeout(500); // the form dialog closes, the secret dialog opens
    await screenshot(page, 'tokens-secret');
    await page.getByRole('button', { name: '我已保存' }).click();

    const me = () =>
      fetch(`${server.url}/api/auth/me`, { headers: { Authorization: `Bearer ${secret}` } }).then(
        (r) => r.status,
      );
    await expect(me()).resolves.toBe(200);

    const row = page.getByTestId('tokens-table').locator('tr.ant-table-row', { hasText: 'CRM 同步' });
    await expect(row.getByTestId('token-state').textContent()).resolves.toBe('有效');
    await screenshot(page, 'tokens');
    await row.getByTestId('token-revoke').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => row.getByTestId('token-state').textContent()).toBe('已吊销');
    await expect(me()).resolves.toBe(401);
  });

  it('shows the user creation in the audit log, filtered by action', async () => {
    expect(createdUserId).not.toBe('');
    await page.goto(`${server.url}/audit`);
    await page.getByTestId('audit-table').waitFor();
    await page.getByTestId('audit-action').fill('user.create');
    await page.getByTestId('audit-search').click();
    const rows = page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
    const created = rows.filter({ hasText: createdUserId });
    // The creation is also among the unfiltered entries shown first: wait for the filtered answer, where every
    // listed entry is a user creation.
    await expect
      .poll(async () => (await rows.allTextContents()).every((text) => text.includes('user.create')))
      .toBe(true);
    await expect.poll(() => created.count()).toBe(1);
    await created.locator('.ant-table-row-expand-icon').click();
    await expect(page.getByTestId('audit-table').textContent()).resolves.toContain('qa09');
    await screenshot(page, 'audit');
    expect(errors).toEqual([]);
  });
});
