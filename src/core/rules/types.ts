// The compiled form of a rule pack: an immutable tree of tagged nodes (house style §2). Every switch over
// `kind` is exhaustive, so adding a node kind without a handler does not compile.
import type { Conversation } from '../conversation/schema.ts';
import type { Scorecard } from '../scoring/index.ts';
import type { CategoryId } from '../scoring/types.ts';
import type { HitMessageId } from './hit-messages.ts';
import type { PhraseMatch, PhraseMatcher } from '../text/types.ts';

/** Which speaker's turns a condition looks at. `any` = every turn. */
export type RoleScope = 'agent' | 'customer' | 'any';

export type EventType = 'hold' | 'hangup' | 'transfer';

/** Where in the conversation a condition looks (after the role filter). */
export type Position =
  | { readonly kind: 'whole' }
  | { readonly kind: 'first'; readonly n: number }
  | { readonly kind: 'last'; readonly n: number }
  | {
      readonly kind: 'afterEvent';
      readonly event: EventType;
      readonly withinMs?: number;
      readonly withinTurns?: number;
    }
  | {
      readonly kind: 'afterCondition';
      readonly condition: number;
      readonly withinMs?: number;
      readonly withinTurns?: number;
    };

/** Why a text hit is not a violation (precision: quoting, echoing the customer, polite forms). */
export interface Exceptions {
  /** Inside quotation marks or after reported speech (您说/您刚才说/您是说…) in the same sentence. */
  readonly quoted: boolean;
  /** The same words were said by the customer in one of the two preceding customer turns. */
  readonly echo: boolean;
  /** The hit's sentence is a question to the customer (ends in 吗/么/？): 还是没办法登录吗？ asks, it does not refuse. */
  readonly question: boolean;
  /**
   * The hit is negated or mentioned, not meant: 我不是要投诉 / 没有不满意 (a negation right before it) or, for the
   * agent, 我们不会跟您说不知道 (不会/不能/绝不…说 earlier in the clause).
   */
  readonly negated: boolean;
  /** Phrase-list handle: a match of one of these overlapping the hit cancels it (不知道您 cancels 不知道). */
  readonly overlaps?: PhraseHandle;
  /** Phrase-list handle: any match in the same turn cancels the hit. */
  readonly turnContains?: PhraseHandle;
}

/** A phrase list registered in the pack's shared phrase index (compiled once per pack). */
export interface PhraseHandle {
  readonly matcher: number;
  readonly offset: number;
  readonly size: number;
  /** Per-phrase suggestion (seed 000 professional phrasing), indexed like the list. */
  readonly suggestions: readonly (string | undefined)[];
}

/** One piece of evidence from an operator. `start === end` marks an absence (nothing to quote). */
export interface RawHit {
  readonly turn: number;
  readonly start: number;
  readonly end: number;
  readonly suggestion?: string;
  readonly message?: string;
  /** The stable id of an operator's `message` and the values in it (./hit-messages.ts). */
  readonly messageId?: HitMessageId;
  readonly messageValues?: Readonly<Record<string, string>>;
  readonly atMs?: number;
  readonly durationMs?: number;
  /** A learned model's confidence, 0 … 1 (op: classifier); lists and patterns give none. */
  readonly confidence?: number;
  /** Below the rule's deduction threshold: reported for review, no deduction (docs/rules.md "Learned intents"). */
  readonly suggested?: boolean;
}

export type Outcome =
  | { readonly kind: 'na'; readonly reason: string }
  | { readonly kind: 'hits'; readonly hits: readonly RawHit[] };

/** What an operator sees while evaluating one condition on one conversation. */
export interface ConditionView {
  readonly conversation: Conversation;
  /** In-scope turn indices (role and position applied), ascending. */
  readonly turns: readonly number[];
  /** Every turn and event carries times. */
  readonly timed: boolean;
  /** Matches of a registered phrase list in one turn (cached per conversation), phrase indices local to the list. */
  phrases(handle: PhraseHandle, turn: number): readonly LocalMatch[];
  /**
   * Every match of the handle's shared matcher in one turn, with matcher-wide phrase ids (the list's own are
   * `handle.offset <= phrase < handle.offset + handle.size`, see {@link inList}). No allocation: for hot loops.
   */
  matches(handle: PhraseHandle, turn: number): readonly PhraseMatch[];
  /** The turn's text without punctuation, symbols and spaces (cached per conversation). */
  folded(turn: number): string;
}

/** The outcome of a probe that found nothing (shared: outcomes are read-only). */
export const NO_HITS: Outcome = Object.freeze({ kind: 'hits', hits: Object.freeze([]) });

/** Whether a match of {@link ConditionView.matches} belongs to the handle's list. */
export function inList(h: PhraseHandle, m: PhraseMatch): boolean {
  return m.phrase >= h.offset && m.phrase < h.offset + h.size;
}

export interface LocalMatch {
  readonly phrase: number;
  readonly start: number;
  readonly end: number;
}

export type Probe = (view: ConditionView) => Outcome;

export interface ConditionNode {
  readonly kind: 'condition';
  /** Index among the rule's conditions (memo key; target of `after:`). */
  readonly index: number;
  readonly id: string | undefined;
  readonly op: string;
  readonly role: RoleScope;
  readonly position: Position;
  readonly except: Exceptions;
  /** The condition holds only with at least this many hits (seed 000: 频繁使用…语气助词). */
  readonly atLeast: number;
  /** Whether this condition's hits are reported as evidence (false: context only). */
  readonly evidence: boolean;
  readonly timing: boolean;
  readonly probe: Probe;
}

export type RuleNode =
  | { readonly kind: 'all'; readonly children: readonly RuleNode[] }
  | { readonly kind: 'any'; readonly children: readonly RuleNode[] }
  | { readonly kind: 'not'; readonly child: RuleNode; readonly message?: string }
  | ConditionNode;

export interface CompiledRule {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly seed: string;
  readonly category: CategoryId;
  /** Scorecard item this rule deducts from; undefined for flags. */
  readonly item: string | undefined;
  /** Points per occurrence; 0 for flags. */
  readonly deduction: number;
  readonly count: 'each' | 'once';
  readonly flag: boolean;
  readonly channels: readonly ('voice' | 'chat')[] | undefined;
  readonly suggestion: string | undefined;
  /** Every condition of the tree, by index (targets of `after:` references). */
  readonly conditions: readonly ConditionNode[];
  readonly tree: RuleNode;
}

export interface CompiledPack {
  readonly id: string;
  readonly version: string;
  readonly description: string;
  readonly scorecard: Scorecard;
  readonly rules: readonly CompiledRule[];
  /** Shared phrase matchers (one per distinct match option set and reading role), each compiled once. */
  readonly matchers: readonly PhraseMatcher[];
  /** Golden conversations declared by the pack (paths relative to the pack file). */
  readonly golden: string | undefined;
}
