// Compiles one rule's `when:` tree into tagged nodes; conditions get their operator probe, scope and exceptions.
import type { CompileContext } from './operators/define.ts';
import { getOperator } from './operators/index.ts';
import type { ConditionInput, NodeInput, PositionInput } from './schema.ts';
import type { ConditionNode, Exceptions, Position, RoleScope, RuleNode } from './types.ts';

interface NodeCtx {
  /** Condition id → index, in pre-order (the order compileNode assigns indices). */
  readonly ids: ReadonlyMap<string, number>;
  readonly counter: { next: number };
  readonly ctx: CompileContext;
}

export function collectConditionIds(root: NodeInput): Map<string, number> {
  const ids = new Map<string, number>();
  let next = 0;
  const walk = (n: NodeInput): void => {
    if ('all' in n) n.all.forEach(walk);
    else if ('any' in n) n.any.forEach(walk);
    else if ('not' in n) walk(n.not);
    else {
      if (n.common.id !== undefined) ids.set(n.common.id, next);
      next++;
    }
  };
  walk(root);
  return ids;
}

/**
 * `required` is true under an odd number of `not`s: the condition lists what must be said (greeting, closing,
 * soothing), a courtesy intent. The context exceptions (quoting, echo, negation) exist to keep the agent's
 * mention of a violation from counting as one; applied to courtesy they would turn the customer's 你好 echoed
 * back by the agent into a missing greeting. So they default to off there.
 */
export function compileNode(n: NodeInput, nc: NodeCtx, required = false): RuleNode {
  if ('all' in n) return { kind: 'all', children: n.all.map((c) => compileNode(c, nc, required)) };
  if ('any' in n) return { kind: 'any', children: n.any.map((c) => compileNode(c, nc, required)) };
  if ('not' in n) {
    const child = compileNode(n.not, nc, !required);
    return n.message === undefined ? { kind: 'not', child } : { kind: 'not', child, message: n.message };
  }
  return compileCondition(n, nc, required);
}

function compileCondition(c: ConditionInput, nc: NodeCtx, required: boolean): ConditionNode {
  const op = getOperator(c.op);
  if (op === undefined) throw new Error(`unknown operator "${c.op}"`); // unreachable: checked with line numbers first
  const { id, role: roleIn, in: pos, except, evidence, atLeast } = c.common;
  const index = nc.counter.next++;
  const role: RoleScope = roleIn ?? op.defaultRole;
  const agentText = role === 'agent' && op.textHits && !required;
  // Lists are read in the turns of the condition's role unless the operator says otherwise (proximity's `bRole`).
  const ctx: CompileContext = {
    phrases: (list, match, listRole) => nc.ctx.phrases(list, match, listRole ?? role),
  };
  const exceptions: Exceptions = {
    quoted: op.textHits && (except?.quoted ?? agentText),
    echo: op.textHits && (except?.echo ?? agentText),
    question: op.textHits && except?.question === true,
    negated: op.textHits && (except?.negated ?? (op.textHits && !required)),
    ...(except?.overlaps === undefined ? {} : { overlaps: ctx.phrases(except.overlaps, except.match) }),
    ...(except?.turnContains === undefined
      ? {}
      : { turnContains: ctx.phrases(except.turnContains, except.match) }),
  };
  return {
    kind: 'condition',
    index,
    id,
    op: op.id,
    role,
    position: compilePosition(pos, nc.ids),
    except: exceptions,
    atLeast,
    evidence,
    timing: op.timing,
    probe: op.compile(c.options, ctx),
  };
}

function compilePosition(p: PositionInput | undefined, ids: ReadonlyMap<string, number>): Position {
  if (p === undefined || p === 'whole') return { kind: 'whole' };
  if ('first' in p) return { kind: 'first', n: p.first };
  if ('last' in p) return { kind: 'last', n: p.last };
  const window = {
    ...(p.withinMs === undefined ? {} : { withinMs: p.withinMs }),
    ...(p.withinTurns === undefined ? {} : { withinTurns: p.withinTurns }),
  };
  if ('afterEvent' in p) return { kind: 'afterEvent', event: p.afterEvent, ...window };
  const condition = ids.get(p.after);
  if (condition === undefined) throw new Error(`unknown condition "${p.after}"`); // unreachable: checked first
  return { kind: 'afterCondition', condition, ...window };
}
