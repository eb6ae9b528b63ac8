// Recompute a review's final score and store it everywhere it shows: on the task, and on the reviewed result
// (results.total, which lists, filters and statistics read). Every change is audited in the caller's transaction.
import { assertConversationMonthOpen } from '../settlement/locks.ts';
import type { AppealTarget, HitJudgement, ItemDeduction, ReviewHit } from '../core/review/types.ts';
import { reviewScore } from '../core/review/recompute.ts';
import type { ScoreBreakdown } from '../core/scoring/types.ts';
import { AppError } from '../core/errors/app-error.ts';
import {
  type DbHandle,
  appendAudit,
  getResultById,
  writeResultFinal,
  writeTaskFinal,
  type FinalScore,
  type HitJudgementRow,
  type ItemDeductionRow,
  type ReviewTaskRow,
} from '../store/index.ts';
import type { StoredHit } from '../store/schema/index.ts';
import { reviewPackFor, type ReviewPack } from './pack.ts';

export const toReviewHit = (h: StoredHit): ReviewHit => ({
  rule: h.rule,
  item: typeof h.item === 'string' ? h.item : undefined,
  deduction: typeof h.deduction === 'number' ? h.deduction : 0,
  suggested: h.suggested === true,
});

export const toJudgement = (j: HitJudgementRow): HitJudgement => ({
  hit: j.hit,
  verdict: j.verdict,
  reason: j.reason,
});
export const toDeduction = (d: ItemDeductionRow): ItemDeduction => ({
  item: d.item,
  occurrences: d.occurrences,
  reason: d.reason,
});

export interface ScoredReview {
  pack: ReviewPack;
  hits: StoredHit[];
  breakdown: ScoreBreakdown;
}

/** The score a task's judgements yield now (a preview while open, the final score once finalized). */
export async function scoreTask(
  s: DbHandle,
  task: ReviewTaskRow,
  judgements: readonly HitJudgement[],
  deductions: readonly ItemDeduction[],
  upheld: readonly AppealTarget[],
): Promise<ScoredReview> {
  const result = await getResultById(s, task.resultId);
  if (!result) throw new AppError('NOT_FOUND', `Result ${task.resultId} of review ${task.id} not found`);
  const pack = await reviewPackFor(s, result.packId, result.packVersion);
  const breakdown = reviewScore({
    card: pack.card,
    ruleCounts: pack.ruleCounts,
    hits: result.hits.map(toReviewHit),
    judgements,
    deductions,
    upheld,
  });
  return { pack, hits: result.hits, breakdown };
}

/** Store a final score on the task and the result, with audit entries for the review and the score change. */
export async function storeFinalScore(
  s: DbHandle,
  args: {
    task: ReviewTaskRow;
    score: FinalScore;
    actorUserId: string;
    now: Date;
    cause: string;
    /** The contact center's zone: the call's local month is the settlement month its score counts in. */
    timeZone: string;
    finalized?: { appealDeadline: Date };
  },
): Promise<FinalScore | undefined> {
  const { task, score, now } = args;
  // The score is an input of the month's KPI: once that month's statement is approved it stays as paid.
  await assertConversationMonthOpen(s, task.conversationId, args.timeZone);
  await writeTaskFinal(
    s,
    task.id,
    score,
    args.finalized === undefined ? undefined : { at: now, appealDeadline: args.finalized.appealDeadline },
  );
  const before = await writeResultFinal(s, task.resultId, score, now);
  await appendAudit(s, {
    actorUserId: args.actorUserId,
    action: 'result.score-change',
    entity: 'result',
    entityId: String(task.resultId),
    before: before ?? null,
    after: { ...score, cause: args.cause, reviewTaskId: task.id, conversationId: task.conversationId },
  });
  return before;
}
