// Silence: after a customer turn nobody speaks for `minMs`, until the agent answers or the customer breaks the
// silence (喂？还在吗？ ends a silence that counts: seed 004 长时间沉默不回应). Excused by a hold event covering the
// gap or by the agent announcing their own wait in the previous agent turn (请稍等/我帮您查一下); 您看一下短信 asks
// the customer to look and announces nothing.
import { z } from 'zod';
import type { RawHit } from '../types.ts';
import { matchSchema, msSchema, phraseListSchema } from './common.ts';
import { defineOperator } from './define.ts';
import { endOf, startOf } from './timing.ts';
import { hitMessage } from '../hit-messages.ts';

export const DEFAULT_WAIT_PHRASES = [
  '请稍等',
  '稍等',
  '请稍候',
  '稍候',
  { pattern: '查一下', notPrecededBy: ['您', '你'] },
  '查询一下',
  '帮您查',
  '为您查',
  { pattern: '看一下', notPrecededBy: ['您', '你'] },
  '核实一下',
  '确认一下',
  '正在为您',
  '请您耐心等待',
];

// What a customer says to let the agent go and look: agreement, thanks, "I'll wait". Anything else is a new request.
// Single tokens repeated by the one outer `+` (no nested quantifiers, so matching stays linear on short text).
const ACKNOWLEDGEMENT =
  /^(?:好的|好吧|好|嗯|恩|哦|噢|喔|行|可以|ok|okay|没问题|谢谢|麻烦|辛苦|收到|知道|明白|我等|等|着|查|一下|你|您|那|了|啊|呀|哈|吧|[\s，。、！!,.~～…])+$/iu;

/** Whether a customer turn only acknowledges the agent's announcement (short, and nothing but agreement). */
function acknowledges(text: string): boolean {
  return text.length <= 24 && ACKNOWLEDGEMENT.test(text.trim());
}

export const silence = defineOperator({
  id: 'silence',
  names: { zh: '静音', en: 'Silence' },
  summary:
    'Hits an agent turn that starts `minMs` or more after the customer turn before it, unless excused.',
  timing: true,
  midCall: true,
  textHits: false,
  defaultRole: 'agent',
  options: z.object({
    minMs: msSchema.default(10_000),
    excuses: phraseListSchema.default(DEFAULT_WAIT_PHRASES),
    match: matchSchema.optional(),
  }),
  compile(o, ctx) {
    const excuses = ctx.phrases(o.excuses, o.match);
    return (view) => {
      const { turns, events = [] } = view.conversation;
      const hits: RawHit[] = [];
      // The agent's in-scope turns, and the customer turns that break a silence (they are never in an agent scope).
      const inScope = new Set(view.turns);
      for (let i = 1; i < turns.length; i++) {
        if (!inScope.has(i) && turns[i]?.role !== 'customer') continue;
        const prev = turns[i - 1];
        const role = turns[i]?.role;
        if ((role !== 'agent' && role !== 'customer') || prev?.role !== 'customer') continue;
        const from = endOf(prev);
        const to = startOf(turns[i]);
        if (to - from < o.minMs) continue;
        const held = events.some((e) => e.type === 'hold' && e.startMs < to && e.endMs > from);
        let lastAgent = i - 1;
        while (lastAgent >= 0 && turns[lastAgent]?.role !== 'agent') lastAgent--;
        let onlyAcknowledged = true;
        for (let k = lastAgent + 1; k < i && onlyAcknowledged; k++) {
          const t = turns[k];
          if (t?.role === 'customer') onlyAcknowledged = acknowledges(t.text);
        }
        const announced = lastAgent >= 0 && onlyAcknowledged && view.phrases(excuses, lastAgent).length > 0;
        if (held || announced) continue;
        hits.push({
          turn: i,
          start: 0,
          end: 0,
          atMs: from,
          durationMs: to - from,
          ...hitMessage('silence.silent', { seconds: ((to - from) / 1000).toFixed(1) }),
        });
      }
      return { kind: 'hits', hits };
    };
  },
});
