// Live-call monitoring on the real server (docs/product.md "Integration endpoints"; seed 002 违禁用语, seed 004 專家座席組):
// a team leader keeps 实时监控 open while the switch integration (here the admin's session through the API)
// streams a call of an agent of the leader's team. The wall shows the call, the line still being recognised
// greyed, then the final line and the forbidden-phrase alert without a reload; the leader opens the call's
// transcript and acknowledges the alert in the UI, and the API says it is acknowledged by the leader. The QA lead's
// side: the alert rules are edited on the rules tab. Screenshots land in test-artifacts/screenshots/.
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
const CALL_ID = 'live-browser-1';
const LEADER = 'tl01';

interface AlertRow {
  id: string;
  callId: string;
  rule: string;
  state: string;
  handledBy: string | null;
}

describe.skipIf(unavailable !== null)('live-call monitoring (Chromium)', () => {
  let server: StartedServer;
  let browser: Browser;
  let admin: BrowserContext;
  let leader: BrowserContext;
  let page: Page;
  let errors: string[];
  let agentId: string;
  let alertId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await waitForQueueIdle(server.url);
    admin = await newContext(browser);
    await loginAs(await admin.newPage(), server.url, server.adminUsername, server.adminPassword);
    leader = await newContext(browser);
    page = await leader.newPage();
    errors = collectPageErrors(page);
    await loginAs(page, server.url, LEADER, server.passwordOf(LEADER));
  }, 240_000);

  afterAll(async () => {
    await admin?.close();
    await leader?.close();
    await browser?.close();
    await server?.stop();
  });

  const post = async (path: string, data: unknown, status: number) => {
    const res = await admin.request.post(`${server.url}${path}`, { data });
    expect(res.status(), `${path}: ${await res.text()}`).toBe(status);
    return (await res.json()) as Record<string, unknown>;
  };
  const segment = (role: string, text: string, final: boolean) =>
    post(`/api/live/calls/${CALL_ID}/segments`, { role, text, final }, 202);

  it('opens the wall from the menu, connected to the live stream', async () => {
    // an agent of the leader's own team (the leader's agent list is scoped to it)
    const agents = (await (await leader.request.get(`${server.url}/api/agents`)).json()) as {
      items: { id: string }[];
    };
    agentId = agents.items[0]!.id;
    // the entry sits in the 质检管理 group, open by default
    await page.getByRole('menuitem', { name: /实时监控/ }).click();
    await page.waitForURL(/\/live$/);
    await page.locator('[data-testid=live-connection][data-status=open]').waitFor({ timeout: 15_000 });
    await page.getByTestId('live-empty').waitFor();
  });

  it('shows a call streamed in, its lines as they come and the forbidden-phrase alert, without a reload', async () => {
    await post('/api/live/calls', { callId: CALL_ID, agentId, number: '13800138000' }, 201);
    const card = page.locator(`[data-testid=live-call][data-call-id="${CALL_ID}"]`);
    await card.waitFor({ timeout: 5_000 });

    await segment('customer', '你好，我的信用卡账单多扣了一笔钱', true);
    await card.getByTestId('live-call-line').filter({ hasText: '多扣了一笔钱' }).waitFor({ timeout: 5_000 });
    // the agent's words while still being recognised: greyed, replaced by the final line
    await segment('agent', '这个我', false);
    await card.getByTestId('live-call-partial').filter({ hasText: '这个我' }).waitFor({ timeout: 5_000 });

    const sent = Date.now();
    const r = await segment('agent', '这个我不知道，你自己去查吧', true);
    const raised = r.alerts as { id: string; rule: string }[];
    expect(raised.map((a) => a.rule)).toContain('forbidden-phrase');
    alertId = raised.find((a) => a.rule === 'forbidden-phrase')!.id;

    const panel = page.getByTestId('live-alerts');
    const item = panel.locator(`[data-testid=live-alert][data-alert-id="${alertId}"]`);
    await item.waitFor({ timeout: 5_000 });
    const shownAfterMs = Date.now() - sent;
    await card.getByTestId('live-call-line').filter({ hasText: '你自己去查吧' }).waitFor({ timeout: 5_000 });
    expect(await card.getByTestId('live-call-partial').count()).toBe(0);
    await card.getByTestId('live-call-alerts').waitFor();
    expect(await item.getByTestId('alert-severity').getAttribute('data-severity')).toBe('high');
    expect(await item.getByTestId('alert-text').textContent()).toContain('不知道');
    // a high alert is also announced outside the wall
    await page.locator('.ant-notification-notice').filter({ hasText: '违禁' }).first().waitFor();
    // the issue asks for the leader's screen within a second; a loaded CI machine gets some slack
    expect(shownAfterMs).toBeLessThan(3_000);
    await screenshot(page, 'live-wall-alert');
  });

  it('opens the call: the running transcript and its alert', async () => {
    await page.locator(`[data-testid=live-call][data-call-id="${CALL_ID}"]`).click();
    const drawer = page.getByRole('dialog').filter({ has: page.getByTestId('live-transcript') });
    await drawer.waitFor();
    expect(await drawer.textContent()).toContain(CALL_ID);
    const lines = drawer.getByTestId('live-line');
    await expect.poll(() => lines.count()).toBe(2);
    expect(await lines.nth(1).getAttribute('data-role')).toBe('agent');
    // a new partial line shows in the open drawer as it is recognised
    await segment('customer', '你们怎么', false);
    await drawer.getByTestId('live-line-partial').filter({ hasText: '你们怎么' }).waitFor({ timeout: 5_000 });
    await drawer.locator(`[data-testid=live-alert][data-alert-id="${alertId}"]`).waitFor();
    await page.waitForTimeout(400); // drawer slide-in
    await screenshot(page, 'live-call-drawer');
    await page.locator('.ant-drawer-close').click();
    await page.getByTestId('live-transcript').waitFor({ state: 'hidden' });
  });

  it('acknowledges the alert in the UI; the API records it as handled by the leader', async () => {
    const item = page
      .getByTestId('live-alerts')
      .locator(`[data-testid=live-alert][data-alert-id="${alertId}"]`);
    await item.getByTestId('alert-acknowledge').click();
    await item.waitFor({ state: 'detached', timeout: 5_000 });
    await page.getByTestId('live-alerts').getByText('暂无待处理告警').waitFor();

    const res = await admin.request.get(`${server.url}/api/live/alerts?state=acknowledged`);
    expect(res.status()).toBe(200);
    const items = ((await res.json()) as { items: AlertRow[] }).items;
    const acked = items.find((a) => a.id === alertId);
    expect(acked).toMatchObject({ callId: CALL_ID, rule: 'forbidden-phrase', state: 'acknowledged' });
    expect(acked?.handledBy).toBeTruthy();
    await screenshot(page, 'live-alert-acknowledged');
  });

  it('takes the call off the wall when it ends', async () => {
    await post(`/api/live/calls/${CALL_ID}/end`, {}, 202);
    await page
      .locator(`[data-testid=live-call][data-call-id="${CALL_ID}"]`)
      .waitFor({ state: 'detached', timeout: 5_000 });
    await page.getByTestId('live-empty').waitFor();
  });

  it('stores and scores the ended call in full; the final result keeps the alerted phrase', async () => {
    await waitForQueueIdle(server.url);
    const res = await admin.request.get(`${server.url}/api/live/calls/${CALL_ID}`);
    expect(res.status()).toBe(200);
    const call = (await res.json()) as {
      endedAt: string | null;
      diff: { confirmed: { rule: string }[]; withdrawn: unknown[] } | null;
    };
    expect(call.endedAt).not.toBeNull();
    // The live hit that raised the alert is confirmed by the full check of the stored conversation.
    expect(call.diff?.confirmed.map((h) => h.rule)).toContain('forbidden-phrase');
    await page.goto(`${server.url}/conversations/${CALL_ID}`);
    await expect
      .poll(() => page.locator('body').textContent(), { timeout: 15_000 })
      .toContain('这个我不知道');
    await page.goto(`${server.url}/live`);
  });

  it('lists the handled alert in the alert history with who acknowledged it', async () => {
    await page.getByRole('tab', { name: '告警记录' }).click();
    const row = page
      .getByTestId('live-alert-history')
      .locator('tr')
      .filter({ hasText: CALL_ID })
      .filter({ has: page.locator('[data-testid=alert-state][data-state=acknowledged]') });
    await row.waitFor();
    const users = (await (await admin.request.get(`${server.url}/api/users`)).json()) as {
      items: { username: string; displayName: string }[];
    };
    const name = users.items.find((u) => u.username === LEADER)!.displayName;
    expect(await row.textContent()).toContain(name);
    await screenshot(page, 'live-alert-history');
  });

  it('shows the leader the alert rules read-only; the admin edits one', async () => {
    await page.getByRole('tab', { name: '告警规则' }).click();
    const table = page.getByTestId('alert-rules');
    await table.getByText('坐席违禁/不当用语').waitFor();
    expect(await page.getByTestId('alert-rule-edit').count()).toBe(0);

    const adminPage = await admin.newPage();
    const adminErrors = collectPageErrors(adminPage);
    await adminPage.goto(`${server.url}/live`);
    await adminPage.getByRole('tab', { name: '告警规则' }).click();
    const row = adminPage.locator('tr').filter({ hasText: '坐席违禁/不当用语' });
    await row.getByTestId('alert-rule-edit').click();
    const dialog = adminPage.getByRole('dialog');
    const seconds = dialog.getByRole('spinbutton');
    await seconds.fill('90');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('90 秒').waitFor();
    await screenshot(adminPage, 'live-alert-rules');

    const rules = (await (await admin.request.get(`${server.url}/api/live/alert-rules`)).json()) as {
      items: { id: string; escalateAfterSeconds: number | null; rules: string[] }[];
    };
    expect(rules.items.find((r) => r.id === 'agent-language')).toMatchObject({
      escalateAfterSeconds: 90,
      rules: ['forbidden-phrase', 'insult', 'harsh-tone', 'shirking'],
    });
    expect(adminErrors).toEqual([]);
    expect(errors).toEqual([]);
  });
});
