// Per-rule precision: of the machine hits inspectors reviewed, how many they confirmed, and how many of
// the confirmed ones agents then got overturned on appeal. A rule with low precision needs its phrase list or
// exceptions tuned before its deductions are trusted. Suggested hits (a learned model below its `deductAt`, or
// doubtful speech-to-text) are counted apart as well: their confirmed share is what justifies letting the rule
// deduct (docs/rules.md "Learned intents").
import type { AppealStatus } from './appeal.ts';
import type { Verdict } from './types.ts';

export interface RulePrecision {
  readonly rule: string;
  readonly reviewed: number;
  readonly confirmed: number;
  readonly rejected: number;
  /** confirmed ÷ reviewed; null before any review. */
  readonly precision: number | null;
  readonly appeals: number;
  readonly appealsUpheld: number;
  readonly appealsRejected: number;
  /** (confirmed − upheld) ÷ reviewed: precision once appeals have corrected the reviewers. */
  readonly precisionAfterAppeals: number | null;
  /** The suggested hits among `reviewed`: how many reviewers confirmed, and that share (null before any). */
  readonly suggested: {
    readonly reviewed: number;
    readonly confirmed: number;
    readonly precision: number | null;
  };
  /** What the figures support; null for a rule with nothing suggested and enough evidence either way. */
  readonly advice: PrecisionAdvice | null;
}

/**
 * - `collect-more`: fewer than {@link MIN_REVIEWED} reviewed hits: too few to judge;
 * - `may-deduct`: its suggestions were confirmed at least {@link DEDUCT_PRECISION} of the time: lowering the
 *   rule's `deductAt` would let them deduct;
 * - `keep-suggesting`: its suggestions were confirmed less often than that;
 * - `tune`: its deducting hits were confirmed less than {@link DEDUCT_PRECISION} of the time: fix its lists or
 *   exceptions before trusting its deductions.
 */
export type PrecisionAdvice = 'collect-more' | 'may-deduct' | 'keep-suggesting' | 'tune';

/** Reviewed hits below which a precision says little (one inspector's week on a mid-frequency rule). */
export const MIN_REVIEWED = 20;
/** Share of confirmed hits from which a rule's deductions are trusted (4 in 5 hits right). */
export const DEDUCT_PRECISION = 0.8;

function adviceFor(
  all: { reviewed: number; confirmed: number },
  sug: { reviewed: number; confirmed: number },
) {
  if (sug.reviewed > 0) {
    if (sug.reviewed < MIN_REVIEWED) return 'collect-more';
    return sug.confirmed / sug.reviewed >= DEDUCT_PRECISION ? 'may-deduct' : 'keep-suggesting';
  }
  if (all.reviewed < MIN_REVIEWED) return 'collect-more';
  return all.confirmed / all.reviewed < DEDUCT_PRECISION ? 'tune' : null;
}

export function rulePrecision(
  judgements: readonly { rule: string; verdict: Verdict; suggested?: boolean }[],
  appeals: readonly { rule: string; status: AppealStatus }[],
): RulePrecision[] {
  const acc = new Map<
    string,
    { c: number; r: number; a: number; up: number; rej: number; sc: number; sr: number }
  >();
  const get = (rule: string) => {
    let x = acc.get(rule);
    if (!x) acc.set(rule, (x = { c: 0, r: 0, a: 0, up: 0, rej: 0, sc: 0, sr: 0 }));
    return x;
  };
  for (const j of judgements) {
    const x = get(j.rule);
    if (j.verdict === 'confirm') x.c++;
    else x.r++;
    if (j.suggested === true) {
      if (j.verdict === 'confirm') x.sc++;
      else x.sr++;
    }
  }
  for (const a of appeals) {
    const x = get(a.rule);
    x.a++;
    switch (a.status) {
      case 'upheld':
        x.up++;
        break;
      case 'rejected':
        x.rej++;
        break;
      case 'open':
        break;
    }
  }
  return [...acc]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([rule, x]) => {
      const reviewed = x.c + x.r;
      const sug = { reviewed: x.sc + x.sr, confirmed: x.sc };
      return {
        rule,
        reviewed,
        confirmed: x.c,
        rejected: x.r,
        precision: reviewed === 0 ? null : x.c / reviewed,
        appeals: x.a,
        appealsUpheld: x.up,
        appealsRejected: x.rej,
        precisionAfterAppeals: reviewed === 0 ? null : Math.max(0, x.c - x.up) / reviewed,
        suggested: { ...sug, precision: sug.reviewed === 0 ? null : sug.confirmed / sug.reviewed },
        advice: adviceFor({ reviewed, confirmed: x.c }, sug),
      };
    });
}
