// Agent hung up first (seed 002 主动随意挂机) unless seed 003's 挂机规范 allows it:
//  - regular caller: the customer confirmed no further needs and about 2 s passed (客户明确说明没有其他需求后, 等2秒左右);
//  - abusive caller: the agent warned first (员工提醒之后, 拒不改正的, 直接挂机);
//  - non-routine caller: the agent explained repeatedly (多次解释不接受后, 礼貌挂线).
import { z } from 'zod';
import type { ConditionView, PhraseHandle } from '../types.ts';
import { matchSchema, msSchema, phraseListSchema } from './common.ts';
import { defineOperator } from './define.ts';
import { endOf, turnAt } from './timing.ts';

export const DEFAULT_NO_FURTHER_NEEDS = [
  '没有了',
  '没有其他',
  '没其他',
  '没别的',
  '没有别的',
  '不用了',
  '没事了',
  '就这些',
  '就这样',
  '没问题了',
  '没什么了',
  '好的谢谢',
  '谢谢',
  '再见',
  '拜拜',
];
export const DEFAULT_WARNINGS = [
  '请您文明用语',
  '请文明用语',
  '请注意您的用语',
  '请注意用语',
  '如果您继续',
  '我将挂断',
  '将结束通话',
  '线路故障',
  '请挂机',
];
export const DEFAULT_EXPLANATIONS = [
  '已经跟您解释',
  '已经为您解释',
  '再跟您解释',
  '再为您解释',
  '再次跟您说明',
  '再次为您说明',
  '已经跟您说明',
  '已经为您说明',
];

function count(view: ConditionView, handle: PhraseHandle, role: 'agent' | 'customer', upTo: number): number {
  let n = 0;
  for (let i = 0; i <= upTo; i++)
    if (view.conversation.turns[i]?.role === role) n += view.phrases(handle, i).length;
  return n;
}

export const agentHangup = defineOperator({
  id: 'agent-hangup',
  names: { zh: '坐席先挂机', en: 'Agent hung up first' },
  summary: 'Hits an agent hang-up that the hang-up norms of seed 003 do not allow.',
  timing: true,
  textHits: false,
  defaultRole: 'any',
  options: z.object({
    minSilenceMs: msSchema.default(2000),
    noFurtherNeeds: phraseListSchema.default(DEFAULT_NO_FURTHER_NEEDS),
    /** How many of the last customer turns may hold the confirmation. */
    confirmTurns: z.number().int().min(1).default(2),
    warnings: phraseListSchema.default(DEFAULT_WARNINGS),
    explanations: phraseListSchema.default(DEFAULT_EXPLANATIONS),
    minExplanations: z.number().int().min(1).default(2),
    match: matchSchema.optional(),
  }),
  compile(o, ctx) {
    const confirm = ctx.phrases(o.noFurtherNeeds, o.match);
    const warn = ctx.phrases(o.warnings, o.match);
    const explain = ctx.phrases(o.explanations, o.match);
    return (view) => {
      const { turns, events = [] } = view.conversation;
      const hangup = events.find((e) => e.type === 'hangup');
      if (hangup?.type !== 'hangup') return { kind: 'na', reason: 'no hangup event' };
      if (hangup.by !== 'agent') return { kind: 'hits', hits: [] };
      const last = turnAt(turns, hangup.atMs);
      if (last < 0)
        return {
          kind: 'hits',
          hits: [
            { turn: 0, start: 0, end: 0, atMs: hangup.atMs, message: 'agent hung up before anyone spoke' },
          ],
        };
      const lastEnd = Math.max(...turns.slice(0, last + 1).map((t) => endOf(t)));
      const customerTurns = turns
        .map((t, i) => (t.role === 'customer' && i <= last ? i : -1))
        .filter((i) => i >= 0)
        .slice(-o.confirmTurns);
      const confirmed =
        customerTurns.some((i) => view.phrases(confirm, i).length > 0) &&
        hangup.atMs - lastEnd >= o.minSilenceMs;
      const warned = count(view, warn, 'agent', last) > 0;
      const explained = count(view, explain, 'agent', last) >= o.minExplanations;
      if (confirmed || warned || explained) return { kind: 'hits', hits: [] };
      let anchor = last;
      while (anchor > 0 && turns[anchor]?.role !== 'agent') anchor--;
      return {
        kind: 'hits',
        hits: [
          {
            turn: anchor,
            start: 0,
            end: 0,
            atMs: hangup.atMs,
            message: 'agent hung up first without a reason the hang-up norms allow',
          },
        ],
      };
    };
  },
});
