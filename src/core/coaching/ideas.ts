// The suggestion box (金点子, seed 001): ideas of agents, and customers' proposals heard in satisfaction callbacks
// (seed 001 "在满意度回访中，客户经常会提供给我们非常好的建议"; seed 004), move received → under evaluation →
// adopted / declined / duplicate. A decision carries a reason; an adopted idea may carry a reward in fen, paid as a
// line on the agent's monthly settlement statement of the month it was adopted.
export const IDEA_STATES = ['received', 'evaluating', 'adopted', 'declined', 'duplicate'] as const;
export type IdeaState = (typeof IDEA_STATES)[number];

export const IDEA_CATEGORIES = ['service', 'process', 'product', 'system', 'knowledge', 'other'] as const;
export type IdeaCategory = (typeof IDEA_CATEGORIES)[number];

export const IDEA_SOURCES = ['agent', 'customer_callback'] as const;
export type IdeaSource = (typeof IDEA_SOURCES)[number];

const NEXT: Record<IdeaState, readonly IdeaState[]> = {
  received: ['evaluating', 'adopted', 'declined', 'duplicate'],
  evaluating: ['adopted', 'declined', 'duplicate'],
  adopted: [],
  declined: [],
  duplicate: [],
};

export const isFinal = (s: IdeaState): boolean => NEXT[s].length === 0;

/** Why a move is refused (null when allowed): only forward moves, decisions need a reason, rewards only on adoption. */
export function ideaMoveProblem(
  from: IdeaState,
  to: IdeaState,
  m: { reason?: string | undefined; rewardFen?: number | undefined },
): string | null {
  if (!NEXT[from].includes(to)) return `An idea cannot move from ${from} to ${to}`;
  if (isFinal(to) && !m.reason?.trim()) return `Moving to ${to} needs a reason`;
  if (m.rewardFen !== undefined) {
    if (to !== 'adopted') return 'Only an adopted idea carries a reward';
    if (!Number.isSafeInteger(m.rewardFen) || m.rewardFen < 0)
      return 'A reward is a non-negative whole number of fen';
  }
  return null;
}
