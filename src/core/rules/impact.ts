// Impact preview of a new pack version (`zhijian rules diff`): which conversations gain or lose hits, per rule,
// and how scores move. Pure: it compares two results of the same conversation.
import type { Hit } from './result.ts';

export interface ConversationDelta {
  readonly id: string;
  readonly scoreBefore: number;
  readonly scoreAfter: number;
  readonly gained: readonly Hit[];
  readonly lost: readonly Hit[];
}

export interface RuleImpact {
  readonly rule: string;
  readonly hitsGained: number;
  readonly hitsLost: number;
  readonly conversationsGaining: number;
  readonly conversationsLosing: number;
}

export interface ImpactReport {
  readonly conversations: number;
  readonly changed: readonly ConversationDelta[];
  readonly rules: readonly RuleImpact[];
  readonly meanScoreBefore: number;
  readonly meanScoreAfter: number;
}

/** What the comparison reads of a result: a fresh evaluation, or one stored by the scoring of the published pack. */
export interface ScoredHits {
  readonly id: string;
  readonly score: { readonly total: number };
  readonly hits: readonly Hit[];
}

const hitKey = (h: Hit): string => `${h.rule}|${h.turn}|${h.start}|${h.end}|${h.deduction}`;

export function diffResults(before: ScoredHits, after: ScoredHits): ConversationDelta {
  const b = new Set(before.hits.map(hitKey));
  const a = new Set(after.hits.map(hitKey));
  return {
    id: after.id,
    scoreBefore: before.score.total,
    scoreAfter: after.score.total,
    gained: after.hits.filter((h) => !b.has(hitKey(h))),
    lost: before.hits.filter((h) => !a.has(hitKey(h))),
  };
}

export function impactReport(pairs: readonly (readonly [ScoredHits, ScoredHits])[]): ImpactReport {
  const changed: ConversationDelta[] = [];
  const rules = new Map<
    string,
    { hitsGained: number; hitsLost: number; conversationsGaining: number; conversationsLosing: number }
  >();
  const rule = (id: string) => {
    let r = rules.get(id);
    if (r === undefined)
      rules.set(id, (r = { hitsGained: 0, hitsLost: 0, conversationsGaining: 0, conversationsLosing: 0 }));
    return r;
  };
  let sumBefore = 0;
  let sumAfter = 0;
  for (const [before, after] of pairs) {
    sumBefore += before.score.total;
    sumAfter += after.score.total;
    const d = diffResults(before, after);
    if (d.gained.length === 0 && d.lost.length === 0 && d.scoreBefore === d.scoreAfter) continue;
    changed.push(d);
    for (const id of new Set(d.gained.map((h) => h.rule))) rule(id).conversationsGaining++;
    for (const id of new Set(d.lost.map((h) => h.rule))) rule(id).conversationsLosing++;
    for (const h of d.gained) rule(h.rule).hitsGained++;
    for (const h of d.lost) rule(h.rule).hitsLost++;
  }
  const n = pairs.length;
  return {
    conversations: n,
    changed,
    rules: [...rules].map(([id, r]) => ({ rule: id, ...r })).sort((x, y) => x.rule.localeCompare(y.rule)),
    meanScoreBefore: n === 0 ? 0 : sumBefore / n,
    meanScoreAfter: n === 0 ? 0 : sumAfter / n,
  };
}
