// Final score of a reviewed conversation: the machine tallies as the rule engine counted them, with the reviewer's
// verdicts and manual deductions applied as human judgements through the scorecard (src/core/scoring), and upheld
// appeals removing what they contest. Seed 002 质检标准: per-occurrence deductions, categories floored at 0;
// seed 004 服务关键性错误: a fatal item zeroes the total.
import { scoreConversation } from '../scoring/score.ts';
import type { MachineTally, ManualJudgement, ScoreBreakdown, Scorecard } from '../scoring/types.ts';
import { AppError } from '../errors/app-error.ts';
import type { AppealTarget, HitJudgement, ItemDeduction, ReviewHit, RuleCount } from './types.ts';

export interface ReviewScoreInput {
  readonly card: Scorecard;
  /** `count` of every rule of the pack the result was scored with; unknown rules count `each`. */
  readonly ruleCounts: ReadonlyMap<string, RuleCount>;
  readonly hits: readonly ReviewHit[];
  readonly judgements: readonly HitJudgement[];
  readonly deductions: readonly ItemDeduction[];
  /** Targets of upheld appeals: the deduction they contest is removed. */
  readonly upheld?: readonly AppealTarget[];
}

/** Occurrences per item as the rule engine tallies them: `each` rules count hits, `once` rules count 1. */
function occurrences(
  hits: readonly ReviewHit[],
  ruleCounts: ReadonlyMap<string, RuleCount>,
  keep: (index: number) => boolean,
): Map<string, number> {
  const perRule = new Map<string, { item: string; kept: number }>();
  hits.forEach((h, i) => {
    if (h.item === undefined) return;
    const r = perRule.get(h.rule) ?? { item: h.item, kept: 0 };
    if (keep(i)) r.kept++;
    perRule.set(h.rule, r);
  });
  const perItem = new Map<string, number>();
  for (const [rule, r] of perRule) {
    const n = (ruleCounts.get(rule) ?? 'each') === 'once' ? Math.min(1, r.kept) : r.kept;
    perItem.set(r.item, (perItem.get(r.item) ?? 0) + n);
  }
  return perItem;
}

export function reviewScore(input: ReviewScoreInput): ScoreBreakdown {
  const { card, ruleCounts, hits } = input;
  const verdicts = new Map(input.judgements.map((j) => [j.hit, j.verdict]));
  const upheldHits = new Set<number>();
  const upheldItems = new Set<string>();
  for (const t of input.upheld ?? []) {
    if (t.kind === 'hit') upheldHits.add(t.hit);
    else upheldItems.add(t.item);
  }
  // An upheld appeal on a hit of a once-per-conversation rule contests the rule's single charge.
  const upheldOnceRules = new Set(
    [...upheldHits].flatMap((i) => {
      const h = hits[i];
      return h !== undefined && ruleCounts.get(h.rule) === 'once' ? [h.rule] : [];
    }),
  );
  // A suggested hit is the machine saying "look here", not a deduction: it counts only once a reviewer confirms it.
  const suggested = (i: number) => hits[i]?.suggested === true;
  const machineCounts = occurrences(hits, ruleCounts, (i) => !suggested(i));
  // Unjudged hits keep the machine's word (a draft preview); finalize requires verdicts on every scoring hit.
  const finalCounts = occurrences(hits, ruleCounts, (i) => {
    const verdict = verdicts.get(i);
    const kept = suggested(i) ? verdict === 'confirm' : verdict !== 'reject';
    return kept && !upheldHits.has(i) && !upheldOnceRules.has(hits[i]?.rule ?? '');
  });
  const tallies: MachineTally[] = [...machineCounts].map(([item, n]) => ({
    item,
    kind: 'counted',
    occurrences: n,
  }));
  const manualItems = new Set(card.items.filter((i) => i.judged === 'manual').map((i) => i.id));
  const deducted = new Map(input.deductions.map((d) => [d.item, d.occurrences]));
  const judgements: ManualJudgement[] = [
    ...[...finalCounts].map(([item, n]): ManualJudgement => ({ item, kind: 'deduct', occurrences: n })),
    ...[...manualItems].map((item): ManualJudgement => {
      const n = upheldItems.has(item) ? 0 : (deducted.get(item) ?? 0);
      return n > 0 ? { item, kind: 'deduct', occurrences: n } : { item, kind: 'pass' };
    }),
  ];
  return scoreConversation(card, tallies, judgements);
}

/** Hits that change the score (they carry a scorecard item): each needs a verdict before a review is final. */
export function unjudgedScoringHits(
  hits: readonly ReviewHit[],
  judgements: readonly HitJudgement[],
): number[] {
  const judged = new Set(judgements.map((j) => j.hit));
  return hits.flatMap((h, i) => (h.item !== undefined && !judged.has(i) ? [i] : []));
}

/** Validate a manual deduction against the scorecard: only `judged: manual` items, whole positive occurrences. */
export function checkDeduction(card: Scorecard, d: { item: string; occurrences: number }): void {
  const item = card.items.find((i) => i.id === d.item);
  if (item === undefined) throw new AppError('BAD_INPUT', `Unknown scorecard item ${d.item}`);
  if (item.judged !== 'manual') {
    throw new AppError(
      'BAD_INPUT',
      `Item ${d.item} is judged by the machine: confirm or reject its hits instead`,
    );
  }
  if (!Number.isInteger(d.occurrences) || d.occurrences < 0 || d.occurrences > 50) {
    throw new AppError('BAD_INPUT', 'occurrences must be a whole number from 0 to 50');
  }
}
