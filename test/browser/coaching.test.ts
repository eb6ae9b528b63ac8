// The coaching loop on the real server with the demo organisation (seed 004 錄音案例庫 and 培訓, seed 001 金点子): the QA
// lead adds an excerpt of agent A001's call — a customer reading out a mobile number, the agent refusing — to the 问题
// library through the case form; team leader tl01 builds a morning training session from it for A001's team and the
// teammate a003 studies the case (the number masked, the agent anonymised) and marks it studied, which the leader's
// attendance view then shows; a praise case about a003 in the same session asks a003 whether to be named. a001 submits an idea on the 金点子 page; the QA lead adopts it with a reward typed in
// yuan, stored as integer fen, shown as yuan on the board and as the 金点子奖励 line of the month's statement the
// vendor manager builds. The stage analysis renders its charts on the demo data.
// Screenshots: test-artifacts/screenshots/coaching-*.png.
import { beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, screenshot } from './support/browser.ts';
import { waitForQueueIdle } from './support/server.ts';
import { useDemoJourney } from './support/demo-journey.ts';

const unavailable = browserUnavailable();
const PHONE = '13912345678';

/** A Shanghai wall-clock time `daysAgo` days before today, as ISO with +08:00. */
function shanghaiAt(daysAgo: number, hhmm: string): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - daysAgo);
  return `${d.toISOString().slice(0, 10)}T${hhmm}:00+08:00`;
}

describe.skipIf(unavailable !== null)(
  'coaching: case library, training, study and the suggestion box (Chromium)',
  () => {
    const j = useDemoJourney();
    const { as, api } = j;

    beforeAll(async () => {
      // A001 (team T01 in the demo) takes a call where the customer reads out a mobile number and the agent refuses
      const { batchId } = await api<{ batchId: string }>('POST', '/api/ingest', [
        {
          id: 'coach-1',
          channel: 'voice',
          agentId: 'A001',
          startedAt: shanghaiAt(1, '03:10'),
          turns: [
            { role: 'agent', text: '您好，很高兴为您服务，请问有什么可以帮您？', startMs: 0, endMs: 3000 },
            { role: 'customer', text: `我的手机号是${PHONE}，一直收不到验证码`, startMs: 3500, endMs: 7000 },
            { role: 'agent', text: '这个我不知道，你听我说，自己去营业厅问', startMs: 8000, endMs: 12_000 },
            { role: 'customer', text: '你们这是什么态度？', startMs: 12_500, endMs: 14_000 },
            { role: 'agent', text: '感谢您的来电，再见', startMs: 15_000, endMs: 17_000 },
          ],
        },
      ]);
      for (let i = 0; i < 240; i++) {
        const b = await api<{ status: string }>('GET', `/api/ingest/${batchId}`);
        if (b.status === 'done' || b.status === 'failed') {
          expect(b.status).toBe('done');
          break;
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      await waitForQueueIdle(j.server.url);
    }, 300_000);

    it('QA adds an excerpt to 问题, the leader builds a session, the agent studies it masked and anonymised', async () => {
      const lead = await as('qalead');
      // from the conversation's page: 加入案例库 opens the library's form with the conversation filled in
      await lead.goto(`${j.server.url}/conversations/coach-1`);
      await lead.getByTestId('detail-add-case').click();
      await lead.waitForURL(/\/coaching\?tab=cases&conversation=coach-1$/);
      const form = lead.getByTestId('case-add-form');
      await expect(form.getByTestId('case-conversation').inputValue()).resolves.toBe('coach-1');
      await form.getByTestId('case-category').click();
      await lead.locator('.ant-select-item-option', { hasText: /^问题$/ }).click();
      await form.getByTestId('case-turn-from').fill('2');
      await form.getByTestId('case-turn-to').fill('4');
      await form.getByTestId('case-title').fill('推诿客户：验证码问题让客户自己去营业厅');
      await form.getByTestId('case-note').fill('应主动核实号码并提供解决路径，避免推诿');
      await screenshot(lead, 'coaching-case-form');
      await form.getByTestId('case-add').click();
      const row = lead.getByTestId('case-table').locator('tr', { hasText: '推诿客户' });
      await expect.poll(() => row.count()).toBe(1);
      await expect(row.textContent()).resolves.toContain('第 2–4 轮');
      await expect(row.textContent()).resolves.toContain('问题');
      await lead.getByTestId('case-candidates').waitFor();
      await screenshot(lead, 'coaching-cases');

      // the stage analysis on the demo data: the four stages of seed 004 with their numbers and typical failures
      await lead.getByRole('tab', { name: '阶段分析' }).click();
      const stages = lead.getByTestId('stage-table');
      await stages.waitFor();
      for (const s of ['新员工（岗前）', '上线初期', '上线中期', '上线后期'])
        await expect(stages.textContent()).resolves.toContain(s);
      await lead.waitForTimeout(400); // the charts' entry animation
      await screenshot(lead, 'coaching-stages');

      // a coaching plan for A001 on the rule they broke, with the follow-up review started at once
      await lead.getByRole('tab', { name: '辅导计划' }).click();
      const pf = lead.getByTestId('plan-form');
      await pf.getByTestId('plan-agent').click();
      await lead.keyboard.type('A001');
      await lead.locator('.ant-select-item-option', { hasText: 'A001' }).click();
      await pf.getByTestId('plan-rules').click();
      await lead.keyboard.type('forbidden-phrase');
      await lead.keyboard.press('Enter');
      await lead.keyboard.press('Escape');
      await pf.getByRole('checkbox').check();
      await pf.getByTestId('plan-create').click();
      const plan = lead.getByTestId('plan-table').locator('tr', { hasText: 'A001' });
      await expect.poll(() => plan.count()).toBe(1);
      await expect(plan.textContent()).resolves.toContain('forbidden-phrase');
      await expect(plan.textContent()).resolves.toContain('复核结果');
      await screenshot(lead, 'coaching-plans');

      // a praise case about A003 (a teammate) joins the library too, so the session shows the consent question
      const praised = await api<{ items: { id: string }[] }>(
        'GET',
        '/api/conversations?agentId=A003&pageSize=1',
      );
      await api('POST', '/api/coaching/cases', {
        conversationId: praised.items[0]!.id,
        categoryId: 'touched-customer',
        title: '服务感动客户：耐心讲清账单',
        note: '语气温和，主动确认客户是否明白',
      });

      // team leader tl01 (team T01, A001's team) builds a morning session from the cases
      const tl = await as('tl01');
      await tl.goto(`${j.server.url}/coaching?tab=training`);
      const sf = tl.getByTestId('session-form');
      await sf.getByTestId('session-title').fill('班前会：不推诿，给客户解决路径');
      await sf.getByTestId('session-team').click();
      await tl.locator('.ant-select-item-option').first().click();
      await sf.getByTestId('session-cases').click();
      await tl.locator('.ant-select-item-option', { hasText: '推诿客户' }).click();
      await tl.locator('.ant-select-item-option', { hasText: '耐心讲清账单' }).click();
      await tl.keyboard.press('Escape');
      await screenshot(tl, 'coaching-session-form');
      await sf.getByTestId('session-create').click();
      const session = tl.getByTestId('session-table').locator('tr', { hasText: '班前会：不推诿' });
      await expect.poll(() => session.count()).toBe(1);
      await expect(session.textContent()).resolves.toContain('班前会');

      // a teammate studies it: the number masked, the agent anonymised (a problem case names nobody but to the
      // agent themselves)
      const a001Name = (await api<{ name: string }>('GET', '/api/agents/A001')).name;
      const agent = await as('a003');
      await agent.goto(`${j.server.url}/coaching`);
      const mine = agent.getByTestId('session-table').locator('tr', { hasText: '班前会：不推诿' });
      await expect.poll(() => mine.count()).toBe(1);
      await expect(agent.getByRole('tab', { name: '案例库' }).count()).resolves.toBe(0);
      await mine.getByTestId('session-open').click();
      const card = agent.getByTestId('study-case').filter({ hasText: '推诿客户' });
      await card.waitFor();
      const text = (await card.textContent()) ?? '';
      expect(text).toContain('139****5678');
      expect(text).not.toContain(PHONE);
      expect(text).toContain('匿名坐席');
      expect(text).not.toContain(a001Name);
      expect(text).toContain('自己去营业厅问');
      await screenshot(agent, 'coaching-study');
      await card.getByTestId('study-mark').click();
      await card.getByTestId('study-done').waitFor();
      // the praise case is about a003: they are named to themselves and asked whether others may see their name
      const praise = agent.getByTestId('study-case').filter({ hasText: '耐心讲清账单' });
      await expect(praise.getByTestId('study-consent').textContent()).resolves.toContain('是否同意');
      await praise.getByRole('button', { name: '同意署名' }).click();
      await expect
        .poll(async () => (await praise.getByTestId('study-consent').textContent()) ?? '')
        .toContain('你已同意署名');
      await screenshot(agent, 'coaching-studied');

      // the leader sees it in the attendance and records who attended
      await tl.reload();
      await session.getByTestId('session-open').click();
      const att = tl.getByTestId('session-attendance');
      await att.waitFor();
      const a003 = att.locator('label', { hasText: 'A003' });
      await expect(a003.textContent()).resolves.toContain('已学 1/2');
      await a003.click();
      await att.getByTestId('attendance-save').click();
      await expect
        .poll(async () => (await tl.locator('.ant-message').textContent()) ?? '')
        .toContain('已保存');
      await screenshot(tl, 'coaching-attendance');
    });

    it('an agent submits an idea, the QA lead adopts it with a reward in yuan stored as fen', async () => {
      const agent = await as('a001');
      await agent.goto(`${j.server.url}/ideas`);
      const f = agent.getByTestId('idea-form');
      await f.getByTestId('idea-category').click();
      await agent.locator('.ant-select-item-option', { hasText: /^流程$/ }).click();
      await f.getByTestId('idea-title').fill('验证码收不到时先查短信拦截');
      await f
        .getByTestId('idea-body')
        .fill('在知识库加一条：客户收不到验证码时，先引导查看手机短信拦截与信号，再转人工核实。');
      await f.getByTestId('idea-submit').click();
      const received = agent.getByTestId('idea-col-received').getByTestId('idea-card');
      await expect.poll(() => received.filter({ hasText: '验证码收不到' }).count()).toBe(1);
      await expect(agent.getByTestId('idea-move-open').count()).resolves.toBe(0);
      await screenshot(agent, 'coaching-idea-submitted');

      const lead = await as('qalead');
      await lead.goto(`${j.server.url}/ideas`);
      const card = lead
        .getByTestId('idea-col-received')
        .getByTestId('idea-card')
        .filter({ hasText: '验证码收不到' });
      await card.getByTestId('idea-move-open').click();
      const move = lead.getByTestId('idea-move');
      await move.getByText('已采纳').click();
      await move.getByTestId('idea-reason').fill('减少转人工，下月起在知识库上线');
      await move.getByTestId('idea-reward').fill('200');
      await screenshot(lead, 'coaching-idea-adopt');
      await lead.locator('.ant-modal-footer .ant-btn-primary').click();
      const adopted = lead
        .getByTestId('idea-col-adopted')
        .getByTestId('idea-card')
        .filter({ hasText: '验证码收不到' });
      await expect.poll(() => adopted.count()).toBe(1);
      await expect(adopted.getByTestId('idea-reward-tag').textContent()).resolves.toContain('¥200.00');
      await screenshot(lead, 'coaching-ideas-board');

      const ideas = await api<{
        items: {
          title: string;
          state: string;
          rewardFen: number | null;
          rewardMonth: string | null;
          agentId: string | null;
        }[];
      }>('GET', '/api/ideas');
      expect(ideas.items.find((i) => i.title.startsWith('验证码收不到'))).toMatchObject({
        state: 'adopted',
        rewardFen: 20_000,
        agentId: 'A001',
      });

      // the reward is a line of the month's settlement statement (金点子奖励), built by the vendor manager
      const month = ideas.items.find((i) => i.title.startsWith('验证码收不到'))!.rewardMonth!;
      const pm = await as('pm01');
      await pm.goto(`${j.server.url}/settlements?month=${month}`);
      await pm.getByTestId('settlement-build').click();
      await pm.waitForURL(/\/settlements\/st-/);
      await expect.poll(async () => (await pm.locator('main').textContent()) ?? '').toContain('金点子奖励');
      await screenshot(pm, 'coaching-idea-statement');

      // the agent sees the adoption and its reward
      await agent.reload();
      const mine = agent
        .getByTestId('idea-col-adopted')
        .getByTestId('idea-card')
        .filter({ hasText: '验证码收不到' });
      await expect(mine.getByTestId('idea-reward-tag').textContent()).resolves.toContain('¥200.00');
    });

    it('ran without page errors', () => {
      expect(j.pageErrors.flat()).toEqual([]);
    });
  },
);
