// The daily work screens on the real server with the demo organisation: the overview, the call timeline, the
// rules and their live check, the journey inspector reviews → agent appeals → leader decides → score updates,
// an agent kept out of another agent's conversation, a transcript carrying HTML shown as text, and the
// notifications that tell each of them their turn has come (bell, menu badges, inbox).
// Screenshots of every screen land in test-artifacts/screenshots/.
import { beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, screenshot } from './support/browser.ts';
import { waitForQueueIdle } from './support/server.ts';
import { useDemoJourney } from './support/demo-journey.ts';

const unavailable = browserUnavailable();
const XSS = '<img src=x onerror=alert(1)>';

interface Account {
  id: string;
  username: string;
  role: string;
  agentId: string | null;
  teamId: string | null;
}

/** A Shanghai wall-clock time `daysAgo` days before today, as ISO with +08:00. */
function shanghaiAt(daysAgo: number, hhmm: string): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - daysAgo);
  return `${d.toISOString().slice(0, 10)}T${hhmm}:00+08:00`;
}

describe.skipIf(unavailable !== null)('work screens (Chromium)', () => {
  const j = useDemoJourney();
  const { as, api } = j;
  let accounts: Account[];
  // the journey's conversation: agent A001 refuses twice (forbidden phrases), at 03:00 when no demo call runs
  const journeyAt = shanghaiAt(2, '03:00');

  async function ingest(conversations: unknown[]): Promise<void> {
    const { batchId } = await api<{ batchId: string }>('POST', '/api/ingest', conversations);
    for (let i = 0; i < 240; i++) {
      const b = await api<{ status: string; accepted: number; errors: unknown[] }>(
        'GET',
        `/api/ingest/${batchId}`,
      );
      if (b.status === 'done' || b.status === 'failed') {
        expect(b).toMatchObject({ status: 'done', accepted: conversations.length });
        break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    await waitForQueueIdle(j.server.url); // scoring jobs
  }

  beforeAll(async () => {
    accounts = (await api<{ items: Account[] }>('GET', '/api/users')).items;

    await ingest([
      {
        id: 'journey-1',
        channel: 'voice',
        agentId: 'A001',
        startedAt: journeyAt,
        turns: [
          { role: 'agent', text: '您好，很高兴为您服务，请问有什么可以帮您？', startMs: 0, endMs: 3000 },
          { role: 'customer', text: '我家从早上就停电了', startMs: 3500, endMs: 6000 },
          { role: 'agent', text: '这个我不知道，你听我说，抢修要排队', startMs: 8000, endMs: 12_000 },
          { role: 'customer', text: '那要等多久？', startMs: 11_500, endMs: 13_000 },
          { role: 'agent', text: '不清楚，感谢您的来电，再见', startMs: 25_000, endMs: 28_000 },
        ],
        events: [
          { type: 'hold', startMs: 14_000, endMs: 24_000 },
          { type: 'hangup', by: 'customer', atMs: 29_000 },
        ],
      },
      {
        id: 'xss-1',
        channel: 'chat',
        agentId: 'A002',
        startedAt: shanghaiAt(1, '03:00'),
        turns: [
          { role: 'customer', text: XSS },
          { role: 'agent', text: `您好，您发来的是 ${XSS} 吗？` },
        ],
      },
    ]);
  });

  it('lands QA on the overview with trend, distribution, top rules, teams, vendors and backlog', async () => {
    const page = await as('qalead');
    await page.waitForURL(/\/overview$/);
    for (const chart of ['chart-per-day', 'chart-distribution', 'chart-top-rules', 'chart-teams']) {
      const canvas = page.locator(`[data-testid="${chart}"] canvas`).first();
      await canvas.waitFor();
      expect((await canvas.boundingBox())?.height ?? 0).toBeGreaterThan(150);
    }
    const overview = await api<{ topRules: { rule: string }[]; vendors: unknown[] }>(
      'GET',
      '/api/dashboard/overview',
    );
    expect(overview.topRules.length).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="vendor-table"] tbody tr.ant-table-row').count()).toBe(
      overview.vendors.length,
    );
    await page.getByTestId('backlog').waitFor();
    await page.waitForTimeout(700);
    await screenshot(page, 'overview');
  });

  it('shows the call timeline above the transcript', async () => {
    const page = await as('qalead');
    await page.goto(`${j.server.url}/conversations/journey-1`);
    await page.getByTestId('call-timeline').waitFor();
    expect(await page.getByTestId('timeline-talk').count()).toBe(5);
    expect(await page.getByTestId('timeline-hold').count()).toBe(1);
    expect(await page.getByTestId('timeline-overlap').count()).toBe(1); // 11.5–12 s
    const totals = await page.getByTestId('timeline-totals').textContent();
    expect(totals).toContain('保持 10.0s');
    expect(totals).toContain('抢话 0.5s');
    await screenshot(page, 'conversation-timeline');
  });

  it('browses the rules by category and checks a pasted conversation live', async () => {
    const page = await as('qa01');
    await page.goto(`${j.server.url}/rules`);
    const rows = page.locator('[data-testid="rules-table"] tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    await screenshot(page, 'rules');
    await page.getByRole('tab', { name: '在线试检' }).click();
    await page.getByRole('button', { name: '填入示例' }).click();
    await page.getByTestId('try-check').click();
    await page.getByTestId('try-result').waitFor();
    const marks = await page.locator('[data-testid="try-result"] [data-testid="hit-mark"]').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['不知道', '你听我说']));
    await screenshot(page, 'rules-try');
  });

  it('keeps an agent out of another agent’s conversation, in the UI and the API', async () => {
    const page = await as('a001');
    await page.waitForURL(/\/me$/);
    await page.getByTestId('learn').waitFor();
    await page.locator('[data-testid="chart-per-day"] canvas').first().waitFor();
    await page.waitForTimeout(600);
    await screenshot(page, 'agent-home');
    // xss-1 belongs to A002
    await page.goto(`${j.server.url}/conversations/xss-1`);
    await page.getByText('会话不存在', { exact: true }).waitFor();
    const res = await page.context().request.get(`${j.server.url}/api/conversations/xss-1`);
    expect(res.status()).toBe(404);
    const own = await page.context().request.get(`${j.server.url}/api/conversations/journey-1`);
    expect(own.status()).toBe(200);
  });

  it('shows a transcript containing HTML as text, and no script runs', async () => {
    const page = await as('qalead');
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${j.server.url}/conversations/xss-1`);
    await page.getByTestId('transcript').waitFor();
    const texts = await page.getByTestId('turn-text').allTextContents();
    expect(texts[0]).toBe(XSS);
    expect(await page.locator('[data-testid="transcript"] img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
    await screenshot(page, 'xss-as-text');
  });

  it('inspector reviews → agent appeals → leader decides → the score updates', async () => {
    // a plan sampling every call of the journey's minute creates the task and assigns it to an inspector
    const plan = await api<{ id: string }>('POST', '/api/sampling-plans', {
      name: '浏览器测试抽检',
      rule: { kind: 'random', percent: 100 },
    });
    const run = await api<{ tasks: { id: number; conversationId: string; inspectorUserId: string }[] }>(
      'POST',
      `/api/sampling-plans/${plan.id}/run`,
      { from: journeyAt, to: journeyAt.replace('03:00:00', '03:01:00') },
    );
    expect(run.tasks.map((t) => t.conversationId)).toEqual(['journey-1']);
    const task = run.tasks[0]!;
    const inspector = accounts.find((a) => a.id === task.inspectorUserId)!;
    const before = await api<{ result: { score: { total: number }; hits: { deduction: number }[] } }>(
      'GET',
      '/api/conversations/journey-1',
    );

    // the inspector works the task with the keyboard: C confirms each hit, F finalizes
    const qa = await as(inspector.username);
    // the run told the inspector: a badge on the review menu and the notification in the bell
    await qa.getByTestId('menu-badge-review').waitFor();
    await qa.getByTestId('notification-bell').click();
    await qa.getByTestId('notification-item').filter({ hasText: '浏览器测试抽检' }).first().waitFor();
    await screenshot(qa, 'notifications-inspector');
    await qa.keyboard.press('Escape');
    await qa.goto(`${j.server.url}/review`);
    await qa.locator('[data-testid="review-queue"] tbody tr.ant-table-row', { hasText: 'journey-1' }).click();
    await qa.waitForURL(new RegExp(`/review/${task.id}$`));
    const hits = qa.getByTestId('review-hit');
    await hits.first().waitFor();
    const n = await hits.count();
    expect(n).toBe(before.result.hits.length);
    await screenshot(qa, 'review-task');
    for (let i = 0; i < n; i++) {
      await qa.keyboard.press('c');
      await qa.locator(`[data-testid="review-hit"][data-verdict="confirm"]`).nth(i).waitFor();
    }
    // a manual item of 专业水平 (seed 002 事件判断不正确) is deducted with its reason; without a reason it cannot be saved
    const manual = qa.locator('[data-testid="manual-item"]', { hasText: '事件判断不正确' });
    await manual.locator('.ant-input-number input').fill('1');
    await expect(manual.getByTestId('manual-item-save').isDisabled()).resolves.toBe(true);
    await manual.getByTestId('manual-item-reason').fill('客户问的是报修进度，坐席按停电通知作答');
    await manual.getByTestId('manual-item-save').click();
    await manual.getByTestId('manual-item-save').waitFor({ state: 'detached' });
    await expect(manual.getByTestId('manual-item-reason').inputValue()).resolves.toBe(
      '客户问的是报修进度，坐席按停电通知作答',
    );
    await screenshot(qa, 'review-manual-deduction');
    await qa.getByTestId('review-comment').fill('停电咨询先安抚再说明抢修进度');
    await qa.locator('body').click({ position: { x: 5, y: 5 } });
    await qa.keyboard.press('f');
    await qa.getByTestId('review-finalized').waitFor();
    await screenshot(qa, 'review-finalized');
    // from one task to the next: this inspector's queue is now empty
    await qa.getByTestId('review-next').click();
    await qa.getByText('您的待复核队列已清空').waitFor();
    const reviewed = await api<{ result: { score: { total: number } } }>(
      'GET',
      '/api/conversations/journey-1',
    );
    expect(reviewed.result.score.total).toBe(before.result.score.total - 2);

    // the agent appeals the first deduction from their reviews
    const agent = await as('a001');
    // the finalized review reached the agent's inbox; its notification opens the conversation
    await agent.getByTestId('menu-badge-appeals').waitFor();
    await agent.getByTestId('notification-bell').click();
    const told = agent.getByTestId('notification-item').filter({ hasText: 'journey-1' }).first();
    await told.waitFor();
    await screenshot(agent, 'notifications-agent');
    await told.click();
    await agent.waitForURL(/\/conversations\/journey-1$/);
    await agent.goto(`${j.server.url}/appeals`);
    await agent
      .locator('[data-testid="my-reviews"] tbody tr.ant-table-row', { hasText: 'journey-1' })
      .click();
    await agent.getByTestId('appeal-open').first().click();
    await agent.getByTestId('appeal-reason').fill('客户问的是抢修时间，我说不知道是如实告知，已转报修');
    await agent.getByRole('button', { name: '提交申诉' }).click();
    await agent.locator('[data-testid="appeals-table"] tbody tr.ant-table-row').first().waitFor();
    await expect(agent.getByTestId('appeal-status').first().textContent()).resolves.toBe('待处理');
    await agent.locator('.ant-spin-blur').waitFor({ state: 'detached' });
    await screenshot(agent, 'appeals-agent');

    // the agent's team leader upholds it in the inbox
    // agent accounts carry only their agent id; the team comes from the agent record
    const teamOfA001 = (
      await api<{ items: { id: string; teamId: string }[] }>('GET', '/api/agents')
    ).items.find((a) => a.id === 'A001')?.teamId;
    const leaderName =
      accounts.find((a) => a.role === 'team_leader' && a.teamId === teamOfA001)?.username ?? 'qalead';
    const leader = await as(leaderName);
    // the appeal waits for the leader: badge on the appeals menu, listed in the inbox page
    await leader.getByTestId('menu-badge-appeals').waitFor();
    await leader.goto(`${j.server.url}/notifications`);
    await leader
      .locator('[data-testid="notifications-table"] tbody tr.ant-table-row', { hasText: 'journey-1' })
      .first()
      .waitFor();
    await leader.locator('.ant-spin-blur').waitFor({ state: 'detached' });
    await screenshot(leader, 'notifications-leader');
    await leader.goto(`${j.server.url}/appeals`);
    const row = leader.locator('[data-testid="appeals-table"] tbody tr.ant-table-row', {
      hasText: 'journey-1',
    });
    await row.waitFor();
    await leader.locator('.ant-spin-blur').waitFor({ state: 'detached' });
    await screenshot(leader, 'appeals-inbox');
    await row.getByTestId('appeal-decision-reason').fill('属实：坐席已说明原因并转报修');
    await row.getByTestId('appeal-uphold').click();
    await row.waitFor({ state: 'detached' }); // decided: it leaves the open inbox
    await leader.locator('.ant-segmented-item', { hasText: '已支持' }).click();
    const change = leader.getByTestId('appeal-score-change').first();
    await change.waitFor();

    const after = await api<{ result: { score: { total: number } } }>('GET', '/api/conversations/journey-1');
    const finalized = await api<{ items: { totalBefore: number; totalAfter: number }[] }>(
      'GET',
      '/api/appeals?status=upheld',
    );
    const decided = finalized.items[0]!;
    expect(decided.totalAfter).toBeGreaterThan(decided.totalBefore);
    expect(after.result.score.total).toBe(decided.totalAfter);
    expect(await change.textContent()).toContain(`→ ${decided.totalAfter}`);

    // the conversation page is the hub: its review, the upheld appeal, and the hit shown as overturned
    await agent.goto(`${j.server.url}/conversations/journey-1`);
    await agent.getByTestId('workflow-review').first().waitFor();
    await agent.getByTestId('hit-overturned').first().waitFor();
    expect(await agent.getByTestId('hit-overturned').count()).toBe(1);
    expect(await agent.getByTestId('workflow-appeal').first().textContent()).toContain('已支持');
    expect(await agent.getByTestId('workflow-comment').textContent()).toContain(
      '停电咨询先安抚再说明抢修进度',
    );
    await screenshot(agent, 'conversation-hub-agent');

    // the inspector's verdicts and the upheld appeal feed the per-rule precision the rules page shows
    const precision = await api<{ rules: { rule: string; reviewed: number; appealsUpheld: number }[] }>(
      'GET',
      '/api/precision',
    );
    const appealed = precision.rules.find((r) => r.appealsUpheld > 0);
    expect(appealed?.reviewed).toBeGreaterThan(0);
    await qa.goto(`${j.server.url}/rules?tab=precision`);
    await qa.getByTestId(`precision-${appealed!.rule}`).waitFor();
    expect(await qa.locator('[data-testid="precision-table"] tbody tr.ant-table-row').count()).toBe(
      precision.rules.length,
    );
    await screenshot(qa, 'rules-precision');
    expect(j.pageErrors.flat()).toEqual([]);
  });

  it('keeps the header on one line at 390 px and the last menu entry above the collapse button at 1366×768', async () => {
    const phone = await as('qalead');
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.getByTestId('notification-bell').waitFor();
    const header = await phone.locator('.ant-layout-header').boundingBox();
    expect(header?.height ?? 0).toBeLessThanOrEqual(56);
    await screenshot(phone, 'header-390');

    const desk = await as(j.server.adminUsername);
    await desk.setViewportSize({ width: 1366, height: 768 });
    const last = desk.locator('.ant-layout-sider .ant-menu-item').last();
    await last.scrollIntoViewIfNeeded();
    const item = await last.boundingBox();
    const trigger = await desk.locator('.ant-layout-sider-trigger').boundingBox();
    expect((item?.y ?? 0) + (item?.height ?? 0)).toBeLessThanOrEqual(trigger?.y ?? 0);
    await screenshot(desk, 'menu-1366');
  });

  it('starts a review from the conversation page and reassigns it; the admin only reads it', async () => {
    // a demo call carries the caller's number: the admin reads it whole, the QA lead masked
    // (one the demo's own reviews left alone: it offers "start a review")
    const demo = await api<{ items: { id: string }[] }>(
      'GET',
      '/api/conversations?channel=voice&reviewState=unreviewed&pageSize=5',
    );
    const id = demo.items.find((c) => c.id !== 'journey-1')!.id;
    const full = await api<{ conversation: { meta?: { callerNumber?: string } } }>(
      'GET',
      `/api/conversations/${id}`,
    );
    const number = full.conversation.meta?.callerNumber ?? '';
    expect(number).toMatch(/^1\d{10}$/);
    const lead = await as('qalead');
    await lead.goto(`${j.server.url}/conversations/${id}`);
    const shown = (await lead.getByTestId('caller-number').textContent()) ?? '';
    expect(shown).toHaveLength(number.length);
    expect(shown).not.toBe(number);
    expect(shown).toContain('*');
    await lead.getByTestId('hub-start-review').click();
    await lead.getByTestId('workflow-review').first().waitFor();
    await lead.getByTestId('hub-reassign').click();
    await lead.getByTestId('hub-reassign-select').click();
    await lead.locator('.ant-select-item-option').first().click();
    await lead.getByRole('button', { name: /确\s*定|OK/ }).click();
    await lead.getByText('已改派').waitFor();
    const tasks = await api<{ items: { id: number; conversationId: string; reasons: string[] }[] }>(
      'GET',
      `/api/review/tasks?status=open&conversationId=${id}`,
    );
    expect(tasks.items).toEqual([expect.objectContaining({ conversationId: id, reasons: ['manual'] })]);
    await screenshot(lead, 'conversation-hub-lead');
    // the admin may open the task but not work it (the API would answer 403): no review buttons
    const adminPage = await as(j.server.adminUsername);
    await adminPage.goto(`${j.server.url}/review/${tasks.items[0]!.id}`);
    await adminPage.getByTestId('review-read-only').waitFor();
    expect(await adminPage.getByTestId('review-finalize').count()).toBe(0);
    await screenshot(adminPage, 'review-admin-read-only');
    expect(j.pageErrors.flat()).toEqual([]);
  });
});
