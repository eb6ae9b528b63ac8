// Role and position scope: which turns a condition looks at. Windows after an event or a hit need times.
import type { Conversation } from '../conversation/schema.ts';
import type { Position, RawHit, RoleScope } from './types.ts';

export type ScopeResult =
  | { readonly kind: 'na'; readonly reason: string }
  | { readonly kind: 'turns'; readonly turns: readonly number[] };

export function roleTurns(c: Conversation, role: RoleScope): number[] {
  const out: number[] = [];
  for (let i = 0; i < c.turns.length; i++) if (role === 'any' || c.turns[i]?.role === role) out.push(i);
  return out;
}

/** Turns of `candidates` inside a window that opens at turn `fromTurn` (exclusive) or at time `fromMs`. */
function windowAfter(
  c: Conversation,
  candidates: readonly number[],
  from: { turn: number; ms: number | undefined },
  withinMs: number | undefined,
  withinTurns: number | undefined,
): number[] {
  let picked = candidates.filter((i) => {
    const start = c.turns[i]?.startMs;
    return from.ms !== undefined ? start !== undefined && start >= from.ms : i > from.turn;
  });
  if (withinMs !== undefined && from.ms !== undefined) {
    const until = from.ms + withinMs;
    picked = picked.filter((i) => (c.turns[i]?.startMs ?? Infinity) <= until);
  }
  if (withinTurns !== undefined) picked = picked.slice(0, withinTurns);
  return picked;
}

/** Answers the hits of another condition of the same rule (for `after:` windows). */
export interface HitSource {
  hitsOf(condition: number): readonly RawHit[] | undefined;
}

/** `base`: the turns of the condition's role ({@link roleTurns}, cached per conversation by the caller). */
export function resolveScope(
  c: Conversation,
  timed: boolean,
  base: readonly number[],
  p: Position,
  source: HitSource,
): ScopeResult {
  switch (p.kind) {
    case 'whole':
      return { kind: 'turns', turns: base };
    case 'first':
      return { kind: 'turns', turns: base.slice(0, p.n) };
    case 'last':
      return { kind: 'turns', turns: base.slice(-p.n) };
    case 'afterEvent': {
      if (!timed) return { kind: 'na', reason: 'no times' };
      const turns = new Set<number>();
      for (const e of c.events ?? []) {
        if (e.type !== p.event) continue;
        const ms = e.type === 'hold' ? e.endMs : e.atMs;
        for (const i of windowAfter(c, base, { turn: -1, ms }, p.withinMs, p.withinTurns)) turns.add(i);
      }
      return { kind: 'turns', turns: [...turns].sort((a, b) => a - b) };
    }
    case 'afterCondition': {
      if (p.withinMs !== undefined && !timed) return { kind: 'na', reason: 'no times' };
      const hits = source.hitsOf(p.condition);
      if (hits === undefined) return { kind: 'na', reason: 'referenced condition not applicable' };
      const turns = new Set<number>();
      for (const h of hits) {
        const ms = p.withinMs === undefined ? undefined : c.turns[h.turn]?.endMs;
        for (const i of windowAfter(c, base, { turn: h.turn, ms }, p.withinMs, p.withinTurns)) turns.add(i);
      }
      return { kind: 'turns', turns: [...turns].sort((a, b) => a - b) };
    }
  }
}
