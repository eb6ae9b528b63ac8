// Sequence / flow: X must be said before Y (e.g. verify identity before disclosing account details).
// Hits the first Y that no earlier X precedes.
import { z } from 'zod';
import { matchSchema, phraseListSchema } from './common.ts';
import { defineOperator } from './define.ts';

export const sequence = defineOperator({
  id: 'sequence',
  names: { zh: '顺序', en: 'Sequence' },
  summary: 'Hits the first `then` phrase said before any `before` phrase in the in-scope turns.',
  timing: false,
  midCall: true,
  textHits: true,
  defaultRole: 'agent',
  options: z.object({ before: phraseListSchema, then: phraseListSchema, match: matchSchema.optional() }),
  compile(o, ctx) {
    const x = ctx.phrases(o.before, o.match);
    const y = ctx.phrases(o.then, o.match);
    return (view) => {
      for (const turn of view.turns) {
        const xs = view.phrases(x, turn);
        const firstX = xs.length > 0 ? Math.min(...xs.map((m) => m.start)) : Infinity;
        const early = view.phrases(y, turn).find((m) => m.start < firstX);
        if (early !== undefined)
          return { kind: 'hits', hits: [{ turn, start: early.start, end: early.end }] };
        if (xs.length > 0) return { kind: 'hits', hits: [] };
      }
      return { kind: 'hits', hits: [] };
    };
  },
});
