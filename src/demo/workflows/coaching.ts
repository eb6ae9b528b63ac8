// The demo's coaching loop through its real commands (src/demo/workflows.ts): a case, a training session, a plan, ideas.
import { addCase, answerConsent } from '../../coaching/cases.ts';
import { createPlan, createSession as createTraining, recordAttendance } from '../../coaching/training.ts';
import { moveIdea, submitIdea } from '../../coaching/ideas.ts';

import { type DemoCast, type Finalized, type Scored } from './cast.ts';

/** A case (its agent agrees), a training session with attendance, a plan and two ideas. */
export async function seedCoaching(
  c: DemoCast,
  scored: Scored,
  finalized: readonly Finalized[],
): Promise<void> {
  const { store, now, timeZone, yesterday, lead, leaders, agentUser, placements } = c;
  // Coaching: a case (the agent agrees to its use), a training session with attendance, a plan, ideas.
  const best = [...scored].sort((a, b) => b.total - a.total)[0];
  const caseIds: string[] = [];
  if (best) {
    const c = await addCase(
      store,
      lead,
      {
        conversationId: best.conversationId,
        categoryId: 'excellent',
        title: '耐心解释年费政策',
        note: '开场规范、复述确认到位',
      },
      now,
    );
    caseIds.push(c.id);
    if (c.agentId) await answerConsent(store, await agentUser(c.agentId), c.id, true);
  }
  const t1 = leaders.get('T01');
  if (t1) {
    const session = await createTraining(
      store,
      t1,
      { title: '晨会：优秀录音分享', format: 'morning', teamId: 'T01', scheduledOn: yesterday, caseIds },
      now,
    );
    const present = placements
      .filter((a) => a.teamId === 'T01')
      .slice(0, 4)
      .map((a) => a.agentId);
    await recordAttendance(store, t1, session.id, present);
    const weak = finalized.find((f) => placements.some((a) => a.agentId === f.agentId && a.teamId === 'T01'));
    if (weak)
      await createPlan(
        store,
        t1,
        { agentId: weak.agentId, focusRules: [], caseIds, note: '一对一辅导：身份核实流程', followUp: false },
        now,
      );
  }
  const ideaAgent = placements.find((a) => a.active);
  if (ideaAgent) {
    const author = await agentUser(ideaAgent.agentId);
    const idea = await submitIdea(
      store,
      author,
      {
        source: 'agent',
        category: 'process',
        title: '账单查询增加短信自助入口',
        body: '减少重复来电，客户可自助查询',
      },
      now,
    );
    await moveIdea(
      store,
      lead,
      idea.id,
      { to: 'adopted', reason: '已纳入下月流程优化', rewardFen: 20_000 },
      now,
      timeZone,
    );
    await submitIdea(
      store,
      lead,
      {
        source: 'customer_callback',
        category: 'service',
        title: '回访客户建议：等待时播报排队人数',
        body: '满意度回访中客户提出',
      },
      now,
    );
  }
}
