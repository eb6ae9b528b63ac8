// Interruption: the agent starts while the customer is still speaking, overlapping at least `minOverlapMs`
// (seed 000 禁忌: 客户讲话时轻易打断客户、插话). Short backchannels (嗯/好的/对) are listening, not interrupting.
import { z } from 'zod';
import type { RawHit } from '../types.ts';
import { matchSchema, msSchema, phraseListSchema, spokenLength, trimmedSpan } from './common.ts';
import { defineOperator } from './define.ts';
import { endOf, startOf } from './timing.ts';
import { hitMessage } from '../hit-messages.ts';

export const DEFAULT_BACKCHANNELS = ['嗯', '好的', '好', '对', '是的', '是', '明白', '哦', '行'];

export const interruption = defineOperator({
  id: 'interruption',
  names: { zh: '抢话', en: 'Interruption' },
  summary: 'Hits an agent turn that starts inside a customer turn and overlaps it by `minOverlapMs` or more.',
  timing: true,
  midCall: true,
  textHits: false,
  defaultRole: 'agent',
  options: z.object({
    minOverlapMs: msSchema.default(1000),
    /** Agent turns made only of these (and at most `backchannelChars` spoken characters) are ignored. */
    backchannels: phraseListSchema.default(DEFAULT_BACKCHANNELS),
    backchannelChars: z.number().int().min(0).default(4),
    match: matchSchema.optional(),
  }),
  compile(o, ctx) {
    const back = ctx.phrases(o.backchannels, o.match);
    return (view) => {
      const { turns } = view.conversation;
      const hits: RawHit[] = [];
      for (const i of view.turns) {
        const a = turns[i];
        if (a?.role !== 'agent') continue;
        const as = startOf(a);
        let overlap = 0;
        let at = 0;
        for (const c of turns) {
          if (c.role !== 'customer') continue;
          const cs = startOf(c);
          const ce = endOf(c);
          if (cs < as && as < ce) {
            const ov = Math.min(endOf(a), ce) - as;
            if (ov > overlap) [overlap, at] = [ov, as];
          }
        }
        if (overlap < o.minOverlapMs) continue;
        if (spokenLength(a.text) <= o.backchannelChars && view.phrases(back, i).length > 0) continue;
        hits.push({
          turn: i,
          ...trimmedSpan(a.text),
          atMs: at,
          durationMs: overlap,
          ...hitMessage('interruption.overlap', { ms: overlap }),
        });
      }
      return { kind: 'hits', hits };
    };
  },
});
