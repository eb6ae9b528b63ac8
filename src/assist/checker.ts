// Agent assist (docs/product.md "Integration endpoints"): check one outgoing chat message before it is sent, with the
// published pack's message-level rules — forbidden phrases (seed 002 违禁词语), harsh tone and shirking (seed 000
// 禁忌), filler words, habitual phrasing with its professional replacement (seed 000 习惯用语 → 专业表达).
// Built once per pack version: the rules that can fire on a single message are selected up front, so a check is
// one evaluation of a one-turn conversation over a small pack.
import type { CompiledPack, CompiledRule } from '../core/rules/index.ts';
import { evaluate } from '../core/rules/index.ts';
import type { RuleNode } from '../core/rules/types.ts';

export type AssistSeverity = 'block' | 'warn' | 'info';

export interface AssistHit {
  rule: string;
  name: string;
  /** UTF-16 offsets into the checked text: `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  suggestion?: string;
  severity: AssistSeverity;
}

export interface AssistResult {
  hits: AssistHit[];
  /** True when a hit must stop the message (the agent rephrases, e.g. with the suggestion). */
  block: boolean;
}

export interface AssistChecker {
  readonly packId: string;
  readonly revision: number;
  readonly rules: readonly string[];
  check(text: string, channel: 'chat' | 'voice'): AssistResult;
}

/**
 * Rules whose hit stops the message: saying them to a customer is a violation in itself (seed 002 客服违禁词语;
 * seed 000 禁忌 (5) 责问反问训斥, (8) 搪塞推诿, (10) 语气生硬顶撞). Other deducting rules warn; flags inform.
 */
export const BLOCKING_RULES: ReadonlySet<string> = new Set(['forbidden-phrase', 'harsh-tone', 'shirking']);

/**
 * Text operators that look at one turn's words (the learned classifier included: it scores one utterance);
 * everything else needs the whole conversation (times, events).
 */
const MESSAGE_OPS: ReadonlySet<string> = new Set(['phrase', 'regex', 'classifier']);

function messageLevel(node: RuleNode): boolean {
  switch (node.kind) {
    case 'all':
    case 'any':
      return node.children.every(messageLevel);
    case 'not':
      // An absence (no greeting, no apology) is a property of the conversation, not of one message.
      return false;
    case 'condition':
      return MESSAGE_OPS.has(node.op) && node.role !== 'customer' && node.position.kind === 'whole';
  }
}

function severityOf(rule: CompiledRule): AssistSeverity {
  if (BLOCKING_RULES.has(rule.id)) return 'block';
  return rule.flag || rule.deduction === 0 ? 'info' : 'warn';
}

export function buildChecker(pack: CompiledPack, revision: number): AssistChecker {
  const rules = pack.rules.filter((r) => messageLevel(r.tree));
  const small: CompiledPack = { ...pack, rules };
  const byId = new Map(rules.map((r) => [r.id, r]));
  return {
    packId: pack.id,
    revision,
    rules: rules.map((r) => r.id),
    check(text, channel) {
      const r = evaluate(small, { id: 'assist', channel, turns: [{ role: 'agent', text }] });
      const hits: AssistHit[] = [];
      for (const h of r.hits) {
        if (h.turn !== 0 || h.end <= h.start) continue;
        const rule = byId.get(h.rule);
        const suggestion = h.suggestion ?? rule?.suggestion;
        hits.push({
          rule: h.rule,
          name: rule?.name ?? h.rule,
          start: h.start,
          end: h.end,
          text: h.text,
          ...(suggestion === undefined ? {} : { suggestion }),
          // A suggested hit (the learned layer below its rule's deducting threshold) is a doubt, not a verdict:
          // it warns the agent but never stops the message.
          severity: h.suggested === true ? 'warn' : rule ? severityOf(rule) : 'warn',
        });
      }
      hits.sort((a, b) => a.start - b.start || a.end - b.end);
      return { hits, block: hits.some((h) => h.severity === 'block') };
    },
  };
}
