// Appeal rules (docs/product.md "Review, appeals, sampling and calibration"): the agent who owns the conversation may contest one deduction of a
// finalized review — a confirmed machine hit or a manual item deduction — once, with a reason, before the deadline
// (3 working days after finalization by default). A team leader of that team or a QA lead decides once; a decided
// appeal is locked.
import type { Principal } from '../auth/roles.ts';
import { AppError } from '../errors/app-error.ts';
import {
  targetKey,
  type AppealTarget,
  type HitJudgement,
  type ItemDeduction,
  type ReviewHit,
} from './types.ts';

export const APPEAL_STATUSES = ['open', 'upheld', 'rejected'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export type AppealOutcome = Exclude<AppealStatus, 'open'>;

export interface AppealableReview {
  readonly status: 'open' | 'finalized';
  readonly agentId: string | null;
  /** Exclusive: filing is allowed while now < deadline. */
  readonly appealDeadline: Date | null;
  readonly hits: readonly ReviewHit[];
  readonly judgements: readonly HitJudgement[];
  readonly deductions: readonly ItemDeduction[];
  /** targetKey of every appeal already filed on this review, whatever its status. */
  readonly appealed: ReadonlySet<string>;
}

/** Check that `filer` may appeal `target` now; returns the contested rule (hits) for the record. */
export function checkAppeal(
  review: AppealableReview,
  filer: Pick<Principal, 'role' | 'agentId'>,
  target: AppealTarget,
  now: Date,
): { rule: string | null; item: string | null } {
  // Someone else's review answers like a missing one (no probing of other agents' reviews).
  if (filer.role !== 'agent' || filer.agentId === null || filer.agentId !== review.agentId) {
    throw new AppError('NOT_FOUND', 'Review not found');
  }
  if (review.status !== 'finalized' || review.appealDeadline === null) {
    throw new AppError('CONFLICT', 'Only a finalized review can be appealed');
  }
  if (now.getTime() >= review.appealDeadline.getTime()) {
    throw new AppError(
      'DEADLINE_PASSED',
      `The appeal period ended at ${review.appealDeadline.toISOString()}`,
      {
        deadline: review.appealDeadline.toISOString(),
      },
    );
  }
  if (review.appealed.has(targetKey(target))) {
    throw new AppError('CONFLICT', 'This deduction has already been appealed');
  }
  switch (target.kind) {
    case 'hit': {
      const hit = review.hits[target.hit];
      if (hit === undefined) throw new AppError('BAD_INPUT', `No hit ${target.hit} in this result`);
      const verdict = review.judgements.find((j) => j.hit === target.hit)?.verdict;
      if (hit.item === undefined || verdict !== 'confirm') {
        throw new AppError('BAD_INPUT', `Hit ${target.hit} deducts nothing in the final score`);
      }
      return { rule: hit.rule, item: hit.item };
    }
    case 'item': {
      const d = review.deductions.find((x) => x.item === target.item);
      if (d === undefined || d.occurrences === 0) {
        throw new AppError('BAD_INPUT', `No manual deduction on ${target.item}`);
      }
      return { rule: null, item: target.item };
    }
  }
}

/** Check that `decider` may decide an appeal on a conversation of `teamId`. */
export function checkDecision(
  appeal: { readonly status: AppealStatus; readonly teamId: string | null },
  decider: Pick<Principal, 'role' | 'teamId'>,
): void {
  switch (decider.role) {
    case 'qa_lead':
      break;
    case 'team_leader':
      if (decider.teamId === null || decider.teamId !== appeal.teamId) {
        throw new AppError('NOT_FOUND', 'Appeal not found');
      }
      break;
    case 'admin':
    case 'qa_inspector':
    case 'agent':
    case 'vendor_manager':
    case 'complaint_desk':
    case 'back_office':
    case 'expert_seat':
      throw new AppError('FORBIDDEN', `Role ${decider.role} may not decide appeals`);
  }
  if (appeal.status !== 'open') throw new AppError('LOCKED', `The appeal was already ${appeal.status}`);
}
