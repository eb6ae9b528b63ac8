// The demo's QA loop, walked through its real commands (src/demo/workflows.ts): reviews, appeals, calibration.
import { startReview } from '../../review/adhoc.ts';
import { deductItem, finalizeTask, judgeHit, taskView } from '../../review/tasks.ts';
import { decideAppeal, fileAppeal } from '../../review/appeals.ts';
import { closeSession, createSession as createCalibration, submitScore } from '../../review/calibration.ts';

import { type DemoCast, type Finalized, type Scored } from './cast.ts';

/** Twelve reviews of calls with hits: ten finalized, two left open. */
export async function seedReviews(c: DemoCast, withHits: Scored): Promise<Finalized[]> {
  const { store, now, timeZone, rng, lead, inspectors, pack } = c;
  // Reviews: ten finalized (hits confirmed, one rejected with a reason, a manual item deducted on some), two open.
  const manualItems = pack.scorecard.items.filter((i) => i.judged === 'manual').map((i) => i.id);
  const finalized: Finalized[] = [];
  const reviewRng = rng.fork('reviews');
  const toReview = withHits.slice(0, 12);
  for (const [i, r] of toReview.entries()) {
    const inspector = inspectors[i % inspectors.length]!;
    const task = await startReview(
      store,
      lead,
      { conversationId: r.conversationId, inspectorUserId: inspector.id },
      now,
    );
    if (i >= 10) continue; // left open: the inspector's queue is not empty
    const view = await taskView(store, task);
    const confirmed: number[] = [];
    for (const [k, hit] of view.pendingHits.entries()) {
      const reject = k === 0 && i % 4 === 3;
      await judgeHit(
        store,
        inspector,
        task.id,
        reject
          ? { hit, verdict: 'reject', reason: '客户原话引述，坐席并未违规' }
          : { hit, verdict: 'confirm', reason: '' },
        now,
      );
      if (!reject) confirmed.push(hit);
    }
    let item: string | null = null;
    if (manualItems.length > 0 && (i % 3 === 0 || confirmed.length === 0)) {
      const chosen = reviewRng.pick(manualItems);
      item = chosen;
      await deductItem(
        store,
        inspector,
        task.id,
        { item: chosen, occurrences: 1, reason: '未按要求核实客户身份后再办理' },
        now,
      );
    }
    await finalizeTask(
      store,
      inspector,
      task.id,
      now,
      timeZone,
      i % 2 === 0 ? '整体服务规范，注意核实流程' : undefined,
    );
    finalized.push({ taskId: task.id, agentId: task.agentId ?? '', hits: confirmed, item });
  }
  return finalized;
}

/** The agents contest deductions of finalized reviews. */
export async function seedAppeals(c: DemoCast, finalized: readonly Finalized[]): Promise<void> {
  const { store, now, timeZone, lead, leaders, agentUser } = c;
  // Appeals: the agents contest deductions; two wait for their team leader, one is upheld, one rejected.
  const appealable = finalized.filter((f) => f.agentId && (f.hits.length > 0 || f.item !== null));
  for (const [i, f] of appealable.slice(0, 5).entries()) {
    const agent = await agentUser(f.agentId);
    const target =
      f.item !== null && (i % 2 === 1 || f.hits.length === 0)
        ? ({ kind: 'item', item: f.item } as const)
        : ({ kind: 'hit', hit: f.hits[0]! } as const);
    const appeal = await fileAppeal(
      store,
      agent,
      { taskId: f.taskId, target, reason: '当时客户已核实过身份，录音后半段可以听到' },
      now,
    );
    const leader = appeal.teamId ? leaders.get(appeal.teamId) : undefined;
    if (i === 0 && leader)
      await decideAppeal(
        store,
        leader,
        appeal.id,
        { outcome: 'upheld', reason: '复听录音，坐席已按流程核实' },
        now,
        timeZone,
      );
    else if (i === 1)
      await decideAppeal(
        store,
        lead,
        appeal.id,
        { outcome: 'rejected', reason: '录音中未见核实动作，维持扣分' },
        now,
        timeZone,
      );
  }
}

/** One closed calibration session and one still open. */
export async function seedCalibration(c: DemoCast, scored: Scored, clean: Scored): Promise<void> {
  const { store, now, lead, inspectors } = c;
  // Calibration: one closed session with everyone's scores, one still open.
  const calib = clean.length >= 4 ? clean : scored;
  const closed = await createCalibration(
    store,
    lead,
    {
      name: '月度校准会（示例）',
      conversationIds: calib.slice(0, 2).map((r) => r.conversationId),
      inspectorUserIds: inspectors.map((x) => x.id),
    },
    now,
  );
  for (const inspector of inspectors)
    for (const r of calib.slice(0, 2)) {
      const reject = inspector === inspectors[2];
      await submitScore(
        store,
        inspector,
        closed.id,
        r.conversationId,
        {
          hits: r.hits.map((_, hit) => ({
            hit,
            verdict: reject && hit === 0 ? 'reject' : 'confirm',
            reason: reject && hit === 0 ? '口径不同' : '',
          })),
          deductions: [],
        },
        now,
      );
    }
  await closeSession(store, lead, closed.id, now);
  await createCalibration(
    store,
    lead,
    {
      name: '新规则校准（进行中）',
      conversationIds: calib.slice(2, 4).map((r) => r.conversationId),
      inspectorUserIds: inspectors.slice(0, 2).map((x) => x.id),
    },
    now,
  );
}
