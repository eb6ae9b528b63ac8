// Per-rule precision: of the machine hits inspectors reviewed, how many they confirmed, and how many of
// the confirmed ones agents then got overturned on appeal. A rule with low precision needs its phrase list or
// exceptions tuned before its deductions are trusted.
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
}

export function rulePrecision(
  judgements: readonly { rule: string; verdict: Verdict }[],
  appeals: readonly { rule: string; status: AppealStatus }[],
): RulePrecision[] {
  const acc = new Map<string, { c: number; r: number; a: number; up: number; rej: number }>();
  const get = (rule: string) => {
    let x = acc.get(rule);
    if (!x) acc.set(rule, (x = { c: 0, r: 0, a: 0, up: 0, rej: 0 }));
    return x;
  };
  for (const j of judgements) {
    const x = get(j.rule);
    if (j.verdict === 'confirm') x.c++;
    else x.r++;
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
      };
    });
}
