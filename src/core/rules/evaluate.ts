// evaluate(pack, conversation): pure and allocation-light. Each turn is scanned at most once per shared phrase
// matcher; each condition is evaluated at most once per rule (memo), so `after:` references cost nothing extra.
import type { Conversation } from '../conversation/schema.ts';
import { machineScore } from '../scoring/score.ts';
import type { MachineTally } from '../scoring/types.ts';
import { applyExceptions } from './exceptions.ts';
import { inLowConfidence } from './low-confidence.ts';
import type { CheckResult, Hit } from './result.ts';
import { predictSatisfaction } from './satisfaction.ts';
import { resolveScope } from './scope.ts';
import type { ScopeResult } from './scope.ts';
import type { CompiledPack, CompiledRule, ConditionNode, Outcome, RawHit, RuleNode } from './types.ts';
import { ConversationCache, ScopedView } from './view.ts';

type Truth =
  | { kind: 'true'; evidence: readonly RawHit[] }
  | { kind: 'false'; anchor: number | undefined }
  | { kind: 'na' };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const NO_HITS: readonly RawHit[] = Object.freeze([]);
const NA: Truth = Object.freeze({ kind: 'na' });
const NO_TIMES: Outcome = Object.freeze({ kind: 'na', reason: 'no times' });
const NO_TURNS: Outcome = Object.freeze({ kind: 'na', reason: 'no turns in scope' });

/** `a` followed by `b`, without copying when one of them is empty (the usual case). */
function concat(a: readonly RawHit[], b: readonly RawHit[]): readonly RawHit[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...a, ...b];
}

/**
 * One rule on one conversation: each condition is evaluated at most once (memo), so `after:` costs nothing extra.
 * One instance serves every rule of an evaluation ({@link RuleRun.start}); the memo is stamped with the rule's turn
 * instead of being reallocated, because this runs for every rule of every conversation.
 */
class RuleRun {
  private readonly memo: (Outcome | undefined)[] = [];
  private readonly anchors: (number | undefined)[] = [];
  /** Which rule run wrote `memo[i]` / `anchors[i]`; entries of earlier runs are stale. */
  private readonly stamp: number[] = [];
  private run = 0;
  private rule!: CompiledRule;

  constructor(private readonly s: ConversationCache) {}

  start(rule: CompiledRule): this {
    this.rule = rule;
    this.run++;
    return this;
  }

  hitsOf(i: number): readonly RawHit[] | undefined {
    const target = this.rule.conditions[i];
    const o = target === undefined ? undefined : this.condition(target);
    return o?.kind === 'hits' ? o.hits : undefined;
  }

  condition(n: ConditionNode): Outcome {
    if (this.stamp[n.index] === this.run) return this.memo[n.index]!;
    let out: Outcome;
    this.anchors[n.index] = undefined;
    if (n.timing && !this.s.timed) out = NO_TIMES;
    else {
      const base = this.s.roleTurns(n.role);
      // The whole conversation (most conditions) needs no scope object.
      const scope: ScopeResult | undefined =
        n.position.kind === 'whole'
          ? undefined
          : resolveScope(this.s.conversation, this.s.timed, base, n.position, this);
      const turns = scope === undefined ? base : scope.kind === 'turns' ? scope.turns : undefined;
      if (turns === undefined) out = scope as Outcome;
      else if (turns.length === 0) out = NO_TURNS;
      else {
        this.anchors[n.index] = n.position.kind === 'last' ? turns[turns.length - 1] : turns[0];
        const view = new ScopedView(this.s, turns);
        const raw = n.probe(view);
        out = raw.kind === 'hits' ? { kind: 'hits', hits: applyExceptions(view, n.except, raw.hits) } : raw;
      }
    }
    this.memo[n.index] = out;
    this.stamp[n.index] = this.run;
    return out;
  }

  /** The condition's first (or, for `last`, last) in-scope turn when this run evaluated it. */
  private anchorOf(i: number): number | undefined {
    return this.stamp[i] === this.run ? this.anchors[i] : undefined;
  }

  node(n: RuleNode): Truth {
    switch (n.kind) {
      case 'condition': {
        const o = this.condition(n);
        if (o.kind === 'na') return NA;
        if (o.hits.length < n.atLeast) return { kind: 'false', anchor: this.anchorOf(n.index) };
        return { kind: 'true', evidence: n.evidence ? o.hits : NO_HITS };
      }
      case 'all': {
        // The first false child decides, so later children are not evaluated (conditions are pure and
        // memoized; one skipped here is still evaluated on demand by an `after:` reference).
        let na = false;
        let evidence: readonly RawHit[] = NO_HITS;
        for (const c of n.children) {
          const r = this.node(c);
          if (r.kind === 'false') return r;
          if (r.kind === 'na') na = true;
          else evidence = concat(evidence, r.evidence);
        }
        return na ? NA : { kind: 'true', evidence };
      }
      case 'any': {
        // Every true child adds evidence, so all children are evaluated.
        let na = false;
        let anyTrue = false;
        let first: Truth | undefined;
        let evidence: readonly RawHit[] = NO_HITS;
        for (const c of n.children) {
          const r = this.node(c);
          first ??= r;
          if (r.kind === 'true') {
            anyTrue = true;
            evidence = concat(evidence, r.evidence);
          } else if (r.kind === 'na') na = true;
        }
        if (anyTrue) return { kind: 'true', evidence };
        if (na) return NA;
        return first?.kind === 'false' ? first : { kind: 'false', anchor: undefined };
      }
      case 'not': {
        const r = this.node(n.child);
        switch (r.kind) {
          case 'na':
            return r;
          case 'true':
            return { kind: 'false', anchor: undefined };
          case 'false': {
            const turn = r.anchor ?? 0;
            return {
              kind: 'true',
              evidence: [
                { turn, start: 0, end: 0, ...(n.message === undefined ? {} : { message: n.message }) },
              ],
            };
          }
        }
      }
    }
  }
}

/** Overlapping spans in the same turn are one occurrence (two list entries matching the same words). */
function dedupe(hits: readonly RawHit[]): readonly RawHit[] {
  if (hits.length <= 1) return hits;
  let ordered = true;
  for (let i = 1; i < hits.length && ordered; i++) {
    const a = hits[i - 1]!;
    const b = hits[i]!;
    ordered =
      a.turn < b.turn ||
      (a.turn === b.turn && (a.start < b.start || (a.start === b.start && a.end >= b.end)));
  }
  const sorted = ordered
    ? hits
    : [...hits].sort((a, b) => a.turn - b.turn || a.start - b.start || b.end - a.end);
  const out: RawHit[] = [];
  for (const h of sorted) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.turn === h.turn) {
      const absence = h.start === h.end && prev.start === prev.end;
      if (absence ? prev.start === h.start && prev.atMs === h.atMs : h.start < prev.end) {
        // A list or pattern hit is certain: it replaces a model's hit on the same words (learned layer).
        if (prev.confidence !== undefined && h.confidence === undefined) out[out.length - 1] = h;
        continue;
      }
    }
    out.push(h);
  }
  return out;
}

interface PackFacts {
  /** Rule id → its position in `localeCompare` order (the tie-break of the hit order), computed once. */
  readonly ruleRank: ReadonlyMap<string, number>;
  readonly pending: readonly string[];
  /** Scorecard items rules deduct from, in the order rules first name them (the order of `tallies`). */
  readonly items: readonly string[];
  /** Per rule (by index): its item's index in `items`, or -1. */
  readonly itemOfRule: readonly number[];
}

const FACTS = new WeakMap<CompiledPack, PackFacts>();

function packFacts(pack: CompiledPack): PackFacts {
  let f = FACTS.get(pack);
  if (f === undefined) {
    const ids = [...new Set(pack.rules.map((r) => r.id))].sort((a, b) => a.localeCompare(b));
    const items = [...new Set(pack.rules.flatMap((r) => (r.item === undefined ? [] : [r.item])))];
    f = {
      ruleRank: new Map(ids.map((id, i) => [id, i])),
      pending: pack.scorecard.items.filter((i) => i.judged === 'manual').map((i) => i.id),
      items,
      itemOfRule: pack.rules.map((r) => (r.item === undefined ? -1 : items.indexOf(r.item))),
    };
    FACTS.set(pack, f);
  }
  return f;
}

/** Hit order of the contract: turn, start, then rule id (`localeCompare`, via the precomputed rank). */
function sortHits(hits: Hit[], ruleRank: ReadonlyMap<string, number>): void {
  const before = (a: Hit, b: Hit): boolean =>
    a.turn < b.turn ||
    (a.turn === b.turn &&
      (a.start < b.start ||
        (a.start === b.start && (ruleRank.get(a.rule) ?? 0) < (ruleRank.get(b.rule) ?? 0))));
  if (hits.length > 32) {
    hits.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    return;
  }
  // A conversation has a handful of hits, already sorted within each rule: a stable insertion sort wins.
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i]!;
    let j = i - 1;
    while (j >= 0 && before(h, hits[j]!)) {
      hits[j + 1] = hits[j]!;
      j--;
    }
    hits[j + 1] = h;
  }
}

/**
 * A learned model's hit on words a list or pattern rule earlier in the pack already charged is dropped: one
 * sentence is one deduction (这个我不知道，你问我，我问谁 is 违禁用语, not also 推诿 by the model).
 */
function learnedAfterLists(evidence: readonly RawHit[], charged: readonly RawHit[]): readonly RawHit[] {
  if (charged.length === 0 || !evidence.some((h) => h.confidence !== undefined)) return evidence;
  return evidence.filter(
    (h) =>
      h.confidence === undefined ||
      !charged.some((c) => c.turn === h.turn && c.start < h.end && h.start < c.end),
  );
}

export function evaluate(pack: CompiledPack, conversation: Conversation): CheckResult {
  const s = new ConversationCache(pack, conversation);
  const hits: Hit[] = [];
  const notApplicable: string[] = [];
  const facts = packFacts(pack);
  const { items, itemOfRule } = facts;
  // Per scorecard item touched by a rule: still N/A, and occurrences (arrays in the order of `items`).
  const itemNa = items.map(() => true);
  const itemCount = items.map(() => 0);
  // Text spans a list or pattern rule has already charged (the learned layer does not charge them again).
  const charged: RawHit[] = [];
  const run = new RuleRun(s);
  for (let r = 0; r < pack.rules.length; r++) {
    const rule = pack.rules[r]!;
    const applies = rule.channels === undefined || rule.channels.includes(conversation.channel);
    const truth: Truth = applies ? run.start(rule).node(rule.tree) : NA;
    if (truth.kind === 'na') notApplicable.push(rule.id);
    const evidence = truth.kind === 'true' ? learnedAfterLists(dedupe(truth.evidence), charged) : NO_HITS;
    let counted = 0;
    // Most rules find nothing in a conversation: no per-hit bookkeeping (arrays, closures) for them.
    if (evidence.length > 0) {
      // Evidence the speech-to-text engine was unsure of goes to review instead of deducting (./low-confidence.ts).
      const doubt = evidence.map(
        (h) =>
          conversation.turns[h.turn]?.meta !== undefined &&
          inLowConfidence(conversation, h.turn, h.start, h.end),
      );
      // A once-per-conversation rule charges the hit its tree reports first (e.g. the complaint, not the anchor);
      // suggested hits (a learned model below the rule's threshold, or doubtful ASR) never deduct nor count.
      const countable = (h: RawHit, k: number) => h.suggested !== true && doubt[k] !== true;
      const first = truth.kind === 'true' ? truth.evidence.find((h) => h.suggested !== true) : undefined;
      const found = evidence.findIndex((h, k) => h === first && countable(h, k));
      const chargedAt = found >= 0 ? found : evidence.findIndex(countable);
      for (let k = 0; k < evidence.length; k++) {
        const h = evidence[k]!;
        const turn = conversation.turns[h.turn];
        const suggestion = h.suggestion ?? rule.suggestion;
        const doubtful = doubt[k] === true;
        // Optional fields are assigned one by one (same key order as the contract), not spread: this runs per hit.
        const hit: Mutable<Hit> = {
          rule: rule.id,
          category: rule.category,
          turn: h.turn,
          start: h.start,
          end: h.end,
          text: turn?.text.slice(h.start, h.end) ?? '',
          deduction:
            !countable(h, k) || (rule.count === 'once' && k !== chargedAt && chargedAt >= 0)
              ? 0
              : rule.deduction,
        };
        if (countable(h, k)) counted++;
        if (h.confidence === undefined && h.start < h.end && hit.deduction > 0) charged.push(h);
        if (suggestion !== undefined) hit.suggestion = suggestion;
        if (rule.item !== undefined) hit.item = rule.item;
        if (turn !== undefined) hit.role = turn.role;
        if (h.message !== undefined) hit.message = h.message;
        if (h.messageId !== undefined) hit.messageId = h.messageId;
        if (h.messageValues !== undefined) hit.messageValues = h.messageValues;
        if (h.atMs !== undefined) hit.atMs = h.atMs;
        if (h.durationMs !== undefined) hit.durationMs = h.durationMs;
        if (doubtful) {
          hit.suggested = true;
          hit.review = 'low-asr-confidence';
        }
        if (h.confidence !== undefined) hit.confidence = h.confidence;
        if (h.suggested === true) hit.suggested = true;
        hits.push(hit);
      }
    }
    const it = itemOfRule[r] ?? -1;
    if (it >= 0) {
      if (truth.kind !== 'na') itemNa[it] = false;
      itemCount[it]! += counted === 0 ? 0 : rule.count === 'once' ? 1 : counted;
    }
  }
  const tallies: MachineTally[] = items.map((item, i) =>
    itemNa[i] ? { item, kind: 'na' } : { item, kind: 'counted', occurrences: itemCount[i] ?? 0 },
  );
  // No reviewer judgements yet: the final score is the machine's.
  const machine = machineScore(pack.scorecard, tallies);
  const { ruleRank, pending } = facts;
  sortHits(hits, ruleRank);
  return {
    id: conversation.id,
    score: { total: machine.total, categories: { ...machine.categories } },
    fatal: machine.fatal,
    hits,
    errors: [],
    pack: { id: pack.id, version: pack.version },
    machine,
    pending: [...pending],
    notApplicable,
    tallies,
    signals: { satisfaction: predictSatisfaction(conversation, hits) },
  };
}
