// Review tasks that do not come from a sampling plan: a QA lead (or admin) or an inspector starts a review of one
// conversation from its page (a complaint came in, a leader asked), and a QA lead moves an open task to another
// inspector. Both are audited and tell the inspector who receives the task.
import { sql } from 'drizzle-orm';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import { emitEvent } from '../notify/events.ts';
import {
  type DbHandle,
  appendAudit,
  getConversation,
  getReviewTask,
  findUserById,
  insertReviewTasks,
  inspectorLoads,
  listReviewTasks,
  type ReviewTaskRow,
  type Store,
} from '../store/index.ts';

/** Roles that may hold a review task: inspectors, and QA leads who review themselves. */
const REVIEWER_ROLES = new Set(['qa_inspector', 'qa_lead']);

async function assertReviewer(s: DbHandle, userId: string): Promise<void> {
  const u = await findUserById(s, userId);
  if (!u || u.disabled || !REVIEWER_ROLES.has(u.role)) {
    throw new AppError('BAD_INPUT', `User ${userId} is not an active QA inspector or QA lead`, {
      field: 'inspectorUserId',
    });
  }
}

export async function startReview(
  store: Store,
  p: Principal,
  req: { conversationId: string; inspectorUserId?: string | undefined },
  now: Date,
): Promise<ReviewTaskRow> {
  const found = await getConversation(store, req.conversationId);
  if (!found) throw new AppError('NOT_FOUND', `Conversation ${req.conversationId} not found`);
  const result = found.result;
  if (!result)
    throw new AppError('CONFLICT', `Conversation ${req.conversationId} has no score to review yet`);
  const c = found.conversation;
  return store.db.transaction(async (db) => {
    const tx = { db };
    // One open review per conversation at a time, however many people click at once.
    await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${'review-conv:' + c.id}, 0))`);
    const open = await listReviewTasks(tx, { conversationId: c.id, status: 'open', limit: 1, offset: 0 });
    if (open.items[0]) {
      throw new AppError('CONFLICT', `Conversation ${c.id} already has an open review task`, {
        taskId: open.items[0].id,
      });
    }
    let inspector: string;
    if (p.role === 'qa_inspector') {
      // An inspector starts reviews for themselves only; assigning others is the QA lead's.
      if (req.inspectorUserId !== undefined && req.inspectorUserId !== p.id)
        throw new AppError('FORBIDDEN', 'An inspector may only start a review for themselves');
      inspector = p.id;
    } else if (req.inspectorUserId !== undefined) {
      await assertReviewer(tx, req.inspectorUserId);
      inspector = req.inspectorUserId;
    } else {
      const loads = await inspectorLoads(tx);
      const least = [...loads].sort(
        (a, b) => a.openTasks - b.openTasks || a.userId.localeCompare(b.userId),
      )[0];
      if (!least) throw new AppError('CONFLICT', 'No active QA inspector to assign the review to');
      inspector = least.userId;
    }
    const [task] = await insertReviewTasks(tx, [
      {
        planId: null,
        runId: null,
        conversationId: c.id,
        conversationVersion: c.version,
        resultId: result.id,
        agentId: c.agentId,
        teamId: c.teamId,
        vendorId: c.vendorId,
        inspectorUserId: inspector,
        reasons: ['manual'],
        machineTotal: result.machineScore,
        createdAt: now,
      },
    ]);
    await appendAudit(tx, {
      actorUserId: p.id,
      action: 'review.create',
      entity: 'review_task',
      entityId: String(task!.id),
      after: { conversationId: c.id, version: c.version, inspectorUserId: inspector },
    });
    if (inspector !== p.id) await tellInspector(tx, task!, inspector, now);
    return task!;
  });
}

export async function reassignTask(
  store: Store,
  p: Principal,
  id: number,
  inspectorUserId: string,
  now: Date,
): Promise<ReviewTaskRow> {
  return store.db.transaction(async (db) => {
    const tx = { db };
    const task = await getReviewTask(tx, id, true);
    if (!task) throw new AppError('NOT_FOUND', `Review task ${id} not found`);
    if (task.status !== 'open') throw new AppError('LOCKED', `Review task ${id} is finalized`);
    await assertReviewer(tx, inspectorUserId);
    if (task.inspectorUserId === inspectorUserId) return task;
    await db.execute(sql`update review_tasks set inspector_user_id = ${inspectorUserId} where id = ${id}`);
    await appendAudit(tx, {
      actorUserId: p.id,
      action: 'review.reassign',
      entity: 'review_task',
      entityId: String(id),
      before: { inspectorUserId: task.inspectorUserId },
      after: { inspectorUserId },
    });
    const moved = { ...task, inspectorUserId };
    if (inspectorUserId !== p.id) await tellInspector(tx, moved, inspectorUserId, now);
    return moved;
  });
}

async function tellInspector(tx: DbHandle, task: ReviewTaskRow, inspector: string, now: Date): Promise<void> {
  await emitEvent(
    tx,
    {
      kind: 'review.assigned',
      params: {
        count: 1,
        taskIds: [task.id],
        planId: task.planId,
        planName: null,
        conversationId: task.conversationId,
        inspectorUserId: inspector,
      },
      link: `/review/${task.id}`,
      recipients: { userIds: [inspector] },
    },
    now,
  );
}
