// Review task commands (docs/product.md "Review, appeals, sampling and calibration"): an inspector confirms or rejects each machine hit with a
// reason, deducts on the manual scorecard items (seed 002 质检标准 专业水平: 事件判断不正确 …), and finalizes; the
// final score replaces the machine score where users see it, and opens the appeal period.
import type { Principal } from '../core/auth/roles.ts';
import { inScope } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import {
  DEFAULT_APPEAL_WORKING_DAYS,
  parseDays,
  workingDaysDeadline,
  type WorkCalendar,
} from '../core/time/index.ts';
import { checkDeduction, unjudgedScoringHits } from '../core/review/recompute.ts';
import type { AppealTarget, Verdict } from '../core/review/types.ts';
import {
  type DbHandle,
  appealsOfTask,
  appendAudit,
  getReviewTask,
  getTaskJudgements,
  listWorkCalendar,
  setItemDeduction,
  setTaskComment,
  upsertHitJudgement,
  type AppealRow,
  type ReviewTaskRow,
  type Store,
} from '../store/index.ts';
import { emitEvent } from '../notify/events.ts';
import { scoreTask, storeFinalScore, toDeduction, toJudgement, type ScoredReview } from './score.ts';

/** Who may open a task: QA lead and admin any, an inspector their own; others as if it did not exist. */
export function assertMayReadTask(p: Principal, task: ReviewTaskRow): void {
  const ok =
    p.role === 'admin' ||
    p.role === 'qa_lead' ||
    (p.role === 'qa_inspector' && task.inspectorUserId === p.id) ||
    // A finalized review is visible in the caller's data scope (an agent their own, a leader their team's).
    (task.status === 'finalized' && inScope(p, task));
  if (!ok) throw new AppError('NOT_FOUND', `Review task ${task.id} not found`);
}

/** Who may judge: the assigned inspector, or a QA lead taking the task over. */
export function mayWork(p: Principal, task: Pick<ReviewTaskRow, 'inspectorUserId'>): boolean {
  return p.role === 'qa_lead' || (p.role === 'qa_inspector' && task.inspectorUserId === p.id);
}

function assertMayWork(p: Principal, task: ReviewTaskRow): void {
  if (mayWork(p, task)) return;
  throw new AppError('NOT_FOUND', `Review task ${task.id} not found`);
}

function assertOpen(task: ReviewTaskRow): void {
  if (task.status !== 'open') throw new AppError('LOCKED', `Review task ${task.id} is finalized`);
}

export async function loadCalendar(s: DbHandle): Promise<WorkCalendar> {
  const days = await listWorkCalendar(s);
  return {
    holidays: parseDays(days.filter((d) => d.kind === 'holiday').map((d) => d.day)),
    workdays: parseDays(days.filter((d) => d.kind === 'workday').map((d) => d.day)),
  };
}

export interface TaskView {
  task: ReviewTaskRow;
  scored: ScoredReview;
  judgements: Awaited<ReturnType<typeof getTaskJudgements>>;
  appeals: AppealRow[];
  pendingHits: number[];
}

export const upheldTargets = (appeals: readonly AppealRow[]): AppealTarget[] =>
  appeals.flatMap((a): AppealTarget[] => {
    if (a.status !== 'upheld') return [];
    if (a.targetKind === 'hit' && a.hit !== null) return [{ kind: 'hit', hit: a.hit }];
    if (a.targetKind === 'item' && a.item !== null) return [{ kind: 'item', item: a.item }];
    return [];
  });

export async function taskView(s: DbHandle, task: ReviewTaskRow): Promise<TaskView> {
  const [judgements, appeals] = await Promise.all([getTaskJudgements(s, task.id), appealsOfTask(s, task.id)]);
  const js = judgements.hits.map(toJudgement);
  const scored = await scoreTask(s, task, js, judgements.items.map(toDeduction), upheldTargets(appeals));
  const hits = scored.hits.map((h) => ({
    rule: h.rule,
    item: typeof h.item === 'string' ? h.item : undefined,
    deduction: 0,
  }));
  return { task, scored, judgements, appeals, pendingHits: unjudgedScoringHits(hits, js) };
}

export async function readTask(store: Store, p: Principal, id: number): Promise<TaskView> {
  const task = await getReviewTask(store, id);
  if (!task) throw new AppError('NOT_FOUND', `Review task ${id} not found`);
  assertMayReadTask(p, task);
  return taskView(store, task);
}

async function lockedTask(tx: DbHandle, p: Principal, id: number): Promise<ReviewTaskRow> {
  const task = await getReviewTask(tx, id, true);
  if (!task) throw new AppError('NOT_FOUND', `Review task ${id} not found`);
  assertMayWork(p, task);
  assertOpen(task);
  return task;
}

export async function judgeHit(
  store: Store,
  p: Principal,
  id: number,
  j: { hit: number; verdict: Verdict; reason: string },
  now: Date,
): Promise<TaskView> {
  return store.db.transaction(async (db) => {
    const tx = { db };
    const task = await lockedTask(tx, p, id);
    const view = await taskView(tx, task);
    const hit = view.scored.hits[j.hit];
    if (hit === undefined) throw new AppError('BAD_INPUT', `No hit ${j.hit} in this result`);
    if (j.verdict === 'reject' && j.reason.trim() === '') {
      throw new AppError(
        'BAD_INPUT',
        'Rejecting a hit needs a reason (it feeds the rule’s precision review)',
      );
    }
    const before = view.judgements.hits.find((x) => x.hit === j.hit);
    await upsertHitJudgement(tx, {
      taskId: id,
      hit: j.hit,
      rule: hit.rule,
      verdict: j.verdict,
      reason: j.reason,
      judgedByUserId: p.id,
      judgedAt: now,
    });
    await appendAudit(tx, {
      actorUserId: p.id,
      action: 'review.judge-hit',
      entity: 'review_task',
      entityId: String(id),
      before: before ? { hit: before.hit, verdict: before.verdict, reason: before.reason } : null,
      after: { hit: j.hit, rule: hit.rule, verdict: j.verdict, reason: j.reason },
    });
    return taskView(tx, task);
  });
}

export async function deductItem(
  store: Store,
  p: Principal,
  id: number,
  d: { item: string; occurrences: number; reason: string },
  now: Date,
): Promise<TaskView> {
  return store.db.transaction(async (db) => {
    const tx = { db };
    const task = await lockedTask(tx, p, id);
    const view = await taskView(tx, task);
    checkDeduction(view.scored.pack.card, d);
    if (d.occurrences > 0 && d.reason.trim() === '')
      throw new AppError('BAD_INPUT', 'A deduction needs a reason');
    const before = view.judgements.items.find((x) => x.item === d.item);
    await setItemDeduction(tx, { taskId: id, ...d, judgedByUserId: p.id, judgedAt: now });
    await appendAudit(tx, {
      actorUserId: p.id,
      action: 'review.deduct-item',
      entity: 'review_task',
      entityId: String(id),
      before: before ? { item: before.item, occurrences: before.occurrences, reason: before.reason } : null,
      after: d,
    });
    return taskView(tx, task);
  });
}

export async function finalizeTask(
  store: Store,
  p: Principal,
  id: number,
  now: Date,
  timeZone: string,
  comment?: string,
): Promise<TaskView> {
  const note = comment?.trim() ? comment.trim() : null;
  return store.db.transaction(async (db) => {
    const tx = { db };
    const task = await lockedTask(tx, p, id);
    const view = await taskView(tx, task);
    if (view.pendingHits.length > 0) {
      throw new AppError('CONFLICT', 'Every hit that deducts points needs a verdict before finalizing', {
        pendingHits: view.pendingHits,
      });
    }
    const f = view.scored.breakdown.final;
    const appealDeadline = workingDaysDeadline(
      now,
      DEFAULT_APPEAL_WORKING_DAYS,
      timeZone,
      await loadCalendar(tx),
    );
    const score = { total: f.total, categories: { ...f.categories }, fatal: f.fatal };
    await storeFinalScore(tx, {
      task,
      score,
      actorUserId: p.id,
      now,
      cause: 'review.finalize',
      timeZone,
      finalized: { appealDeadline },
    });
    await appendAudit(tx, {
      actorUserId: p.id,
      action: 'review.finalize',
      entity: 'review_task',
      entityId: String(id),
      before: { status: 'open', machineTotal: task.machineTotal },
      after: { status: 'finalized', ...score, appealDeadline: appealDeadline.toISOString(), comment: note },
    });
    if (note !== null) await setTaskComment(tx, id, note);
    // The agent may appeal from now until the deadline: tell them (seed 002 申诉 within the appeal period).
    await emitEvent(
      tx,
      {
        kind: 'review.finalized',
        params: {
          taskId: id,
          conversationId: task.conversationId,
          agentId: task.agentId,
          machineTotal: task.machineTotal,
          total: f.total,
          appealDeadline: appealDeadline.toISOString(),
          comment: note,
        },
        link: `/conversations/${encodeURIComponent(task.conversationId)}`,
        recipients: { agentId: task.agentId },
      },
      now,
    );
    const done = await getReviewTask(tx, id);
    return taskView(tx, done!);
  });
}
