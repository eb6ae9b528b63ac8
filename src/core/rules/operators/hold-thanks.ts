// Hold without thanks: after each hold the agent's next turn(s) must thank the customer for waiting
// (seed 002 客户等候时: 当你回到话筒旁, 要先谢谢客户等候 "谢谢您的耐心等待"; seed 000 prefers 感谢 over 抱歉久等).
import { z } from 'zod';
import type { RawHit } from '../types.ts';
import { matchSchema, msSchema, phraseListSchema } from './common.ts';
import { defineOperator } from './define.ts';
import { startOf } from './timing.ts';
import { hitMessage } from '../hit-messages.ts';

export const DEFAULT_THANKS = [
  '谢谢您的耐心等待',
  '感谢您的耐心等待',
  '感谢您的等待',
  '谢谢您的等待',
  '感谢耐心等待',
  '谢谢耐心等待',
  '感谢您的耐心',
  '谢谢您的耐心',
  '久等了',
  '让您久等',
  // the usual wordings beyond seed 002's sentence: 感谢您耐心等候, 谢谢您久等, 多谢您的等待, 谢谢等待
  '久等',
  '耐心等',
  '等候',
  '谢谢等待',
  '感谢等待',
  '多谢您的等待',
  '谢谢您的等',
  '感谢您的等',
];

export const holdThanks = defineOperator({
  id: 'hold-thanks',
  names: { zh: '保持后致谢', en: 'Thanks after hold' },
  summary:
    'Hits the first agent turn after a hold when none of the next `withinTurns` agent turns thanks the customer.',
  timing: true,
  midCall: false,
  textHits: false,
  defaultRole: 'agent',
  options: z.object({
    phrases: phraseListSchema.default(DEFAULT_THANKS),
    withinTurns: z.number().int().min(1).default(1),
    /** Agent turns starting this much before the hold ends still count as "after" (clock skew). */
    toleranceMs: msSchema.default(500),
    match: matchSchema.optional(),
  }),
  compile(o, ctx) {
    const thanks = ctx.phrases(o.phrases, o.match);
    return (view) => {
      const { turns, events = [] } = view.conversation;
      const holds = events.filter((e) => e.type === 'hold');
      if (holds.length === 0) return { kind: 'na', reason: 'no hold' };
      const hits: RawHit[] = [];
      for (const h of holds) {
        const after = view.turns
          .filter((i) => turns[i]?.role === 'agent' && startOf(turns[i]) >= h.endMs - o.toleranceMs)
          .slice(0, o.withinTurns);
        const first = after[0];
        if (first === undefined || after.some((i) => view.phrases(thanks, i).length > 0)) continue;
        hits.push({ turn: first, start: 0, end: 0, atMs: h.endMs, ...hitMessage('hold-thanks.missing') });
      }
      return { kind: 'hits', hits };
    };
  },
});
