// Newcomer journey on the real server: fresh database with the demo data, log in as admin, see the stored
// conversations and the charts, open one conversation, deep-link to it, switch language, log out.
// Screenshots land in test-artifacts/screenshots/ for people to look at.
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
import { startServer } from './support/server.ts';
import type { StartedServer } from './support/server.ts';

interface ListResponse {
  items: { id: string; startedAt: string | null; score: number | null }[];
  total: number;
}
interface DetailResponse {
  conversation: { id: string; turns: { text: string }[] };
  result: null | { hits: { turn: number; start: number; end: number }[] };
}

const unavailable = browserUnavailable();

function shanghai(iso: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((x) => [x.type, x.value]),
  );
  return `${p['year']}-${p['month']}-${p['day']} ${p['hour']}:${p['minute']}:${p['second']}`;
}

describe.skipIf(unavailable !== null)('dashboard journey (Chromium)', () => {
  let server: StartedServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    // a browser in another zone: the UI must still show the contact center's (Asia/Shanghai) times
    context = await newContext(browser, { timezoneId: 'America/New_York' });
    page = await context.newPage();
    errors = collectPageErrors(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('sends an anonymous visitor to the login page and rejects a wrong password', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login$/);
    await page.getByLabel('用户名').fill(server.adminUsername);
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect(page.getByTestId('login-error').textContent()).resolves.toContain('用户名或密码错误');
    await screenshot(page, 'login');
  });

  it('logs in as admin and lists the demo conversations with charts', async () => {
    await loginAs(page, server.url, server.adminUsername, server.adminPassword);
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('管理员');

    const rows = page.locator('[data-testid="conversations-table"] tbody tr.ant-table-row');
    await rows.first().waitFor();
    const api = (await (
      await context.request.get(`${server.url}/api/conversations?page=1&pageSize=20`)
    ).json()) as ListResponse;
    expect(api.total).toBeGreaterThan(100); // the demo organisation has ~500 conversations
    expect(await rows.count()).toBe(Math.min(20, api.items.length));
    await expect(page.locator('.ant-pagination-total-text').textContent()).resolves.toContain(
      `共 ${api.total} 条`,
    );

    // first row = first item of the API, its time shown in Asia/Shanghai although the browser is in New York
    const first = api.items[0]!;
    const firstRow = rows.first();
    await expect(firstRow.textContent()).resolves.toContain(first.id);
    if (first.startedAt) await expect(firstRow.textContent()).resolves.toContain(shanghai(first.startedAt));

    for (const chart of ['chart-per-day', 'chart-distribution']) {
      const canvas = page.locator(`[data-testid="${chart}"] canvas`);
      await canvas.first().waitFor();
      const box = await canvas.first().boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(200);
      expect(box?.height ?? 0).toBeGreaterThan(150);
    }
    await expect(page.getByTestId('stat-total').textContent()).resolves.toMatch(/\d/);
    await page.waitForTimeout(600); // let the chart animations finish before the screenshot
    await screenshot(page, 'conversations');
  });

  it('opens a conversation with its transcript, score and highlighted hits', async () => {
    const list = (await (
      await context.request.get(`${server.url}/api/conversations?page=1&pageSize=50&minScore=0&maxScore=95`)
    ).json()) as ListResponse;
    const target =
      list.items[0] ??
      ((await (await context.request.get(`${server.url}/api/conversations`)).json()) as ListResponse)
        .items[0]!;
    const detail = (await (
      await context.request.get(`${server.url}/api/conversations/${encodeURIComponent(target.id)}`)
    ).json()) as DetailResponse;

    await page.getByPlaceholder('搜索会话编号或对话内容').fill(target.id);
    await page.getByPlaceholder('搜索会话编号或对话内容').press('Enter');
    await page.getByRole('link', { name: target.id, exact: true }).click();
    await page.waitForURL(new RegExp(`/conversations/${encodeURIComponent(target.id)}$`));
    await page.getByTestId('transcript').waitFor();

    expect(await page.getByTestId('turn').count()).toBe(detail.conversation.turns.length);
    const spanned = (detail.result?.hits ?? []).filter((h) => h.end > h.start);
    if (spanned.length > 0) {
      const marks = page.getByTestId('hit-mark');
      expect(await marks.count()).toBeGreaterThan(0);
      // each mark's text is exactly a piece of a hit span
      const h = spanned[0]!;
      const expected = detail.conversation.turns[h.turn]!.text.slice(h.start, h.end);
      const markTexts = await page.locator(`#turn-${h.turn} [data-testid="hit-mark"]`).allTextContents();
      expect(expected).toContain(markTexts[0]);
    }
    if (detail.result) {
      await page.getByTestId('score-panel').waitFor();
      expect(await page.getByTestId('hit-item').count()).toBe(detail.result.hits.length);
      if (detail.result.hits.length > 0) await page.getByTestId('hit-item').first().click();
    }
    await page.waitForTimeout(400);
    await screenshot(page, 'conversation-detail');

    // deep link in a fresh tab (same session) renders the same conversation
    const deep = await context.newPage();
    await deep.goto(`${server.url}/conversations/${encodeURIComponent(target.id)}`);
    await expect(deep.getByTestId('detail-title').textContent()).resolves.toContain(target.id);
    await deep.goto(`${server.url}/conversations/no-such-conversation-42`);
    await deep.getByText('会话不存在', { exact: true }).waitFor();
    await deep.close();
  });

  it('switches to English and remembers it, then logs out', async () => {
    await page.goto(`${server.url}/conversations`);
    await page.getByTestId('locale-switch').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Conversations' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Conversations' }).waitFor();
    await page.locator('[data-testid="chart-per-day"] canvas').first().waitFor();
    await page.waitForTimeout(600);
    await screenshot(page, 'conversations-en');
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login$/);
    const me = await context.request.get(`${server.url}/api/auth/me`);
    expect(me.status()).toBe(401);
    expect(errors).toEqual([]);
  });
});
