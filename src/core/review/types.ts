// The review vocabulary shared by tasks, appeals and calibration (docs/product.md "Review, appeals, sampling and calibration"): an inspector
// confirms or rejects each machine hit and may deduct on the manual scorecard items (seed 002 质检标准).

export const VERDICTS = ['confirm', 'reject'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One machine hit of a stored result, as much of it as review needs (`zhijian check` hit fields). */
export interface ReviewHit {
  readonly rule: string;
  /** Scorecard item the hit deducts from; undefined for flags (complaint-risk, habitual phrasing …). */
  readonly item?: string | undefined;
  readonly deduction: number;
  /**
   * A learned-model or doubtful-ASR hit the engine only suggested: it deducts nothing until a reviewer confirms
   * it (docs/rules.md "Learned intents").
   */
  readonly suggested?: boolean | undefined;
}

/** How a rule counts its hits on the scorecard item (compiled pack `count`). */
export type RuleCount = 'each' | 'once';

export interface HitJudgement {
  /** 0-based index into the result's `hits`. */
  readonly hit: number;
  readonly verdict: Verdict;
  readonly reason: string;
}

/** A reviewer's deduction on a manual scorecard item (seed 002: 事件判断不正确 扣2分/次 …). */
export interface ItemDeduction {
  readonly item: string;
  readonly occurrences: number;
  readonly reason: string;
}

/** What an appeal contests: one machine hit, or the whole deduction on one manual item. */
export type AppealTarget =
  { readonly kind: 'hit'; readonly hit: number } | { readonly kind: 'item'; readonly item: string };

/** Stable text key of a target: one appeal per key per review. */
export function targetKey(t: AppealTarget): string {
  switch (t.kind) {
    case 'hit':
      return `hit:${t.hit}`;
    case 'item':
      return `item:${t.item}`;
  }
}
