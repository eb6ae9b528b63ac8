// Branch evaluation (网点考核): the monthly league table of the branches and departments that handle work orders.
// Seed 004 (提升後臺處理時效) asks for "發卡機構信用卡業務工單服務考核評價機制 … 包括業務工單的及時完成、回復和投訴率進行考核",
// under the principles 有訴必復 (every complaint gets a reply) and 復而必解 (every reply resolves it). The figures:
//   - on-time reply rate and on-time resolution rate (及時回復 / 及時完成): of the orders whose deadline is decided
//     (answered, or already late), the share answered in time; an order still inside its budget counts neither way;
//   - bounce-backs (退單: the branch hands the order back) and redos (重辦: the center rejects the handling), counted
//     per event, because every hand-back costs the customer another wait;
//   - re-complaint rate (投訴率): of the orders raised from a complaint, the share whose caller or case complains
//     again before the order closed or within `recomplaintDays` after it closed (the answer did not hold: 復而必解);
//   - resolution satisfaction: of the orders with a rated outcome, the share the customer was satisfied with; the
//     rating of a callback (回访) wins over the one recorded when the branch closed the order;
//   - volume: orders addressed to the branch that month.
// A composite score (0–100) ranks the table: a weighted mean of the rates the branch has data for, so a branch with
// no complaint-born orders is neither rewarded nor punished on the re-complaint rate. Pure: no clock, no database.
import { addDays, formatLocalDate, parseLocalDate } from '../time/index.ts';

export const DEFAULT_RECOMPLAINT_DAYS = 30;

/** One work order of the month, as the evaluation reads it. */
export interface EvaluatedOrder {
  id: string;
  branchId: string;
  replied: boolean;
  resolved: boolean;
  replyLate: boolean;
  resolveLate: boolean;
  bounceBacks: number;
  redos: number;
  /** Local day the order was resolved (`YYYY-MM-DD`), null while open. */
  resolvedOn: string | null;
  /** Satisfaction with the resolution: from a callback when there is one, else from the closure; null = unrated. */
  satisfied: boolean | null;
  /** The complaint the order was raised from, with the days later complaints of its caller or case came in. */
  complaint: { id: string; receivedOn: string; laterComplaintDays: readonly string[] } | null;
}

export interface EvaluationBranch {
  id: string;
  name: string;
}

export const EVALUATION_FIGURES = [
  'lateReply',
  'lateResolve',
  'bounced',
  'redone',
  'recomplained',
  'unsatisfied',
] as const;
export type EvaluationFigure = (typeof EVALUATION_FIGURES)[number];

export interface BranchScore {
  branchId: string;
  name: string;
  /** 1 = best; branches without orders come last, unranked (null). */
  rank: number | null;
  volume: number;
  replyDecided: number;
  replyOnTime: number;
  /** 0..1, null when no reply deadline is decided yet. */
  onTimeReplyRate: number | null;
  resolveDecided: number;
  resolveOnTime: number;
  onTimeResolveRate: number | null;
  bounceBacks: number;
  redos: number;
  complaintOrders: number;
  recomplained: number;
  recomplaintRate: number | null;
  rated: number;
  satisfiedCount: number;
  satisfactionRate: number | null;
  /** 0..100, null without orders. */
  score: number | null;
  /** The orders behind each figure (the drill-down). */
  orders: Record<EvaluationFigure, string[]>;
}

/** Weights of the composite score (they sum to 100; missing rates are left out and the rest renormalised). */
export const SCORE_WEIGHTS = {
  onTimeReply: 20,
  onTimeResolve: 30,
  /** Share of orders handled without a bounce-back or redo. */
  clean: 15,
  noRecomplaint: 15,
  satisfaction: 20,
} as const;

export interface EvaluationOptions {
  recomplaintDays?: number;
}

const rate = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/** Whether the caller or case of the order's complaint complained again before, or soon after, it was closed. */
export function isRecomplained(o: EvaluatedOrder, days: number = DEFAULT_RECOMPLAINT_DAYS): boolean {
  if (!o.complaint) return false;
  const from = o.complaint.receivedOn;
  const until = o.resolvedOn === null ? null : formatLocalDate(addDays(parseLocalDate(o.resolvedOn), days));
  return o.complaint.laterComplaintDays.some((d) => d >= from && (until === null || d <= until));
}

/** The composite score of the rates a branch has (null when it has none). */
export function compositeScore(s: {
  onTimeReplyRate: number | null;
  onTimeResolveRate: number | null;
  cleanRate: number | null;
  recomplaintRate: number | null;
  satisfactionRate: number | null;
}): number | null {
  const parts: [number | null, number][] = [
    [s.onTimeReplyRate, SCORE_WEIGHTS.onTimeReply],
    [s.onTimeResolveRate, SCORE_WEIGHTS.onTimeResolve],
    [s.cleanRate, SCORE_WEIGHTS.clean],
    [s.recomplaintRate === null ? null : 1 - s.recomplaintRate, SCORE_WEIGHTS.noRecomplaint],
    [s.satisfactionRate, SCORE_WEIGHTS.satisfaction],
  ];
  let sum = 0;
  let weight = 0;
  for (const [v, w] of parts) {
    if (v === null) continue;
    sum += v * w;
    weight += w;
  }
  return weight === 0 ? null : Math.round((sum / weight) * 1000) / 10;
}

/** The league table: one row per branch (also those without orders), ranked by score, then volume, then name. */
export function evaluateBranches(
  branches: readonly EvaluationBranch[],
  orders: readonly EvaluatedOrder[],
  opts: EvaluationOptions = {},
): BranchScore[] {
  const days = opts.recomplaintDays ?? DEFAULT_RECOMPLAINT_DAYS;
  const byBranch = new Map<string, EvaluatedOrder[]>(branches.map((b) => [b.id, []]));
  for (const o of orders) byBranch.get(o.branchId)?.push(o);
  const rows = branches.map((b): BranchScore => {
    const mine = [...(byBranch.get(b.id) ?? [])].sort((x, y) => x.id.localeCompare(y.id));
    const ids = (f: (o: EvaluatedOrder) => boolean) => mine.filter(f).map((o) => o.id);
    const replyDecided = mine.filter((o) => o.replied || o.replyLate).length;
    const replyOnTime = mine.filter((o) => o.replied && !o.replyLate).length;
    const resolveDecided = mine.filter((o) => o.resolved || o.resolveLate).length;
    const resolveOnTime = mine.filter((o) => o.resolved && !o.resolveLate).length;
    const complaintOrders = mine.filter((o) => o.complaint !== null).length;
    const recomplainedIds = ids((o) => isRecomplained(o, days));
    const rated = mine.filter((o) => o.satisfied !== null).length;
    const satisfiedCount = mine.filter((o) => o.satisfied === true).length;
    const clean = mine.filter((o) => o.bounceBacks === 0 && o.redos === 0).length;
    const onTimeReplyRate = rate(replyOnTime, replyDecided);
    const onTimeResolveRate = rate(resolveOnTime, resolveDecided);
    const recomplaintRate = rate(recomplainedIds.length, complaintOrders);
    const satisfactionRate = rate(satisfiedCount, rated);
    return {
      branchId: b.id,
      name: b.name,
      rank: null,
      volume: mine.length,
      replyDecided,
      replyOnTime,
      onTimeReplyRate,
      resolveDecided,
      resolveOnTime,
      onTimeResolveRate,
      bounceBacks: mine.reduce((n, o) => n + o.bounceBacks, 0),
      redos: mine.reduce((n, o) => n + o.redos, 0),
      complaintOrders,
      recomplained: recomplainedIds.length,
      recomplaintRate,
      rated,
      satisfiedCount,
      satisfactionRate,
      score:
        mine.length === 0
          ? null
          : compositeScore({
              onTimeReplyRate,
              onTimeResolveRate,
              cleanRate: rate(clean, mine.length),
              recomplaintRate,
              satisfactionRate,
            }),
      orders: {
        lateReply: ids((o) => o.replyLate),
        lateResolve: ids((o) => o.resolveLate),
        bounced: ids((o) => o.bounceBacks > 0),
        redone: ids((o) => o.redos > 0),
        recomplained: recomplainedIds,
        unsatisfied: ids((o) => o.satisfied === false),
      },
    };
  });
  rows.sort(
    (a, b) =>
      (b.score ?? -1) - (a.score ?? -1) ||
      b.volume - a.volume ||
      a.name.localeCompare(b.name) ||
      a.branchId.localeCompare(b.branchId),
  );
  let rank = 0;
  for (const r of rows) if (r.score !== null) r.rank = ++rank;
  return rows;
}

/** Traffic-light band of a score for the league table (green ≥ 90, amber ≥ 75, else red). */
export function scoreBand(score: number | null): 'good' | 'fair' | 'poor' | 'none' {
  if (score === null) return 'none';
  return score >= 90 ? 'good' : score >= 75 ? 'fair' : 'poor';
}
