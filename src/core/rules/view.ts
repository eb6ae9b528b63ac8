// Per-conversation caches shared by every condition of every rule: each turn is scanned at most once per shared
// matcher, and folded texts and role turn lists are computed once.
// Classes rather than closures: one evaluation creates a handful of objects, not a closure per condition.
import type { Conversation } from '../conversation/schema.ts';
import { hasTimes } from '../conversation/schema.ts';
import type { PhraseMatch } from '../text/types.ts';
import { foldSpoken } from './operators/common.ts';
import { roleTurns } from './scope.ts';
import type { CompiledPack, ConditionView, LocalMatch, PhraseHandle, RoleScope } from './types.ts';

const NONE: readonly LocalMatch[] = Object.freeze([]);
const NO_MATCHES: readonly PhraseMatch[] = Object.freeze([]);

export class ConversationCache {
  readonly timed: boolean;
  private readonly all: (PhraseMatch[] | undefined)[][];
  private readonly foldedTexts: (string | undefined)[] = [];
  private readonly byRole: Partial<Record<RoleScope, readonly number[]>> = {};

  constructor(
    private readonly pack: CompiledPack,
    readonly conversation: Conversation,
  ) {
    this.timed = hasTimes(conversation);
    this.all = pack.matchers.map(() => []);
  }

  matches(h: PhraseHandle, turn: number): readonly PhraseMatch[] {
    const perTurn = this.all[h.matcher];
    const matcher = this.pack.matchers[h.matcher];
    if (perTurn === undefined || matcher === undefined) return NO_MATCHES;
    let all = perTurn[turn];
    if (all === undefined) perTurn[turn] = all = matcher.findAll(this.conversation.turns[turn]?.text ?? '');
    return all;
  }

  phrases(h: PhraseHandle, turn: number): readonly LocalMatch[] {
    const perTurn = this.all[h.matcher];
    const matcher = this.pack.matchers[h.matcher];
    if (perTurn === undefined || matcher === undefined) return NONE;
    let all = perTurn[turn];
    if (all === undefined) perTurn[turn] = all = matcher.findAll(this.conversation.turns[turn]?.text ?? '');
    if (all.length === 0) return NONE;
    // Recomputed per call rather than cached: a turn has a handful of matches, and filtering them is cheaper
    // than a cache lookup (measured: the per-(turn, list) Map cost more than it saved).
    const lo = h.offset;
    const hi = h.offset + h.size;
    let out: LocalMatch[] | undefined;
    for (const m of all)
      if (m.phrase >= lo && m.phrase < hi)
        (out ??= []).push({ phrase: m.phrase - lo, start: m.start, end: m.end });
    return out ?? NONE;
  }

  /** Indices of the turns of `role` (every turn for `any`), computed once per conversation. */
  roleTurns(role: RoleScope): readonly number[] {
    return (this.byRole[role] ??= roleTurns(this.conversation, role));
  }

  folded(turn: number): string {
    let f = this.foldedTexts[turn];
    if (f === undefined) this.foldedTexts[turn] = f = foldSpoken(this.conversation.turns[turn]?.text ?? '');
    return f;
  }
}

/** What one condition sees: the shared caches plus its own in-scope turns. */
export class ScopedView implements ConditionView {
  readonly conversation: Conversation;
  readonly timed: boolean;

  constructor(
    private readonly cache: ConversationCache,
    readonly turns: readonly number[],
  ) {
    this.conversation = cache.conversation;
    this.timed = cache.timed;
  }

  phrases(h: PhraseHandle, turn: number): readonly LocalMatch[] {
    return this.cache.phrases(h, turn);
  }

  matches(h: PhraseHandle, turn: number): readonly PhraseMatch[] {
    return this.cache.matches(h, turn);
  }

  folded(turn: number): string {
    return this.cache.folded(turn);
  }
}
