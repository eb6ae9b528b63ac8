// Appeals repository: filed by the agent on one deduction of a finalized review, decided once.
import { and, asc, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { DataScope } from '../../core/auth/roles.ts';
import type { AppealStatus } from '../../core/review/appeal.ts';
import { appeals, results, reviewHitJudgements, reviewTasks } from '../schema/index.ts';
import type { DbHandle } from '../store.ts';
import { inList } from './review-tasks.ts';

export type AppealRow = typeof appeals.$inferSelect;

export async function insertAppeal(s: DbHandle, a: typeof appeals.$inferInsert): Promise<AppealRow> {
  const [row] = await s.db.insert(appeals).values(a).returning();
  return row!;
}

export async function getAppeal(s: DbHandle, id: number, forUpdate = false): Promise<AppealRow | undefined> {
  const q = s.db.select().from(appeals).where(eq(appeals.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export function appealsOfTask(s: DbHandle, taskId: number): Promise<AppealRow[]> {
  return s.db.select().from(appeals).where(eq(appeals.taskId, taskId)).orderBy(asc(appeals.id));
}

export async function decideAppealRow(
  s: DbHandle,
  id: number,
  d: {
    status: Exclude<AppealStatus, 'open'>;
    decidedByUserId: string;
    decidedAt: Date;
    decisionReason: string;
    totalBefore: number;
    totalAfter: number;
  },
): Promise<AppealRow> {
  const [row] = await s.db
    .update(appeals)
    .set(d)
    .where(and(eq(appeals.id, id), eq(appeals.status, 'open')))
    .returning();
  return row!;
}

export interface AppealFilter {
  status?: AppealStatus;
  scope?: DataScope;
  taskId?: number;
}

function appealWhere(f: AppealFilter): SQL | undefined {
  return and(
    f.status === undefined ? undefined : eq(appeals.status, f.status),
    f.taskId === undefined ? undefined : eq(appeals.taskId, f.taskId),
    inList(appeals.agentId, f.scope?.agentIds),
    inList(appeals.teamId, f.scope?.teamIds),
    inList(appeals.vendorId, f.scope?.vendorIds),
  );
}

export async function listAppeals(
  s: DbHandle,
  f: AppealFilter & { limit: number; offset: number },
): Promise<{ items: (AppealRow & { conversationId: string })[]; total: number }> {
  const where = appealWhere(f);
  const [rows, [count]] = await Promise.all([
    s.db
      .select({ appeal: appeals, conversationId: reviewTasks.conversationId })
      .from(appeals)
      .innerJoin(reviewTasks, eq(reviewTasks.id, appeals.taskId))
      .where(where)
      .orderBy(f.status === 'open' ? asc(appeals.filedAt) : desc(appeals.filedAt), asc(appeals.id))
      .limit(f.limit)
      .offset(f.offset),
    s.db
      .select({ n: sql<number>`count(*)::int` })
      .from(appeals)
      .where(where),
  ]);
  return {
    items: rows.map((r) => ({ ...r.appeal, conversationId: r.conversationId })),
    total: Number(count?.n ?? 0),
  };
}

/**
 * What per-rule precision counts over a period: verdicts of reviews finalized in [from, to), and hit appeals on
 * those reviews (whatever their status now).
 */
export async function precisionInputs(
  s: DbHandle,
  from: Date,
  to: Date,
): Promise<{
  judgements: { rule: string; verdict: 'confirm' | 'reject'; suggested: boolean }[];
  appeals: { rule: string; status: AppealStatus }[];
}> {
  const inPeriod = and(
    eq(reviewTasks.status, 'finalized'),
    gte(reviewTasks.finalizedAt, from),
    lt(reviewTasks.finalizedAt, to),
  );
  const [judgements, appealed] = await Promise.all([
    s.db
      .select({
        rule: reviewHitJudgements.rule,
        verdict: reviewHitJudgements.verdict,
        // whether the judged hit was only a suggestion: read from the reviewed result's hit itself
        suggested: sql<boolean>`coalesce((${results.hits} -> ${reviewHitJudgements.hit}::int ->> 'suggested') = 'true', false)`,
      })
      .from(reviewHitJudgements)
      .innerJoin(reviewTasks, eq(reviewTasks.id, reviewHitJudgements.taskId))
      .innerJoin(results, eq(results.id, reviewTasks.resultId))
      .where(inPeriod),
    s.db
      .select({ rule: appeals.rule, status: appeals.status })
      .from(appeals)
      .innerJoin(reviewTasks, eq(reviewTasks.id, appeals.taskId))
      .where(and(inPeriod, eq(appeals.targetKind, 'hit'))),
  ]);
  return {
    judgements,
    appeals: appealed.flatMap((a) => (a.rule === null ? [] : [{ rule: a.rule, status: a.status }])),
  };
}
