// Incremental evaluation of a call in progress with the published rule pack (docs/product.md "Integration endpoints": a
// streaming check that raises alerts while the customer's complaint is still forming, seed 004). Each new final
// segment is checked against what the call has so far; hits already reported are not reported again; a partial
// segment gives provisional hits that become real only when the segment is final. Only rules that can decide
// mid-call take part (see ruleDecidesMidCall); the rest wait for the full scoring when the call ends.
import type { Conversation } from '../conversation/schema.ts';
import { evaluate } from './evaluate.ts';
import { getOperator } from './operators/index.ts';
import type { Hit } from './result.ts';
import type { CompiledPack, CompiledRule, RuleNode } from './types.ts';

/**
 * A condition decides mid-call when its operator's hits are stable under more turns and it does not look at the
 * last turns (`in: { last: n }` moves as the call goes on). A `not` judges an absence, which only the end decides.
 */
function nodeDecidesMidCall(n: RuleNode): boolean {
  switch (n.kind) {
    case 'all':
    case 'any':
      return n.children.every(nodeDecidesMidCall);
    case 'not':
      return false;
    case 'condition':
      return getOperator(n.op)?.midCall === true && n.position.kind !== 'last';
  }
}

/** Whether a rule's hits on the first turns of a call stay hits whatever follows (derived from its operators). */
export function ruleDecidesMidCall(rule: CompiledRule): boolean {
  return nodeDecidesMidCall(rule.tree);
}

const LIVE_PACKS = new WeakMap<CompiledPack, CompiledPack>();

/** The pack restricted to the rules that decide mid-call (computed once per compiled pack). */
export function livePack(pack: CompiledPack): CompiledPack {
  let live = LIVE_PACKS.get(pack);
  if (live === undefined) {
    live = { ...pack, rules: pack.rules.filter(ruleDecidesMidCall) };
    LIVE_PACKS.set(pack, live);
  }
  return live;
}

/** Identity of a hit across evaluations of a growing call: the same rule on the same words of the same turn. */
export function liveHitKey(h: Pick<Hit, 'rule' | 'turn' | 'start' | 'end'>): string {
  return `${h.rule}:${h.turn}:${h.start}:${h.end}`;
}

export interface LiveCheck {
  /** Hits on final turns not reported before (report them, then add their keys to `reported`). */
  readonly fresh: readonly Hit[];
  /** Hits on the partial last turn: shown as provisional, never alerted. */
  readonly provisional: readonly Hit[];
}

/**
 * Checks a call in progress. `call.turns` are the final segments in order, followed by the partial segment being
 * spoken when `partial` is true. `reported` holds the keys ({@link liveHitKey}) of the hits already reported.
 */
export function checkLive(
  pack: CompiledPack,
  call: Conversation,
  partial: boolean,
  reported: ReadonlySet<string>,
): LiveCheck {
  const live = livePack(pack);
  if (call.turns.length === 0 || live.rules.length === 0) return { fresh: [], provisional: [] };
  const last = call.turns.length - 1;
  const { hits } = evaluate(live, call);
  const fresh: Hit[] = [];
  const provisional: Hit[] = [];
  for (const h of hits) {
    if (partial && h.turn === last) provisional.push(h);
    // A hit on a final turn that needed the partial one (a gap measured up to it) waits until that one is final.
    else if (!partial && !reported.has(liveHitKey(h))) fresh.push(h);
  }
  return { fresh, provisional };
}
