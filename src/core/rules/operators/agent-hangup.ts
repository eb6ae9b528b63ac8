// Agent hung up first (seed 002 主动随意挂机) unless seed 003's 挂机规范 allows it:
//  - regular caller: the customer's LAST words confirmed no further needs and about 2 s passed (客户明确说明没有其他
//    需求后, 等2秒左右): a 谢谢 followed by a new question, or an earlier 没有了 before another request, allows nothing;
//  - abusive caller: the agent warned and the caller did not stop (员工提醒之后, 拒不改正的, 直接挂机): once the
//    caller speaks normally after the warning, the warning no longer excuses a hang-up;
//  - non-routine caller: the agent explained repeatedly (多次解释不接受后, 礼貌挂线).
import { z } from 'zod';
import type { ConditionView, PhraseHandle } from '../types.ts';
import { matchSchema, msSchema, phraseListSchema } from './common.ts';
import { defineOperator } from './define.ts';
import { endOf, turnAt } from './timing.ts';
import { hitMessage } from '../hit-messages.ts';

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
  '没啥事',
  '没啥了',
  '没了',
  '都清楚了',
  '清楚了',
  '明白了',
  '知道了',
  '挂了',
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
/** The caller keeps abusing (transcripts also mark it as （辱骂）). */
export const DEFAULT_ABUSE = [
  '辱骂',
  '他妈',
  '妈的',
  '滚',
  '傻逼',
  '有病',
  '神经病',
  '混蛋',
  '王八蛋',
  '去死',
  '废物',
  '少废话',
  '闭嘴',
  '骂',
];
/** In the confirming turn: a new request (那我再问一下, 还有一个问题, 我的积分怎么没了, a question). */
const NEW_REQUEST = /再问|问一下|问下|想问|还有|怎么|什么|吗|？|\?|帮我|能不能|可不可以|等一下|等等/u;

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
  midCall: false,
  textHits: false,
  defaultRole: 'any',
  options: z.object({
    minSilenceMs: msSchema.default(2000),
    noFurtherNeeds: phraseListSchema.default(DEFAULT_NO_FURTHER_NEEDS),
    /** Kept for packs that set it; the confirmation must be in the customer's last turn. */
    confirmTurns: z.number().int().min(1).default(1),
    warnings: phraseListSchema.default(DEFAULT_WARNINGS),
    abuse: phraseListSchema.default(DEFAULT_ABUSE),
    explanations: phraseListSchema.default(DEFAULT_EXPLANATIONS),
    minExplanations: z.number().int().min(1).default(2),
    match: matchSchema.optional(),
  }),
  compile(o, ctx) {
    // Each list is read in one side's turns (the condition itself looks at the whole call).
    const confirm = ctx.phrases(o.noFurtherNeeds, o.match, 'customer');
    const warn = ctx.phrases(o.warnings, o.match, 'agent');
    const explain = ctx.phrases(o.explanations, o.match, 'agent');
    const abuse = ctx.phrases(o.abuse, o.match, 'customer');
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
            { turn: 0, start: 0, end: 0, atMs: hangup.atMs, ...hitMessage('agent-hangup.before-speech') },
          ],
        };
      const lastEnd = Math.max(...turns.slice(0, last + 1).map((t) => endOf(t)));
      let lastCustomer = last;
      while (lastCustomer >= 0 && turns[lastCustomer]?.role !== 'customer') lastCustomer--;
      const confirmedIn = (i: number): boolean =>
        view.phrases(confirm, i).length > 0 && !NEW_REQUEST.test(turns[i]?.text ?? '');
      const confirmed =
        lastCustomer >= 0 && confirmedIn(lastCustomer) && hangup.atMs - lastEnd >= o.minSilenceMs;
      let lastWarning = last;
      while (
        lastWarning >= 0 &&
        !(turns[lastWarning]?.role === 'agent' && view.phrases(warn, lastWarning).length > 0)
      )
        lastWarning--;
      let ignored = lastWarning >= 0;
      for (let i = lastWarning + 1; i <= last && ignored; i++)
        if (turns[i]?.role === 'customer') ignored = view.phrases(abuse, i).length > 0;
      const warned = ignored;
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
            ...hitMessage('agent-hangup.not-allowed'),
          },
        ],
      };
    };
  },
});
