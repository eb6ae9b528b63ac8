// The service journey on the real server (seeds 002 and 004): the complaint desk registers a complaint from a call
// picked in the intake form's search (cause, severity with the seed's definitions, channel, caller number; the
// callback due day is shown), addresses a work order for it to the demo's branch under a same-day policy (a
// regulator's letter: answer at once), the SLA check escalates the breached order to the complained-about agent's team
// leader (seed 004), the branch replies late in the order drawer, and the callback task appears in the callbacks
// inbox once the scan runs. The complaint was received weeks ago (a letter from the regulator arrives
// late), so its next-day callback is already overdue: the scan charges it, the desk records the callback late, and
// the month's settlement statement shows the automatic ¥50 late-callback line (seed 002 (三)) once; the branch
// evaluation of the month counts the order's reply as late.
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
const DESCRIPTION = '客户投诉坐席答复还款金额有误，要求回电说明';

describe.skipIf(unavailable !== null)('service journey (Chromium)', () => {
  let server: StartedServer;
  let browser: Browser;
  let ctx: BrowserContext;
  let desk: Page;
  const errors: string[][] = [];
  let callId = '';
  let complaintId = '';
  let vendorId = '';
  let teamId = '';
  let branchId = '';
  let orderId = '';
  let dueOn = '';
  // received on the 10th two months back: the demo leaves that month without a statement (src/demo/workflows.ts),
  // so the desk builds it here; its next-day callback is long overdue
  const received = (() => {
    const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
      .format(new Date())
      .split('-')
      .map(Number) as [number, number];
    return new Date(Date.UTC(y, m - 1 - 2, 10)).toISOString().slice(0, 10);
  })();

  beforeAll(async () => {
    // the first start migrates and loads the demo: slow on a busy machine
    [server, browser] = await Promise.all([startServer({ timeoutMs: 300_000 }), launchBrowser()]);
    await waitForQueueIdle(server.url);
    ctx = await newContext(browser);
    desk = await ctx.newPage();
    errors.push(collectPageErrors(desk));
    await loginAs(desk, server.url, 'cd01', server.passwordOf('cd01'));
    const res = await ctx.request.get(`${server.url}/api/conversations?pageSize=50`);
    // an ordinary service call (not one of the demo's flooding calls, which carry no complaint story)
    const first = ((await res.json()) as { items: { id: string; agentId: string | null }[] }).items.find(
      (c) => c.agentId !== null && !c.id.startsWith('demo-flood'),
    );
    if (!first?.agentId) throw new Error('the demo has no call with an agent');
    callId = first.id;
  }, 420_000);

  afterAll(async () => {
    await ctx?.close();
    await browser?.close();
    await server?.stop();
  });

  it('registers a complaint from a call picked in the search, and shows it in the list', async () => {
    await desk.goto(`${server.url}/complaints`);
    await desk.getByTestId('complaints-table').waitFor();
    await desk.getByTestId('complaint-new').click();
    await desk.getByTestId('complaint-received').click();
    await desk.keyboard.press('ControlOrMeta+a');
    await desk.keyboard.type(receivedDay());
    await desk.keyboard.press('Enter');
    await desk.getByTestId('complaint-call').click();
    await desk.keyboard.type(callId);
    await desk.locator('.ant-select-item-option').filter({ hasText: callId }).first().click();
    await desk.getByTestId('complaint-caller').fill('13800138000');
    await desk.getByTestId('complaint-cause').click();
    await desk.locator('.ant-select-item-option').filter({ hasText: '业务处理能力不足' }).click();
    // the seed's definition of the chosen severity is shown
    await desk.getByText('一般有责：客户提及将通过法律').waitFor();
    await desk.getByTestId('complaint-description').fill(DESCRIPTION);
    // the server's callback due day (next working day) is shown before saving
    await expect
      .poll(() => desk.getByTestId('complaint-callback-due').textContent())
      .toMatch(/\d{4}-\d{2}-\d{2}/);
    await screenshot(desk, 'service-journey-intake');
    await desk.getByTestId('complaint-submit').click();
    // the list switches to the complaint's month and shows it
    const row = desk.getByTestId('complaints-table').locator('tbody tr').filter({ hasText: DESCRIPTION });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(callId);
    const listed = await ctx.request.get(`${server.url}/api/complaints?month=${received.slice(0, 7)}`);
    const mine = (
      (await listed.json()) as {
        items: {
          id: string;
          description: string;
          vendorId: string;
          teamId: string;
          callerNumber: string | null;
          causeId: string | null;
          conversationId: string | null;
        }[];
      }
    ).items.find((c) => c.description === DESCRIPTION)!;
    expect(mine).toMatchObject({
      conversationId: callId,
      callerNumber: '13800138000',
      causeId: 'agent.capability',
    });
    complaintId = mine.id;
    vendorId = mine.vendorId;
    teamId = mine.teamId;
  });

  it('addresses a work order to the branch under a same-day policy, and the SLA check escalates it', async () => {
    const branches = await ctx.request.get(`${server.url}/api/branches`);
    const all = (await branches.json()) as { items: { id: string; name: string }[] };
    branchId = all.items.find((b) => b.name === '城东支行')!.id;
    // a regulator's letter is answered at once: the reply is due the moment the order is made
    const policy = await ctx.request.post(`${server.url}/api/sla-policies`, {
      data: { name: '监管转办·立即答复', reply: { hours: 0 }, resolve: { workingDays: 3 } },
    });
    expect(policy.status(), await policy.text()).toBe(201);
    const order = await ctx.request.post(`${server.url}/api/work-orders`, {
      data: {
        title: '核实还款金额并回复客户',
        assignee: { branchId },
        complaintId,
        conversationId: callId,
        policyId: ((await policy.json()) as { id: string }).id,
      },
    });
    expect(order.status(), await order.text()).toBe(201);
    orderId = ((await order.json()) as { id: string }).id;
    await desk.goto(`${server.url}/work-orders`);
    const row = desk.getByTestId('wo-table').locator('tbody tr').filter({ hasText: '核实还款金额' });
    await row.waitFor();
    // the SLA check (every five minutes by itself) run now: the order is past its reply deadline
    await desk.getByTestId('wo-scan').click();
    await expect
      .poll(() => row.getByTestId('wo-sla').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('breached');
    await screenshot(desk, 'service-journey-breached');
    // escalated to the team leader of the complained-about agent (seed 004), who finds it in their inbox
    // (the desk does not manage accounts: the admin names the team's leader)
    const adminCtx = await newContext(browser);
    await loginAs(await adminCtx.newPage(), server.url, 'admin', server.adminPassword);
    const users = (await (await adminCtx.request.get(`${server.url}/api/users`)).json()) as {
      items: { username: string; role: string; teamId: string | null }[];
    };
    await adminCtx.close();
    const leader = users.items.find((u) => u.role === 'team_leader' && u.teamId === teamId)!;
    const leaderCtx = await newContext(browser);
    const leaderPage = await leaderCtx.newPage();
    errors.push(collectPageErrors(leaderPage));
    await loginAs(leaderPage, server.url, leader.username, server.passwordOf(leader.username));
    const inbox = (await (await leaderCtx.request.get(`${server.url}/api/notifications`)).json()) as {
      items: { kind: string; link: string | null }[];
    };
    expect(
      inbox.items.filter((n) => n.kind === 'work-order.escalated' && n.link?.includes(orderId)),
    ).toHaveLength(1);
    await leaderCtx.close();
  });

  it('the branch replies late in the order drawer', async () => {
    const boCtx = await newContext(browser);
    const bo = await boCtx.newPage();
    errors.push(collectPageErrors(bo));
    await loginAs(bo, server.url, 'bo01', server.passwordOf('bo01'));
    await bo.goto(`${server.url}/work-orders?order=${encodeURIComponent(orderId)}`);
    const drawer = bo.getByTestId('wo-drawer');
    await drawer.getByTestId('wo-actions').waitFor();
    // the breach and its escalation are on the order's timeline
    await drawer.locator('[data-testid="wo-timeline-event"][data-type="escalate"]').first().waitFor();
    await drawer.getByTestId('wo-action-reply').click();
    await bo.getByTestId('wo-event-note').fill('已核实还款金额，已向客户说明');
    await bo.getByTestId('wo-event-submit').click();
    await drawer.getByTestId('wo-timeline-event').filter({ hasText: '已核实还款金额' }).waitFor();
    await expect
      .poll(() => drawer.getByTestId('wo-detail-state').textContent(), { timeout: 30_000 })
      .toBe('已答复');
    await screenshot(bo, 'service-journey-branch-reply');
    await boCtx.close();
  });

  it('shows the overdue callback task once the scan runs, and records the callback late', async () => {
    await desk.goto(`${server.url}/callbacks`);
    await desk.getByTestId('callbacks-table').waitFor();
    await desk.getByTestId('callbacks-scan').click();
    const row = desk
      .getByTestId('callbacks-table')
      .locator('tbody tr.ant-table-row')
      .filter({ hasText: callId });
    await row.waitFor();
    await expect(row.getByTestId('callback-bucket').textContent()).resolves.toBe('已逾期');
    // still open at its due midnight: charged by itself
    await expect(row.getByTestId('callback-late').textContent()).resolves.toContain('已扣 ¥50');
    await screenshot(desk, 'service-journey-callbacks');
    await row.getByTestId('callback-record').click();
    await desk.getByTestId('callback-outcome').fill('已致电客户说明还款金额，客户表示理解');
    await desk.getByText('满意', { exact: true }).click();
    await desk.getByTestId('callback-save').click();
    // done, and due weeks ago: it leaves the inbox, which keeps closed tasks of the last 30 days
    await row.waitFor({ state: 'detached' });
    const tasks = await ctx.request.get(`${server.url}/api/callbacks?complaintId=${complaintId}`);
    const task = (
      (await tasks.json()) as { items: { dueOn: string; late: boolean; lateLine: string; status: string }[] }
    ).items[0]!;
    expect(task).toMatchObject({ status: 'done', late: true, lateLine: 'charged' });
    dueOn = task.dueOn;
  });

  it('shows the automatic ¥50 late-callback line on the month’s statement, once', async () => {
    const month = dueOn.slice(0, 7);
    await desk.goto(`${server.url}/settlements?month=${month}&vendorId=${vendorId}`);
    await desk.getByTestId('settlement-build').click();
    // building opens the statement
    await desk.getByTestId('settlement-net').waitFor();
    await expect.poll(() => desk.locator('body').textContent()).toContain('回访不及时');
    const inputs = await ctx.request.get(
      `${server.url}/api/settlement-inputs?vendorId=${vendorId}&month=${month}`,
    );
    const lines = (
      (await inputs.json()) as { lateCallbacks: { complaintId: string | null; origin: string }[] }
    ).lateCallbacks;
    expect(lines.filter((l) => l.complaintId === complaintId)).toMatchObject([{ origin: 'automatic' }]);
    await screenshot(desk, 'service-journey-statement');
  });

  it('counts the late reply in the branch evaluation of the month', async () => {
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
      .format(new Date())
      .slice(0, 7);
    const drill = await ctx.request.get(`${server.url}/api/branch-evaluation/${branchId}?month=${month}`);
    expect(drill.status(), await drill.text()).toBe(200);
    const body = (await drill.json()) as {
      row: { replyDecided: number; replyOnTime: number };
      orders: { id: string; replyLate: boolean }[];
    };
    expect(body.orders.find((o) => o.id === orderId)).toMatchObject({ replyLate: true });
    expect(body.row.replyOnTime).toBeLessThan(body.row.replyDecided);
    await desk.goto(`${server.url}/branch-evaluation?month=${month}`);
    await desk
      .getByTestId('be-table')
      .locator('tbody tr.ant-table-row')
      .filter({ hasText: '城东支行' })
      .waitFor();
    await screenshot(desk, 'service-journey-branch-evaluation');
    expect(errors.flat()).toEqual([]);
  });

  function receivedDay(): string {
    return received;
  }
});
