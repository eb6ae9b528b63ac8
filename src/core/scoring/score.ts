// Seed 002 质检标准: 专业水平 30 / 服务态度 40 / 服务用语 30, per-occurrence deductions, each category floored at
// 0; fatal items zero the total (seed 004 服务关键性错误); manual items start at full marks until a reviewer deducts.
import type {
  CategoryId,
  CategoryScores,
  ItemScore,
  ItemStatus,
  MachineTally,
  ManualJudgement,
  ScoreBreakdown,
  Scorecard,
  ScorecardItem,
  ScorePart,
} from './types.ts';
import { CATEGORY_IDS } from './types.ts';

function machineStatus(item: ScorecardItem, tally: MachineTally | undefined): ItemStatus {
  if (item.judged === 'manual') return { kind: 'pending' };
  if (tally === undefined) return { kind: 'pass' };
  switch (tally.kind) {
    case 'na':
      return { kind: 'na' };
    case 'counted':
      return tally.occurrences > 0
        ? { kind: 'deducted', occurrences: tally.occurrences, points: tally.occurrences * item.deduction }
        : { kind: 'pass' };
  }
}

function humanStatus(item: ScorecardItem, j: ManualJudgement | undefined): ItemStatus | undefined {
  if (j === undefined) return undefined;
  switch (j.kind) {
    case 'na':
      return { kind: 'na' };
    case 'pass':
      return { kind: 'pass' };
    case 'deduct':
      return j.occurrences > 0
        ? { kind: 'deducted', occurrences: j.occurrences, points: j.occurrences * item.deduction }
        : { kind: 'pass' };
  }
}

function part(card: Scorecard, items: readonly ItemScore[], pick: (s: ItemScore) => ItemStatus): ScorePart {
  const lost: CategoryScores = { professional: 0, attitude: 0, language: 0 };
  let fatal = false;
  for (const s of items) {
    const st = pick(s);
    if (st.kind !== 'deducted') continue;
    lost[s.category] += st.points;
    if (s.fatal) fatal = true;
  }
  const floor = (c: CategoryId): number => Math.max(0, card.categories[c].max - lost[c]);
  const categories: CategoryScores = {
    professional: floor('professional'),
    attitude: floor('attitude'),
    language: floor('language'),
  };
  const sum = CATEGORY_IDS.reduce((acc, c) => acc + categories[c], 0);
  return { total: fatal ? 0 : sum, categories, fatal };
}

/**
 * The machine part alone, straight from the tallies: equal to `scoreConversation(card, machine).machine` without
 * building the per-item breakdown (the check hot path needs only the totals).
 */
export function machineScore(card: Scorecard, machine: readonly MachineTally[]): ScorePart {
  const lost: CategoryScores = { professional: 0, attitude: 0, language: 0 };
  let fatal = false;
  for (const item of card.items) {
    if (item.judged === 'manual') continue;
    let tally: MachineTally | undefined;
    for (const t of machine) if (t.item === item.id) tally = t; // the last one wins, as in the Map below
    if (tally?.kind !== 'counted' || tally.occurrences <= 0) continue;
    lost[item.category] += tally.occurrences * item.deduction;
    if (item.fatal) fatal = true;
  }
  const floor = (c: CategoryId): number => Math.max(0, card.categories[c].max - lost[c]);
  const categories: CategoryScores = {
    professional: floor('professional'),
    attitude: floor('attitude'),
    language: floor('language'),
  };
  const sum = CATEGORY_IDS.reduce((acc, c) => acc + categories[c], 0);
  return { total: fatal ? 0 : sum, categories, fatal };
}

/** Score one conversation. `manual` holds reviewer judgements; without them the final score is the machine's. */
export function scoreConversation(
  card: Scorecard,
  machine: readonly MachineTally[],
  manual: readonly ManualJudgement[] = [],
): ScoreBreakdown {
  const tallies = new Map(machine.map((t) => [t.item, t]));
  const judgements = new Map(manual.map((j) => [j.item, j]));
  const items: ItemScore[] = card.items.map((item) => ({
    item: item.id,
    name: item.name,
    category: item.category,
    judged: item.judged,
    fatal: item.fatal,
    machine: machineStatus(item, tallies.get(item.id)),
    human: humanStatus(item, judgements.get(item.id)),
  }));
  return {
    machine: part(card, items, (s) => s.machine),
    final: part(card, items, (s) => s.human ?? s.machine),
    reviewed: manual.length > 0,
    items,
  };
}
