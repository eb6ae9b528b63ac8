// KPI of one agent for one month (seed 002 (五) KPI考核, as decided in docs/product.md "Decided readings of the seeds").
// Points are exact integer centipoints: each item is rounded once to 0.01 point (half away from zero), the total
// is the sum of the rounded items, and money is computed from that total, so a statement can be re-checked by hand.
import { checkCallCounts, type CallCounts } from './counts.ts';
import { divRound, mulDivRound, toHundredths } from './money.ts';
import { isMonth } from '../time/index.ts';
import type { KpiItemPolicy, KpiPolicy, NoDataRule } from './policy.ts';

export interface AgentKpiInputs {
  agentId: string;
  /** `YYYY-MM` in the contact center's time zone. */
  month: string;
  /** Month totals (see `aggregateMonthlyStats`); undefined when the agent has no call statistics at all. */
  stats?: CallCounts | undefined;
  /**
   * The month's final QA scores (0–100), or their tally; their mean is the QA value. Empty = no QA data. A month of a
   * large center is hundreds of thousands of scores, so the store sums them (`QaScoreTally`) instead of listing them.
   */
  qaScores: readonly number[] | QaScoreTally;
  /** The agent's monthly fee when it differs from the policy's `deduction.monthlyFeeFen`. */
  monthlyFeeFen?: number | undefined;
}

export type KpiItemResult =
  | {
      kind: 'measured';
      /** Rates as a fraction (0.97); the QA score in points (92.5). Equals numerator ÷ denominator. */
      value: number;
      numerator: number;
      denominator: number;
      points: number;
      centipoints: number;
      /** Whether the floor (0) or the policy cap limited the points. */
      clamped: 'floor' | 'cap' | null;
    }
  | { kind: 'no-data'; value: null; points: number; centipoints: number; rule: NoDataRule };

export type KpiOutcome =
  | { kind: 'bonus'; /** of the bonus base */ percent: number; amountFen: number }
  | { kind: 'deduction'; /** of the monthly fee */ percent: number; amountFen: number; capped: boolean }
  | { kind: 'on-target' };

export interface AgentKpiResult {
  agentId: string;
  month: string;
  policyVersion: string;
  items: { answerRate: KpiItemResult; satisfaction: KpiItemResult; qa: KpiItemResult };
  totalPoints: number;
  totalCentipoints: number;
  monthlyFeeFen: number;
  outcome: KpiOutcome;
  bonusFen: number;
  deductionFen: number;
}

const C = 100; // centipoints per point; hundredths per unit

function noData(item: KpiItemPolicy): KpiItemResult {
  const centipoints = item.whenNoData === 'base' ? toHundredths(item.base) : 0;
  return { kind: 'no-data', value: null, points: centipoints / C, centipoints, rule: item.whenNoData };
}

/**
 * Points of an item whose value, in hundredths of its unit, is `nH / d`:
 * base + slope × (value − target), rounded to a centipoint, floored at 0, capped by the policy.
 */
function measured(
  item: KpiItemPolicy,
  nH: bigint,
  d: number,
  value: number,
  numerator: number,
): KpiItemResult {
  const baseC = BigInt(toHundredths(item.base));
  const slopeH = BigInt(toHundredths(item.slope));
  const targetH = BigInt(toHundredths(item.target));
  const den = BigInt(d);
  // slope[pt/unit] × (value − target)[unit] in centipoints = slopeH × (nH − targetH × d) / (100 × d)
  const raw = Number(baseC + divRound(slopeH * (nH - targetH * den), BigInt(C) * den));
  const capC = item.cap === null ? null : toHundredths(item.cap);
  let centipoints = raw;
  let clamped: 'floor' | 'cap' | null = null;
  if (centipoints < 0) {
    centipoints = 0;
    clamped = 'floor';
  } else if (capC !== null && centipoints > capC) {
    centipoints = capC;
    clamped = 'cap';
  }
  return {
    kind: 'measured',
    value,
    numerator,
    denominator: d,
    points: centipoints / C,
    centipoints,
    clamped,
  };
}

function rateItem(item: KpiItemPolicy, num: number, den: number): KpiItemResult {
  if (den <= 0) return noData(item);
  // value in hundredths of a percent = 10000 × num / den
  return measured(item, BigInt(num) * 10_000n, den, num / den, num);
}

/**
 * QA scores summed: how many, and the sum of each score in hundredths of a point (each rounded once, half away from
 * zero, as `toHundredths` does), which is all the QA item needs of them.
 */
export interface QaScoreTally {
  count: number;
  sumHundredths: number;
}

/** The tally of a list of QA scores; a score outside 0–100 is an input error. */
export function tallyQaScores(scores: readonly number[], agentId: string): QaScoreTally {
  let sumHundredths = 0;
  for (const s of scores) {
    if (!Number.isFinite(s) || s < 0 || s > 100)
      throw new RangeError(`QA score of ${agentId} out of 0–100: ${s}`);
    sumHundredths += toHundredths(s);
  }
  return { count: scores.length, sumHundredths };
}

function qaItem(
  item: KpiItemPolicy,
  scores: readonly number[] | QaScoreTally,
  agentId: string,
): KpiItemResult {
  const t = 'count' in scores ? scores : tallyQaScores(scores, agentId);
  if (t.count === 0) return noData(item);
  if (!Number.isSafeInteger(t.count) || t.count < 0 || !Number.isSafeInteger(t.sumHundredths))
    throw new RangeError(`QA tally of ${agentId} is not whole: ${t.count} scores, ${t.sumHundredths}`);
  if (t.sumHundredths < 0 || t.sumHundredths > t.count * 100 * C)
    throw new RangeError(`QA scores of ${agentId} out of 0–100: sum ${t.sumHundredths / C} of ${t.count}`);
  const sumH = t.sumHundredths;
  return measured(item, BigInt(sumH), t.count, sumH / C / t.count, sumH / C);
}

/** Bonus or deduction from the total (seed 002: "1000元*(总分-100)%", "7000*(100-80)%", "低于80分，扣除20%"). */
function outcomeOf(totalC: number, feeFen: number, policy: KpiPolicy): KpiOutcome {
  const thresholdC = toHundredths(policy.thresholdPoints);
  if (totalC > thresholdC) {
    const maxC = policy.bonus.maxPercent === null ? Infinity : toHundredths(policy.bonus.maxPercent);
    const pctC = Math.min(totalC - thresholdC, maxC); // one point = one percent, in hundredths
    return { kind: 'bonus', percent: pctC / C, amountFen: mulDivRound(policy.bonus.baseFen, pctC, C * C) };
  }
  if (totalC < thresholdC) {
    const maxC = toHundredths(policy.deduction.maxPercent);
    const pctC = Math.min(thresholdC - totalC, maxC);
    return {
      kind: 'deduction',
      percent: pctC / C,
      amountFen: mulDivRound(feeFen, pctC, C * C),
      capped: thresholdC - totalC > maxC,
    };
  }
  return { kind: 'on-target' };
}

/** KPI points and the resulting bonus or deduction of one agent for one month under `policy`. */
export function computeAgentKpi(inputs: AgentKpiInputs, policy: KpiPolicy): AgentKpiResult {
  const { agentId, month, stats } = inputs;
  if (!isMonth(month)) throw new RangeError(`month must be YYYY-MM, got ${month}`);
  if (stats) {
    const bad = checkCallCounts(stats);
    if (bad.length > 0)
      throw new RangeError(`call counts of ${agentId} are inconsistent: ${bad[0]?.message}`);
  }
  const feeFen = inputs.monthlyFeeFen ?? policy.deduction.monthlyFeeFen;
  if (!Number.isSafeInteger(feeFen) || feeFen < 0)
    throw new RangeError(`monthly fee must be whole fen: ${feeFen}`);

  const s = policy.items;
  const answerRate = stats
    ? rateItem(s.answerRate, stats.answeredWithin20s, stats.offered - stats.abandonedInQueue)
    : noData(s.answerRate);
  const satisfaction = stats
    ? rateItem(s.satisfaction, stats.satisfied, stats.rated - stats.ratingAbandoned)
    : noData(s.satisfaction);
  const qa = qaItem(s.qa, inputs.qaScores, agentId);

  const totalC = answerRate.centipoints + satisfaction.centipoints + qa.centipoints;
  const outcome = outcomeOf(totalC, feeFen, policy);
  return {
    agentId,
    month,
    policyVersion: policy.version,
    items: { answerRate, satisfaction, qa },
    totalPoints: totalC / C,
    totalCentipoints: totalC,
    monthlyFeeFen: feeFen,
    outcome,
    bonusFen: outcome.kind === 'bonus' ? outcome.amountFen : 0,
    deductionFen: outcome.kind === 'deduction' ? outcome.amountFen : 0,
  };
}
