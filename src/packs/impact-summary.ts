// Accumulating an impact preview page by page (pure): each page's pairs go through the rule engine's own
// impactReport (src/core/rules/impact.ts, the pure part of `zhijian rules diff`), and the pages' reports are
// merged here, so memory stays bounded by a page whatever the period. Adds the score histograms a reviewer reads
// before publishing: distribution before/after in 10-point bins and the distribution of score changes.
import type { ConversationDelta, ImpactReport, RuleImpact, ScoredHits } from '../core/rules/index.ts';
import { impactReport } from '../core/rules/index.ts';

/** Score bins [0,10) … [90,100]; a score of 100 falls in the last. */
export const SCORE_BINS = [
  '0-9',
  '10-19',
  '20-29',
  '30-39',
  '40-49',
  '50-59',
  '60-69',
  '70-79',
  '80-89',
  '90-100',
];

/** Change of the total score (after − before), symmetric around 0: a loss of exactly 2 is "-5 < Δ ≤ -2". */
export const DELTA_BINS = [
  { label: 'Δ ≤ -10', test: (d: number) => d <= -10 },
  { label: '-10 < Δ ≤ -5', test: (d: number) => d <= -5 },
  { label: '-5 < Δ ≤ -2', test: (d: number) => d <= -2 },
  { label: '-2 < Δ < 0', test: (d: number) => d < 0 },
  { label: 'Δ = 0', test: (d: number) => d === 0 },
  { label: '0 < Δ < 2', test: (d: number) => d < 2 },
  { label: '2 ≤ Δ < 5', test: (d: number) => d < 5 },
  { label: '5 ≤ Δ < 10', test: (d: number) => d < 10 },
  { label: 'Δ ≥ 10', test: () => true },
] as const;

interface RuleCounts {
  hitsGained: number;
  hitsLost: number;
  conversationsGaining: number;
  conversationsLosing: number;
}

export interface ImpactAccumulator {
  conversations: number;
  sumBefore: number;
  sumAfter: number;
  changedCount: number;
  /** The most moved conversations (largest |Δscore|, then most hit changes), at most `keep`. */
  changed: ConversationDelta[];
  rules: Map<string, RuleCounts>;
  before: number[];
  after: number[];
  deltas: number[];
  keep: number;
}

export function newAccumulator(keep: number): ImpactAccumulator {
  return {
    conversations: 0,
    sumBefore: 0,
    sumAfter: 0,
    changedCount: 0,
    changed: [],
    rules: new Map(),
    before: SCORE_BINS.map(() => 0),
    after: SCORE_BINS.map(() => 0),
    deltas: DELTA_BINS.map(() => 0),
    keep,
  };
}

const scoreBin = (s: number): number => Math.min(SCORE_BINS.length - 1, Math.max(0, Math.floor(s / 10)));
const deltaBin = (d: number): number => DELTA_BINS.findIndex((b) => b.test(d));
const weight = (d: ConversationDelta): number =>
  Math.abs(d.scoreAfter - d.scoreBefore) * 1000 + d.gained.length + d.lost.length;

/** Add one page of (before, after) results. */
export function addPage(acc: ImpactAccumulator, pairs: readonly (readonly [ScoredHits, ScoredHits])[]): void {
  const page: ImpactReport = impactReport(pairs);
  acc.conversations += page.conversations;
  acc.sumBefore += page.meanScoreBefore * page.conversations;
  acc.sumAfter += page.meanScoreAfter * page.conversations;
  acc.changedCount += page.changed.length;
  for (const r of page.rules) {
    const m = acc.rules.get(r.rule) ?? {
      hitsGained: 0,
      hitsLost: 0,
      conversationsGaining: 0,
      conversationsLosing: 0,
    };
    m.hitsGained += r.hitsGained;
    m.hitsLost += r.hitsLost;
    m.conversationsGaining += r.conversationsGaining;
    m.conversationsLosing += r.conversationsLosing;
    acc.rules.set(r.rule, m);
  }
  for (const [b, a] of pairs) {
    acc.before[scoreBin(b.score.total)]!++;
    acc.after[scoreBin(a.score.total)]!++;
    acc.deltas[deltaBin(a.score.total - b.score.total)]!++;
  }
  if (page.changed.length > 0) {
    acc.changed = [...acc.changed, ...page.changed].sort((x, y) => weight(y) - weight(x)).slice(0, acc.keep);
  }
}

export interface ImpactSummary {
  conversations: number;
  changedCount: number;
  meanScoreBefore: number;
  meanScoreAfter: number;
  rules: RuleImpact[];
  changed: ConversationDelta[];
  histogram: { bins: string[]; before: number[]; after: number[] };
  deltaHistogram: { bins: string[]; counts: number[] };
}

export function summarize(acc: ImpactAccumulator): ImpactSummary {
  const n = acc.conversations;
  return {
    conversations: n,
    changedCount: acc.changedCount,
    meanScoreBefore: n === 0 ? 0 : acc.sumBefore / n,
    meanScoreAfter: n === 0 ? 0 : acc.sumAfter / n,
    rules: [...acc.rules].map(([rule, r]) => ({ rule, ...r })).sort((x, y) => x.rule.localeCompare(y.rule)),
    changed: acc.changed,
    histogram: { bins: [...SCORE_BINS], before: acc.before, after: acc.after },
    deltaHistogram: { bins: DELTA_BINS.map((b) => b.label), counts: acc.deltas },
  };
}
