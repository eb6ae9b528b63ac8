// compileValidPack: a pack validatePack (./compile.ts) accepted → its matchers and rule trees. Kept apart from the
// validation so that what only compiles (the scoring threads of `zhijian check`, a run whose validated pack came
// from the cache) does not load the YAML parser: module loading is part of every thread's start-up.
import { compileNode, collectConditionIds } from './compile-node.ts';
import { PhraseIndexBuilder } from './phrase-index.ts';
import type { PackInput } from './schema.ts';
import type { CompiledPack, CompiledRule, ConditionNode, RuleNode } from './types.ts';

/** Build the matchers and rule trees of a pack {@link validatePack} accepted. */
export function compileValidPack(pack: PackInput): CompiledPack {
  const phrases = new PhraseIndexBuilder(pack.match ?? {});
  const items = new Map(pack.scorecard.items.map((i) => [i.id, i]));
  const rules: CompiledRule[] = pack.rules.map((r) => {
    const item = r.item === undefined ? undefined : items.get(r.item);
    const ids = collectConditionIds(r.when);
    const counter = { next: 0 };
    const tree = compileNode(r.when, {
      ids,
      counter,
      ctx: { phrases: (list, match, role) => phrases.register(list, match, role ?? 'any') },
    });
    return {
      id: r.id,
      name: r.name,
      description: r.description,
      seed: r.seed,
      category: item?.category ?? r.category ?? 'language',
      item: item?.id,
      deduction: item?.deduction ?? 0,
      count: r.count,
      flag: item === undefined,
      channels: r.channels,
      suggestion: r.suggestion,
      conditions: conditionsOf(tree),
      tree,
    };
  });
  // Matchers are the text layer's objects (they may cache internally), so only the array holding them is frozen.
  return Object.freeze({
    id: pack.pack,
    version: pack.version,
    description: pack.description,
    scorecard: deepFreeze(pack.scorecard),
    rules: deepFreeze(rules),
    matchers: Object.freeze(phrases.build()),
    golden: pack.golden,
  });
}

function conditionsOf(tree: RuleNode): ConditionNode[] {
  const out: ConditionNode[] = [];
  const walk = (n: RuleNode): void => {
    switch (n.kind) {
      case 'all':
      case 'any':
        n.children.forEach(walk);
        return;
      case 'not':
        walk(n.child);
        return;
      case 'condition':
        out[n.index] = n;
        return;
    }
  };
  walk(tree);
  return out;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) deepFreeze(v);
  }
  return value;
}
