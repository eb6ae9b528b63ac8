// evaluate(pack, conversation): pure and allocation-light. Each turn is scanned at most once per shared phrase
// matcher; each condition is evaluated at most once per rule (memo), so `after:` references cost nothing extra.
import type { Conversation } from '../conversation/schema.ts';
import { scoreConversation } from '../scoring/score.ts';
import type { MachineTally } from '../scoring/types.ts';
import { applyExceptions } from './exceptions.ts';
import type { CheckResult, Hit } from './result.ts';
import { resolveScope } from './scope.ts';
import type { CompiledPack, CompiledRule, ConditionNode, Outcome, RawHit, RuleNode } from './types.ts';
import { ConversationCache, ScopedView } from './view.ts';

type Truth =
  | { kind: 'true'; evidence: readonly RawHit[] }
  | { kind: 'false'; anchor: number | undefined }
  | { kind: 'na' };

/** One rule on one conversation: each condition is evaluated at most once (memo), so `after:` costs nothing extra. */
class RuleRun {
  private readonly memo: (Outcome | undefined)[] = [];
  private readonly anchors: (number | undefined)[] = [];

  constructor(
    private readonly rule: CompiledRule,
    private readonly s: ConversationCache,
  ) {}

  hitsOf(i: number): readonly RawHit[] | undefined {
    const target = this.rule.conditions[i];
    const o = target === undefined ? undefined : this.condition(target);
    return o?.kind === 'hits' ? o.hits : undefined;
  }

  condition(n: ConditionNode): Outcome {
    const cached = this.memo[n.index];
    if (cached !== undefined) return cached;
    let out: Outcome;
    if (n.timing && !this.s.timed) out = { kind: 'na', reason: 'no times' };
    else {
      const scope = resolveScope(this.s.conversation, this.s.timed, n.role, n.position, this);
      if (scope.kind === 'na') out = scope;
      else if (scope.turns.length === 0) out = { kind: 'na', reason: 'no turns in scope' };
      else {
        this.anchors[n.index] =
          n.position.kind === 'last' ? scope.turns[scope.turns.length - 1] : scope.turns[0];
        const view = new ScopedView(this.s, scope.turns);
        const raw = n.probe(view);
        out = raw.kind === 'hits' ? { kind: 'hits', hits: applyExceptions(view, n.except, raw.hits) } : raw;
      }
    }
    this.memo[n.index] = out;
    return out;
  }

  node(n: RuleNode): Truth {
    switch (n.kind) {
      case 'condition': {
        const o = this.condition(n);
        if (o.kind === 'na') return { kind: 'na' };
        if (o.hits.length < n.atLeast) return { kind: 'false', anchor: this.anchors[n.index] };
        return { kind: 'true', evidence: n.evidence ? o.hits : [] };
      }
      case 'all': {
        const results = n.children.map((c) => this.node(c));
        const f = results.find((r) => r.kind === 'false');
        if (f !== undefined) return f;
        if (results.some((r) => r.kind === 'na')) return { kind: 'na' };
        return { kind: 'true', evidence: results.flatMap((r) => (r.kind === 'true' ? r.evidence : [])) };
      }
      case 'any': {
        const results = n.children.map((c) => this.node(c));
        if (results.some((r) => r.kind === 'true'))
          return { kind: 'true', evidence: results.flatMap((r) => (r.kind === 'true' ? r.evidence : [])) };
        if (results.some((r) => r.kind === 'na')) return { kind: 'na' };
        const first = results[0];
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
function dedupe(hits: readonly RawHit[]): RawHit[] {
  const sorted = [...hits].sort((a, b) => a.turn - b.turn || a.start - b.start || b.end - a.end);
  const out: RawHit[] = [];
  for (const h of sorted) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.turn === h.turn) {
      const absence = h.start === h.end && prev.start === prev.end;
      if (absence ? prev.start === h.start && prev.atMs === h.atMs : h.start < prev.end) continue;
    }
    out.push(h);
  }
  return out;
}

export function evaluate(pack: CompiledPack, conversation: Conversation): CheckResult {
  const s = new ConversationCache(pack, conversation);
  const hits: Hit[] = [];
  const notApplicable: string[] = [];
  const perItem = new Map<string, { na: boolean; occurrences: number }>();
  for (const rule of pack.rules) {
    const applies = rule.channels === undefined || rule.channels.includes(conversation.channel);
    const truth: Truth = applies ? new RuleRun(rule, s).node(rule.tree) : { kind: 'na' };
    if (truth.kind === 'na') notApplicable.push(rule.id);
    const evidence = truth.kind === 'true' ? dedupe(truth.evidence) : [];
    // A once-per-conversation rule charges the hit its tree reports first (e.g. the complaint, not the anchor).
    const first = truth.kind === 'true' ? truth.evidence[0] : undefined;
    const charged = Math.max(
      0,
      evidence.findIndex((h) => h === first),
    );
    evidence.forEach((h, k) => {
      const turn = conversation.turns[h.turn];
      const deduction = rule.count === 'once' && k !== charged ? 0 : rule.deduction;
      const suggestion = h.suggestion ?? rule.suggestion;
      hits.push({
        rule: rule.id,
        category: rule.category,
        turn: h.turn,
        start: h.start,
        end: h.end,
        text: turn?.text.slice(h.start, h.end) ?? '',
        deduction,
        ...(suggestion === undefined ? {} : { suggestion }),
        ...(rule.item === undefined ? {} : { item: rule.item }),
        ...(turn === undefined ? {} : { role: turn.role }),
        ...(h.message === undefined ? {} : { message: h.message }),
        ...(h.atMs === undefined ? {} : { atMs: h.atMs }),
        ...(h.durationMs === undefined ? {} : { durationMs: h.durationMs }),
      });
    });
    if (rule.item !== undefined) {
      const t = perItem.get(rule.item) ?? { na: true, occurrences: 0 };
      if (truth.kind !== 'na') t.na = false;
      t.occurrences += evidence.length === 0 ? 0 : rule.count === 'once' ? 1 : evidence.length;
      perItem.set(rule.item, t);
    }
  }
  const tallies: MachineTally[] = [...perItem].map(([item, t]) =>
    t.na ? { item, kind: 'na' } : { item, kind: 'counted', occurrences: t.occurrences },
  );
  const score = scoreConversation(pack.scorecard, tallies);
  hits.sort((a, b) => a.turn - b.turn || a.start - b.start || a.rule.localeCompare(b.rule));
  return {
    id: conversation.id,
    score: { total: score.final.total, categories: score.final.categories },
    fatal: score.final.fatal,
    hits,
    errors: [],
    pack: { id: pack.id, version: pack.version },
    machine: score.machine,
    pending: pack.scorecard.items.filter((i) => i.judged === 'manual').map((i) => i.id),
    notApplicable,
    tallies,
  };
}
