// Settlement safety on the real server (demo data, Chromium): confirming asks first (month, net, whether it can be
// undone) and cancelling changes nothing; a complaint judged after the statement was built shows the "inputs
// changed" banner with the ¥2,500 line in the diff; the ¥50 late-report line is cleared on the settlement inputs
// screen by recording the report's real submission day, and a rebuilt statement no longer carries it.
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
// the demo conversations of a first start are in October 2026 (src/core/demo)
const MONTH = '2026-10';

interface Statement {
  id: string;
  state: string;
  statement: { lines: { kind: string; amountFen: number }[] };
  permittedActions: string[];
  safety: { fingerprint: string; attentionNeeded: boolean };
}

describe.skipIf(unavailable !== null)('settlement safety (Chromium)', () => {
  let server: StartedServer;
  let browser: Browser;
  let admin: BrowserContext;
  let page: Page;
  let errors: string[];
  let vendorId = '';
  let agentId = '';
  let statementId = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await waitForQueueIdle(server.url);
    admin = await newContext(browser);
    page = await admin.newPage();
    errors = collectPageErrors(page);
    await loginAs(page, server.url, server.adminUsername, server.adminPassword);
    const vendors = (await (await admin.request.get(`${server.url}/api/vendors`)).json()) as {
      items: { id: string }[];
    };
    vendorId = vendors.items[0]!.id;
    const agents = (await (await admin.request.get(`${server.url}/api/agents`)).json()) as {
      items: { id: string; vendorId?: string }[];
    };
    agentId = agents.items.find((a) => a.vendorId === vendorId)?.id ?? agents.items[0]!.id;
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

  const statement = async () =>
    (await (await admin.request.get(`${server.url}/api/settlements/${statementId}`)).json()) as Statement;

  it('asks before confirming, with the month and the net, and cancelling changes nothing', async () => {
    const built = await admin.request.post(`${server.url}/api/settlements`, {
      data: { vendorId, month: MONTH },
    });
    expect(built.status()).toBeLessThan(300);
    statementId = ((await built.json()) as Statement).id;

    const pm = await as('pm01');
    await pm.page.goto(`${server.url}/settlements/${statementId}`);
    // Demo agents without call statistics score their answer rate without data: acknowledge that first.
    const s = await statement();
    if (s.permittedActions.includes('acknowledge') || s.safety.attentionNeeded) {
      await pm.page.getByTestId('settlement-missing-data').waitFor({ timeout: 30_000 });
      await pm.page.getByTestId('settlement-acknowledge').click();
      await pm.page.getByTestId('settlement-acknowledge-note').fill('话务数据待补导入，已知悉');
      await pm.page.getByTestId('settlement-acknowledge-ok').click();
      await pm.page.getByTestId('settlement-acknowledge').waitFor({ state: 'detached', timeout: 30_000 });
    }
    await pm.page.getByTestId('settlement-confirm').click({ timeout: 30_000 });
    const ask = pm.page.getByTestId('settlement-ask');
    await ask.waitFor({ timeout: 10_000 });
    await expect(pm.page.getByText(`${MONTH} 结算单`).first().isVisible()).resolves.toBe(true);
    await expect(pm.page.getByTestId('settlement-ask-net').textContent()).resolves.toMatch(/\d/);
    await screenshot(pm.page, 'settlement-confirm-ask');
    await pm.page.getByRole('button', { name: /取\s*消/ }).click();
    await expect.poll(() => ask.count(), { timeout: 10_000 }).toBe(0);
    expect((await statement()).state).toBe('draft');
    await pm.ctx.close();
  });

  it('shows the inputs-changed banner with the ¥2,500 line after a complaint is judged', async () => {
    const complaint = await admin.request.post(`${server.url}/api/complaints`, {
      data: {
        receivedOn: `${MONTH}-12`,
        agentId,
        severity: 'general',
        decision: 'responsible',
        description: '客户表示要向媒体反映',
      },
    });
    expect(complaint.status()).toBe(201);
    await page.goto(`${server.url}/settlements/${statementId}`);
    const banner = page.getByTestId('settlement-inputs-changed');
    await banner.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId('settlement-diff').textContent(), { timeout: 10_000 })
      .toContain('2,500');
    await expect(page.getByTestId('settlement-diff').textContent()).resolves.toContain('客户投诉');
    await screenshot(page, 'settlement-inputs-changed');
    const s = await statement();
    expect(s.statement.lines.some((l) => l.kind === 'complaint' && l.amountFen === -250_000)).toBe(false);
  });

  it('clears the ¥50 late-report line on the settlement inputs screen', async () => {
    await page.goto(`${server.url}/settlement-inputs?month=${MONTH}&vendorId=${vendorId}`);
    await page.getByTestId('settle-report-late').waitFor({ timeout: 30_000 });
    await page.getByTestId('settle-report-at').click();
    await page.keyboard.type('2026-10-04');
    await page.keyboard.press('Enter');
    await page.getByTestId('settle-report-record').click();
    await page.getByTestId('settle-report-ontime').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('settle-report-submitted').textContent()).resolves.toBe('2026-10-04');
    await screenshot(page, 'settlement-inputs');

    const rebuilt = await admin.request.post(`${server.url}/api/settlements`, {
      data: { vendorId, month: MONTH },
    });
    expect(rebuilt.status()).toBe(200);
    const lines = ((await rebuilt.json()) as Statement).statement.lines;
    expect(lines.some((l) => l.kind === 'late-report')).toBe(false);
    expect(lines.some((l) => l.kind === 'complaint' && l.amountFen === -250_000)).toBe(true);
    await page.goto(`${server.url}/settlements/${statementId}`);
    await page.getByTestId('settlement-net').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByText('报表不及时').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
