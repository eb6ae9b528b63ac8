// Review tasks repository: creation by sampling runs, the inspectors' queues, verdicts, manual deductions and the
// final score (docs/product.md "Review, appeals, sampling and calibration"). Functions take `{ db }` so a command can compose them in one
// transaction with the audit entry that records the change.
import { and, asc, desc, eq, gte, inArray, lt, sql, type Column, type SQL } from 'drizzle-orm';
import type { DataScope } from '../../core/auth/roles.ts';
import type { CategoryScores } from '../../core/scoring/types.ts';
import {
  conversations,
  results,
  reviewHitJudgements,
  reviewItemDeductions,
  reviewTasks,
  users,
  workCalendarDays,
  type ReviewTaskStatus,
} from '../schema/index.ts';
import type { DbHandle } from '../store.ts';

export type ReviewTaskRow = typeof reviewTasks.$inferSelect;
export type HitJudgementRow = typeof reviewHitJudgements.$inferSelect;
export type ItemDeductionRow = typeof reviewItemDeductions.$inferSelect;
export type WorkCalendarDayRow = typeof workCalendarDays.$inferSelect;

export interface NewReviewTask {
  planId: string | null;
  runId: number | null;
  conversationId: string;
  conversationVersion: number;
  resultId: number;
  agentId: string | null;
  teamId: string | null;
  vendorId: string | null;
  inspectorUserId: string;
  reasons: string[];
  machineTotal: number;
  createdAt: Date;
}

/** Insert tasks; a conversation version the plan already sampled is skipped (unique per plan). */
export async function insertReviewTasks(
  s: DbHandle,
  tasks: readonly NewReviewTask[],
): Promise<ReviewTaskRow[]> {
  if (tasks.length === 0) return [];
  return s.db
    .insert(reviewTasks)
    .values([...tasks])
    .onConflictDoNothing()
    .returning();
}

/** Conversation versions a plan has already sampled, among the given conversation ids. */
export async function sampledByPlan(
  s: DbHandle,
  planId: string,
  conversationIds: readonly string[],
): Promise<Set<string>> {
  if (conversationIds.length === 0) return new Set();
  const rows = await s.db
    .select({ id: reviewTasks.conversationId, v: reviewTasks.conversationVersion })
    .from(reviewTasks)
    .where(and(eq(reviewTasks.planId, planId), inArray(reviewTasks.conversationId, [...conversationIds])));
  return new Set(rows.map((r) => `${r.id}@${r.v}`));
}

/** Active (not disabled) QA inspectors with their number of open tasks. */
export async function inspectorLoads(s: DbHandle): Promise<{ userId: string; openTasks: number }[]> {
  const rows = await s.db
    .select({ userId: users.id, openTasks: sql<number>`count(${reviewTasks.id})::int` })
    .from(users)
    .leftJoin(reviewTasks, and(eq(reviewTasks.inspectorUserId, users.id), eq(reviewTasks.status, 'open')))
    .where(and(eq(users.role, 'qa_inspector'), eq(users.disabled, false)))
    .groupBy(users.id)
    .orderBy(asc(users.id));
  return rows.map((r) => ({ userId: r.userId, openTasks: Number(r.openTasks) }));
}

export interface TaskFilter {
  status?: ReviewTaskStatus;
  inspectorUserId?: string;
  conversationId?: string;
  /** Row scope of the caller (finalized reviews shown to agents, leaders, vendor managers). */
  scope?: DataScope;
  /** finalized_at ≥ from and < to. */
  finalizedFrom?: Date;
  finalizedTo?: Date;
}

export const inList = (col: Column, list: readonly string[] | undefined): SQL | undefined =>
  list === undefined ? undefined : list.length === 0 ? sql`false` : inArray(col, [...list]);

function taskWhere(f: TaskFilter): SQL | undefined {
  return and(
    f.status === undefined ? undefined : eq(reviewTasks.status, f.status),
    f.inspectorUserId === undefined ? undefined : eq(reviewTasks.inspectorUserId, f.inspectorUserId),
    f.conversationId === undefined ? undefined : eq(reviewTasks.conversationId, f.conversationId),
    inList(reviewTasks.agentId, f.scope?.agentIds),
    inList(reviewTasks.teamId, f.scope?.teamIds),
    inList(reviewTasks.vendorId, f.scope?.vendorIds),
    f.finalizedFrom === undefined ? undefined : gte(reviewTasks.finalizedAt, f.finalizedFrom),
    f.finalizedTo === undefined ? undefined : lt(reviewTasks.finalizedAt, f.finalizedTo),
  );
}

export interface TaskListItem extends ReviewTaskRow {
  startedAt: Date | null;
  channel: 'voice' | 'chat';
}

export async function listReviewTasks(
  s: DbHandle,
  f: TaskFilter & { limit: number; offset: number },
): Promise<{ items: TaskListItem[]; total: number }> {
  const where = taskWhere(f);
  const [items, [count]] = await Promise.all([
    s.db
      .select({ task: reviewTasks, startedAt: conversations.startedAt, channel: conversations.channel })
      .from(reviewTasks)
      .innerJoin(
        conversations,
        and(
          eq(conversations.id, reviewTasks.conversationId),
          eq(conversations.version, reviewTasks.conversationVersion),
        ),
      )
      .where(where)
      .orderBy(
        f.status === 'finalized' ? desc(reviewTasks.finalizedAt) : asc(reviewTasks.createdAt),
        asc(reviewTasks.id),
      )
      .limit(f.limit)
      .offset(f.offset),
    s.db
      .select({ n: sql<number>`count(*)::int` })
      .from(reviewTasks)
      .where(where),
  ]);
  return {
    items: items.map((r) => ({ ...r.task, startedAt: r.startedAt, channel: r.channel })),
    total: Number(count?.n ?? 0),
  };
}

export async function getReviewTask(
  s: DbHandle,
  id: number,
  forUpdate = false,
): Promise<ReviewTaskRow | undefined> {
  const q = s.db.select().from(reviewTasks).where(eq(reviewTasks.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function getTaskJudgements(
  s: DbHandle,
  taskId: number,
): Promise<{ hits: HitJudgementRow[]; items: ItemDeductionRow[] }> {
  const [hits, items] = await Promise.all([
    s.db
      .select()
      .from(reviewHitJudgements)
      .where(eq(reviewHitJudgements.taskId, taskId))
      .orderBy(asc(reviewHitJudgements.hit)),
    s.db
      .select()
      .from(reviewItemDeductions)
      .where(eq(reviewItemDeductions.taskId, taskId))
      .orderBy(asc(reviewItemDeductions.item)),
  ]);
  return { hits, items };
}

export async function upsertHitJudgement(
  s: DbHandle,
  j: typeof reviewHitJudgements.$inferInsert,
): Promise<void> {
  await s.db
    .insert(reviewHitJudgements)
    .values(j)
    .onConflictDoUpdate({
      target: [reviewHitJudgements.taskId, reviewHitJudgements.hit],
      set: { verdict: j.verdict, reason: j.reason, judgedByUserId: j.judgedByUserId, judgedAt: j.judgedAt },
    });
}

/** Set a manual item deduction; zero occurrences removes it. */
export async function setItemDeduction(
  s: DbHandle,
  d: typeof reviewItemDeductions.$inferInsert,
): Promise<void> {
  if (d.occurrences === 0) {
    await s.db
      .delete(reviewItemDeductions)
      .where(and(eq(reviewItemDeductions.taskId, d.taskId), eq(reviewItemDeductions.item, d.item)));
    return;
  }
  await s.db
    .insert(reviewItemDeductions)
    .values(d)
    .onConflictDoUpdate({
      target: [reviewItemDeductions.taskId, reviewItemDeductions.item],
      set: {
        occurrences: d.occurrences,
        reason: d.reason,
        judgedByUserId: d.judgedByUserId,
        judgedAt: d.judgedAt,
      },
    });
}

export interface FinalScore {
  total: number;
  categories: CategoryScores;
  fatal: boolean;
}

/** Record the final score on the task (first finalization also sets the time and the appeal deadline). */
export async function writeTaskFinal(
  s: DbHandle,
  taskId: number,
  score: FinalScore,
  finalized?: { at: Date; appealDeadline: Date },
): Promise<void> {
  await s.db
    .update(reviewTasks)
    .set({
      finalTotal: score.total,
      finalCategories: score.categories,
      finalFatal: score.fatal,
      ...(finalized === undefined
        ? {}
        : {
            status: 'finalized' as const,
            finalizedAt: finalized.at,
            appealDeadline: finalized.appealDeadline,
          }),
    })
    .where(eq(reviewTasks.id, taskId));
}

/** Make the reviewed result show the final score; returns the score it showed before. */
export async function writeResultFinal(
  s: DbHandle,
  resultId: number,
  score: FinalScore,
  at: Date,
): Promise<FinalScore | undefined> {
  const [before] = await s.db
    .select({ total: results.total, categories: results.categories, fatal: results.fatal })
    .from(results)
    .where(eq(results.id, resultId))
    .for('update');
  if (!before) return undefined;
  await s.db
    .update(results)
    .set({ total: score.total, categories: score.categories, fatal: score.fatal, reviewedAt: at })
    .where(eq(results.id, resultId));
  return { total: before.total, categories: before.categories as CategoryScores, fatal: before.fatal };
}

export async function getResultById(
  s: DbHandle,
  id: number,
): Promise<typeof results.$inferSelect | undefined> {
  const [row] = await s.db.select().from(results).where(eq(results.id, id));
  return row;
}

export async function listWorkCalendar(s: DbHandle): Promise<WorkCalendarDayRow[]> {
  return s.db.select().from(workCalendarDays).orderBy(asc(workCalendarDays.day));
}

/** Replace the calendar exceptions within [from, to] (YYYY-MM-DD, inclusive) by `days`. */
export async function replaceWorkCalendar(
  s: DbHandle,
  range: { from: string; to: string },
  days: readonly WorkCalendarDayRow[],
): Promise<void> {
  await s.db
    .delete(workCalendarDays)
    .where(and(gte(workCalendarDays.day, range.from), sql`${workCalendarDays.day} <= ${range.to}`));
  if (days.length > 0) await s.db.insert(workCalendarDays).values([...days]);
}

/** The inspector's comment to the agent, written once at finalization. */
export async function setTaskComment(s: DbHandle, id: number, comment: string): Promise<void> {
  await s.db.update(reviewTasks).set({ comment }).where(eq(reviewTasks.id, id));
}
