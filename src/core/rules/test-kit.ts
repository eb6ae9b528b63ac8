// Test kit for operator table tests: runs one condition through the real compiler and evaluator, so a table
// test exercises exactly what a pack author gets (scope, exceptions, not-applicable answers included).
import type { ConversationInput } from '../conversation/schema.ts';
import { conversationSchema } from '../conversation/schema.ts';
import { compilePack } from './compile.ts';
import { evaluate } from './evaluate.ts';

export interface SpanHit {
  turn: number;
  start: number;
  end: number;
  text: string;
}

export type ConditionResult = { na: true } | { na: false; hits: SpanHit[] };

const SCORECARD = {
  categories: {
    professional: { name: 'P', max: 30 },
    attitude: { name: 'A', max: 40 },
    language: { name: 'L', max: 30 },
  },
  items: [
    { id: 'test.item', name: 'test', category: 'language', judged: 'machine', deduction: 1, seed: 'test' },
  ],
};

/** A pack (as JSON text, which is valid YAML) holding one rule `t` with the given `when` tree. */
export function packText(when: unknown, match: unknown = { mode: 'exact' }): string {
  return JSON.stringify({
    pack: 'test',
    version: '1.0.0',
    match,
    scorecard: SCORECARD,
    rules: [{ id: 't', name: 't', seed: 'test', item: 'test.item', when }],
  });
}

export function runCondition(when: unknown, conversation: ConversationInput): ConditionResult {
  const pack = compilePack(packText(when), 'test.yaml');
  const result = evaluate(pack, conversationSchema.parse(conversation));
  if (result.notApplicable.includes('t')) return { na: true };
  return {
    na: false,
    hits: result.hits
      .filter((h) => h.rule === 't')
      .map(({ turn, start, end, text }) => ({ turn, start, end, text })),
  };
}

/** Shorthand for conversations: `['a', '您好']` is an agent turn, `['c', …]` a customer turn, optional times. */
export function conv(
  turns: readonly (readonly ['a' | 'c', string, number?, number?])[],
  extra: Partial<ConversationInput> = {},
): ConversationInput {
  return {
    id: 't',
    turns: turns.map(([r, text, startMs, endMs]) => ({
      role: r === 'a' ? 'agent' : 'customer',
      text,
      ...(startMs === undefined ? {} : { startMs }),
      ...(endMs === undefined ? {} : { endMs }),
    })),
    ...extra,
  };
}

export interface TableCase {
  name: string;
  when: Record<string, unknown>;
  conversation: ConversationInput;
}
export interface InvalidCase extends TableCase {
  hits: SpanHit[];
}
