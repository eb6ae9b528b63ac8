// The conversation list as a QA team works it, on the real server with the demo data: a call whose transcript is
// in traditional characters is found by a spaced simplified query (`钻 石 会 员 积 分` finds `鑽石會員積分`), the review-state filter keeps it, the filter
// set is saved as a view and restored from the views dropdown, and the filtered list downloads as CSV holding
// exactly that call. Screenshots land in test-artifacts/screenshots/.
import { readFile } from 'node:fs/promises';
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
const ID = 'lists-trad-1';

describe.skipIf(unavailable !== null)('lists (Chromium)', () => {
  let server: StartedServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await waitForQueueIdle(server.url);
    context = await newContext(browser);
    page = await context.newPage();
    errors = collectPageErrors(page);
    await loginAs(page, server.url, server.adminUsername, server.adminPassword);
    const started = new Date(Date.now() - 3600_000).toISOString();
    const res = await context.request.post(`${server.url}/api/ingest`, {
      data: [
        {
          id: ID,
          channel: 'voice',
          agentId: 'A001',
          startedAt: started,
          turns: [
            { role: 'customer', text: '我家停電了，怎麼辦？', startMs: 0, endMs: 3000 },
            { role: 'agent', text: '鑽石會員積分兌換不歸我管，你去問別人吧', startMs: 3500, endMs: 7000 },
          ],
        },
      ],
    });
    expect(res.status(), await res.text()).toBeLessThan(300);
    const { batchId } = (await res.json()) as { batchId: string };
    for (let i = 0; i < 480; i++) {
      const b = (await (await context.request.get(`${server.url}/api/ingest/${batchId}`)).json()) as {
        status: string;
      };
      if (b.status === 'done' || b.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    await waitForQueueIdle(server.url);
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const rows = () => page.locator('.ant-table-tbody tr.ant-table-row');

  it('finds the traditional-character call by a spaced simplified query and filters it by review state', async () => {
    await page.goto(`${server.url}/conversations`);
    const search = page.getByTestId('filter-q').locator('input');
    await search.waitFor({ state: 'visible' });
    await search.fill('钻 石 会 员 积 分');
    await search.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === '钻 石 会 员 积 分');
    await expect.poll(() => rows().count(), { timeout: 30_000 }).toBe(1);
    await expect(rows().first().textContent()).resolves.toContain(ID);

    await page.getByTestId('filter-review-state').click();
    await page.locator('.ant-select-item-option', { hasText: '未复核' }).click();
    await page.waitForURL((u) => u.searchParams.get('reviewState') === 'unreviewed');
    await expect.poll(() => rows().count(), { timeout: 30_000 }).toBe(1);
    await page.getByTestId('filter-review-state').click();
    await page.locator('.ant-select-item-option', { hasText: '申诉改判' }).click();
    await page.waitForURL((u) => u.searchParams.get('reviewState') === 'overturned');
    await expect.poll(() => page.locator('.ant-table-tbody .ant-empty').count(), { timeout: 30_000 }).toBe(1);
    await page.getByTestId('filter-review-state').click();
    await page.locator('.ant-select-item-option', { hasText: '未复核' }).click();
    await expect.poll(() => rows().count(), { timeout: 30_000 }).toBe(1);
    await screenshot(page, 'lists-tolerant-search');
  });

  it('saves the filters as a view and restores them from the dropdown', async () => {
    await page.getByTestId('view-save').click();
    await page.getByTestId('view-name').fill('推诿未复核');
    await page.getByTestId('view-save-confirm').click();
    await page.locator('.ant-message', { hasText: '视图已保存' }).waitFor({ state: 'visible' });

    await page.goto(`${server.url}/conversations`);
    await expect.poll(() => rows().count(), { timeout: 30_000 }).toBeGreaterThan(1);
    await page.getByTestId('saved-views').click();
    await page.getByTestId('saved-view-推诿未复核').click();
    await page.waitForURL((u) => u.searchParams.get('q') === '钻 石 会 员 积 分');
    expect(new URL(page.url()).searchParams.get('reviewState')).toBe('unreviewed');
    await expect.poll(() => rows().count(), { timeout: 30_000 }).toBe(1);
  });

  it('keeps views of the appeal and audit lists too', async () => {
    // Appeals: the status filter lives in the address, and the saved view brings it back.
    await page.goto(`${server.url}/appeals?status=rejected`);
    await expect.poll(() => rows().count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByTestId('view-save').click();
    await page.getByTestId('view-name').fill('已驳回申诉');
    await page.getByTestId('view-save-confirm').click();
    await page.locator('.ant-message', { hasText: '视图已保存' }).waitFor({ state: 'visible' });
    await page.goto(`${server.url}/appeals?status=open`);
    await page.getByTestId('saved-views').click();
    await page.getByTestId('saved-view-已驳回申诉').click();
    await page.waitForURL((u) => u.searchParams.get('status') === 'rejected');
    // The open appeals stay on screen until the rejected ones have loaded: wait for the list to be all rejected.
    await expect
      .poll(
        async () => {
          const texts = await rows().allTextContents();
          return texts.length > 0 && texts.every((t) => t.includes('已驳回'));
        },
        { timeout: 30_000 },
      )
      .toBe(true);

    // Audit: the entity looked for is kept; the day range is chosen each time.
    await page.goto(`${server.url}/audit`);
    const entity = page.getByTestId('audit-entity');
    await entity.fill('complaint');
    await entity.press('Enter');
    await expect.poll(() => rows().count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByTestId('view-save').click();
    await page.getByTestId('view-name').fill('投诉审计');
    await page.getByTestId('view-save-confirm').click();
    await page.locator('.ant-message', { hasText: '视图已保存' }).first().waitFor({ state: 'visible' });
    await page.goto(`${server.url}/audit`);
    await expect(entity.inputValue()).resolves.toBe('');
    await page.getByTestId('saved-views').click();
    await page.getByTestId('saved-view-投诉审计').click();
    await expect.poll(() => entity.inputValue()).toBe('complaint');
    await expect
      .poll(async () => (await rows().allTextContents()).every((t) => t.includes('complaint')), {
        timeout: 30_000,
      })
      .toBe(true);
    await screenshot(page, 'lists-audit-saved-view');
  });

  it('downloads the filtered list as CSV', async () => {
    await page.goto(`${server.url}/conversations`);
    await page.getByTestId('saved-views').click();
    await page.getByTestId('saved-view-推诿未复核').click();
    await expect.poll(() => rows().count(), { timeout: 30_000 }).toBe(1);
    await page.getByTestId('export').hover();
    const link = page.getByTestId('export-csv');
    await link.waitFor({ state: 'visible' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const text = await readFile(await download.path(), 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('会话ID');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(ID);
    expect(download.suggestedFilename()).toMatch(/^conversations-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(errors).toEqual([]);
  });
});
