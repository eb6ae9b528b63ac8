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
import { actUntilShown, loginAs } from './support/journeys.ts';
import { startServer, waitForQueueIdle } from './support/server.ts';
import type { StartedServer } from './support/server.ts';

interface ListResponse {
  items: { id: string; startedAt: string | null; score: number | null; hitCount: number | null }[];
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

/** The UI's default period as API query: the last 30 Shanghai calendar days, today included. */
function last30Days(): string {
  const today = shanghai(new Date().toISOString()).slice(0, 10);
  const day = (offset: number) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + offset);
    return `${d.toISOString().slice(0, 10)}T00:00:00+08:00`;
  };
  return new URLSearchParams({ from: day(-29), to: day(1) }).toString();
}

describe.skipIf(unavailable !== null)('dashboard journey (Chromium)', () => {
  let server: StartedServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    // the demo conversations are scored by background jobs on first start: let them finish
    await waitForQueueIdle(server.url);
    // a browser in another zone: the UI must still show the contact center's (Asia/Shanghai) times
    context = await newContext(browser, { timezoneId: 'America/New_York' });
    page = await context.newPage();
    errors = collectPageErrors(page);
  });

  /** GET through the browser context, so with the logged-in session cookie. */
  async function getJson<T>(path: string): Promise<T> {
    const res = await context.request.get(`${server.url}${path}`);
    expect(res.status(), path).toBe(200);
    return (await res.json()) as T;
  }

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
    await page.waitForURL(/\/overview$/); // the admin lands on the overview
    await page.getByRole('link', { name: '会话', exact: true }).click();

    const rows = page.locator('[data-testid="conversations-table"] tbody tr.ant-table-row');
    await rows.first().waitFor();
    // the first screen shows the last 30 days (contact-center calendar); ask the API for the same period
    const api = await getJson<ListResponse>(`/api/conversations?${last30Days()}&page=1&pageSize=20`);
    expect(api.total).toBeGreaterThan(100); // the demo organisation has ~500 conversations over 30 days
    expect(await rows.count()).toBe(Math.min(20, api.items.length));
    await expect(page.locator('.ant-pagination-total-text').textContent()).resolves.toContain(
      `共 ${api.total} 条`,
    );
    // the statistic card counts the same conversations as the list
    await expect(
      page.getByTestId('stat-total').locator('.ant-statistic-content').textContent(),
    ).resolves.toBe(api.total.toLocaleString('en-US'));

    // rows in the API's order, times in Asia/Shanghai although the browser runs in New York
    for (const [i, item] of api.items.slice(0, 5).entries()) {
      const text = await rows.nth(i).textContent();
      expect(text).toContain(item.id);
      if (item.startedAt) expect(text).toContain(shanghai(item.startedAt));
    }

    for (const chart of ['chart-per-day', 'chart-distribution']) {
      const canvas = page.locator(`[data-testid="${chart}"] canvas`);
      await canvas.first().waitFor();
      const box = await canvas.first().boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(200);
      expect(box?.height ?? 0).toBeGreaterThan(150);
    }
    await page.waitForTimeout(600); // let the chart animations finish before the screenshot
    await screenshot(page, 'conversations');
  });

  it('opens a conversation with its transcript, score and highlighted hits', async () => {
    // a scored conversation with hits from the page on screen
    const api = await getJson<ListResponse>(`/api/conversations?${last30Days()}&page=1&pageSize=20`);
    const target = api.items.find((c) => c.score !== null && (c.hitCount ?? 0) > 0) ?? api.items[0]!;
    const detail = await getJson<DetailResponse>(`/api/conversations/${encodeURIComponent(target.id)}`);

    await page.getByRole('link', { name: target.id, exact: true }).click();
    await page.waitForURL(new RegExp(`/conversations/${encodeURIComponent(target.id)}$`));
    await page.getByTestId('transcript').waitFor();

    const turns = detail.conversation.turns;
    expect(await page.getByTestId('turn').count()).toBe(turns.length);
    // every turn shows its full text, escaped and unchanged
    expect(await page.getByTestId('turn-text').allTextContents()).toEqual(turns.map((t) => t.text));
    // in each turn, exactly the characters inside hit spans are marked
    const hits = detail.result?.hits ?? [];
    for (const turnIndex of new Set(hits.filter((h) => h.end > h.start).map((h) => h.turn))) {
      const text = turns[turnIndex]!.text;
      const units = Array.from({ length: text.length }, () => false);
      for (const h of hits) if (h.turn === turnIndex) for (let i = h.start; i < h.end; i++) units[i] = true;
      let expected = '';
      for (let i = 0; i < text.length; i++) if (units[i]) expected += text[i];
      const actual = (
        await page.locator(`#turn-${turnIndex} [data-testid="hit-mark"]`).allTextContents()
      ).join('');
      expect(actual).toBe(expected);
    }
    if (detail.result) {
      await page.getByTestId('score-panel').waitFor();
      expect(await page.getByTestId('hit-item').count()).toBe(hits.length);
    }
    await screenshot(page, 'conversation-detail');
    if (hits.length > 0) {
      // picking a hit in the side panel scrolls the transcript to it; the panel stays in view
      await page.getByTestId('hit-item').last().click();
      await page.waitForTimeout(800);
      expect(await page.getByTestId('hit-list').isVisible()).toBe(true);
      await screenshot(page, 'conversation-detail-hit');
    }

    // deep link in a fresh tab (same session) renders the same conversation
    const deep = await context.newPage();
    await deep.goto(`${server.url}/conversations/${encodeURIComponent(target.id)}`);
    await expect(deep.getByTestId('detail-title').textContent()).resolves.toContain(target.id);
    await deep.goto(`${server.url}/conversations/no-such-conversation-42`);
    await deep.getByText('会话不存在', { exact: true }).waitFor();
    await deep.close();
  });

  it('sends the user back to the login page when the session expires', async () => {
    await context.clearCookies(); // as if the session had expired on the server
    await page.getByRole('button', { name: /返\s*回/ }).click(); // back to the list: its API calls now get 401
    await page.waitForURL(/\/login$/);
    await page.getByText('登录已过期，请重新登录').waitFor();
    await loginAs(page, server.url, server.adminUsername, server.adminPassword);
  });

  it('switches to English and remembers it, then logs out', async () => {
    await page.goto(`${server.url}/conversations`);
    // The switch is a dropdown: on two busy cores the first click can land while the menu is still
    // animating in, so open it and pick English until the English menu shows, not just once.
    const english = page.getByRole('link', { name: 'Conversations' });
    await actUntilShown(async () => {
      await page.getByTestId('locale-switch').click();
      await page.getByRole('menuitem', { name: 'English' }).click({ timeout: 5_000 });
    }, english);
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

  it('greets an English browser in English on its first visit, failures included', async () => {
    const en = await newContext(browser, { locale: 'en-US' });
    const p = await en.newPage();
    const pageErrors = collectPageErrors(p);
    await p.goto(`${server.url}/login`);
    await p.getByRole('button', { name: 'Log in' }).waitFor();
    await p.getByText('Contact-center QA and performance').waitFor();
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('en-US');
    // A failure the server answers with its code reads in English too, with no Chinese on the page.
    await p.getByLabel('Username').fill(server.adminUsername);
    await p.getByLabel('Password').fill('not-the-password');
    await p.getByRole('button', { name: 'Log in' }).click();
    await p.getByTestId('login-error').waitFor();
    expect(await p.getByTestId('login-error').innerText()).not.toMatch(/[\u4e00-\u9fff，。：]/);
    expect(pageErrors).toEqual([]);
    await en.close();
  });
});
