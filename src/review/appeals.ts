// Appeal commands: the agent files on one deduction of a finalized review within the deadline; a team
// leader of that team or a QA lead decides once; an upheld appeal removes the deduction and the final score
// changes at once (task, result, audit — one transaction).
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import { checkAppeal, checkDecision, type AppealOutcome } from '../core/review/appeal.ts';
import { targetKey, type AppealTarget } from '../core/review/types.ts';
import {
  appendAudit,
  decideAppealRow,
  getAppeal,
  getReviewTask,
  insertAppeal,
  type AppealRow,
  type Store,
} from '../store/index.ts';
import { emitEvent } from '../notify/events.ts';
import { storeFinalScore, toDeduction, toJudgement, toReviewHit, scoreTask } from './score.ts';
import { taskView, upheldTargets } from './tasks.ts';

export async function fileAppeal(
  store: Store,
  p: Principal,
  a: { taskId: number; target: AppealTarget; reason: string },
  now: Date,
): Promise<AppealRow> {
  if (a.reason.trim() === '') throw new AppError('BAD_INPUT', 'An appeal needs a reason');
  return store.db.transaction(async (db) => {
    const tx = { db };
    const task = await getReviewTask(tx, a.taskId, true);
    if (!task) throw new AppError('NOT_FOUND', 'Review not found');
    const view = await taskView(tx, task);
    const contested = checkAppeal(
      {
        status: task.status,
        agentId: task.agentId,
        appealDeadline: task.appealDeadline,
        hits: view.scored.hits.map(toReviewHit),
        judgements: view.judgements.hits.map(toJudgement),
        deductions: view.judgements.items.map(toDeduction),
        appealed: new Set(view.appeals.map((x) => x.targetKey)),
      },
      p,
      a.target,
      now,
    );
    const row = await insertAppeal(tx, {
      taskId: task.id,
      targetKind: a.target.kind,
      targetKey: targetKey(a.target),
      hit: a.target.kind === 'hit' ? a.target.hit : null,
      item: contested.item,
      rule: contested.rule,
      agentId: task.agentId,
      teamId: task.teamId,
      vendorId: task.vendorId,
      filedByUserId: p.id,
      reason: a.reason,
      filedAt: now,
    });
    await appendAudit(tx, {
      actorUserId: p.id,
      action: 'appeal.file',
      entity: 'appeal',
      entityId: String(row.id),
      after: row,
    });
    // Waiting for a decider: the team's leaders, or the QA leads when the team has no leader account.
    await emitEvent(
      tx,
      {
        kind: 'appeal.filed',
        params: {
          appealId: row.id,
          taskId: task.id,
          conversationId: task.conversationId,
          agentId: task.agentId,
          teamId: task.teamId,
          target: targetKey(a.target),
          rule: contested.rule,
          item: contested.item,
        },
        link: `/appeals?status=open`,
        recipients: { teamLeadersOf: task.teamId },
        fallback: { roles: ['qa_lead'] },
      },
      now,
    );
    return row;
  });
}

export async function decideAppeal(
  store: Store,
  p: Principal,
  id: number,
  d: { outcome: AppealOutcome; reason: string },
  now: Date,
  timeZone: string,
): Promise<AppealRow> {
  if (d.reason.trim() === '') throw new AppError('BAD_INPUT', 'A decision needs a reason');
  return store.db.transaction(async (db) => {
    const tx = { db };
    const appeal = await getAppeal(tx, id, true);
    if (!appeal) throw new AppError('NOT_FOUND', 'Appeal not found');
    checkDecision(appeal, p);
    const task = await getReviewTask(tx, appeal.taskId, true);
    if (!task) throw new AppError('NOT_FOUND', 'Appeal not found');
    const view = await taskView(tx, task);
    const totalBefore = task.finalTotal ?? view.scored.breakdown.final.total;
    let totalAfter = totalBefore;
    if (d.outcome === 'upheld') {
      const target: AppealTarget =
        appeal.targetKind === 'hit'
          ? { kind: 'hit', hit: appeal.hit ?? -1 }
          : { kind: 'item', item: appeal.item ?? '' };
      const rescored = await scoreTask(
        tx,
        task,
        view.judgements.hits.map(toJudgement),
        view.judgements.items.map(toDeduction),
        [...upheldTargets(view.appeals), target],
      );
      const f = rescored.breakdown.final;
      totalAfter = f.total;
      await storeFinalScore(tx, {
        task,
        score: { total: f.total, categories: { ...f.categories }, fatal: f.fatal },
        actorUserId: p.id,
        now,
        cause: `appeal.upheld:${id}`,
        timeZone,
      });
    }
    const row = await decideAppealRow(tx, id, {
      status: d.outcome,
      decidedByUserId: p.id,
      decidedAt: now,
      decisionReason: d.reason,
      totalBefore,
      totalAfter,
    });
    await appendAudit(tx, {
      actorUserId: p.id,
      action: 'appeal.decide',
      entity: 'appeal',
      entityId: String(id),
      before: { status: appeal.status },
      after: { status: d.outcome, reason: d.reason, totalBefore, totalAfter },
    });
    await emitEvent(
      tx,
      {
        kind: 'appeal.decided',
        params: {
          appealId: id,
          taskId: task.id,
          conversationId: task.conversationId,
          agentId: task.agentId,
          outcome: d.outcome,
          reason: d.reason,
          totalBefore,
          totalAfter,
        },
        link: `/conversations/${encodeURIComponent(task.conversationId)}`,
        recipients: { userIds: [appeal.filedByUserId] },
      },
      now,
    );
    return row;
  });
}
