// Proximity: A within N characters (same turn) or N turns of B (before or after A, or only after it with
// `direction: after`); with `absent: true`, A without B nearby.
import { z } from 'zod';
import type { ConditionView, PhraseHandle, RawHit, RoleScope } from '../types.ts';
import { matchSchema, phraseListSchema } from './common.ts';
import { defineOperator } from './define.ts';

const roleOf = (view: ConditionView, turn: number): string | undefined => view.conversation.turns[turn]?.role;

function bNear(
  view: ConditionView,
  b: PhraseHandle,
  bRole: RoleScope,
  turn: number,
  start: number,
  end: number,
  within: { chars?: number | undefined; turns?: number | undefined },
  direction: 'around' | 'after',
): boolean {
  if (within.turns !== undefined) {
    const lo = direction === 'after' ? turn : Math.max(0, turn - within.turns);
    const hi = Math.min(view.conversation.turns.length - 1, turn + within.turns);
    for (let t = lo; t <= hi; t++) {
      if (bRole !== 'any' && roleOf(view, t) !== bRole) continue;
      if (view.phrases(b, t).length > 0) return true;
    }
    return false;
  }
  const n = within.chars ?? 0;
  return view.phrases(b, turn).some((m) => m.start - end <= n && start - m.end <= n);
}

export const proximity = defineOperator({
  id: 'proximity',
  names: { zh: '邻近', en: 'Proximity' },
  summary:
    'Hits A when B is (or, with `absent`, is not) within `within.chars` characters or `within.turns` turns.',
  timing: false,
  midCall: false,
  textHits: true,
  defaultRole: 'agent',
  options: z.object({
    a: phraseListSchema,
    b: phraseListSchema,
    within: z
      .object({ chars: z.number().int().min(0).optional(), turns: z.number().int().min(0).optional() })
      .strict()
      .refine((w) => (w.chars === undefined) !== (w.turns === undefined), {
        message: 'give exactly one of chars or turns',
      }),
    absent: z.boolean().default(false),
    /** Whose turns may hold B when `within.turns` is used. */
    bRole: z.enum(['agent', 'customer', 'any']).default('any'),
    /**
     * With `within.turns`: where B may be. `around` (default) before or after A; `after` only in A's turn and the
     * turns that follow it — an answer to A (soothing after a complaint), which an earlier turn cannot give.
     */
    direction: z.enum(['around', 'after']).default('around'),
    match: matchSchema.optional(),
  }),
  compile(o, ctx) {
    const a = ctx.phrases(o.a, o.match);
    // B is read in `bRole`'s turns when B is looked for in nearby turns, else in A's own turn.
    const b = ctx.phrases(o.b, o.match, o.within.turns === undefined ? undefined : o.bRole);
    return (view) => {
      const hits: RawHit[] = [];
      for (const turn of view.turns) {
        for (const m of view.phrases(a, turn)) {
          if (bNear(view, b, o.bRole, turn, m.start, m.end, o.within, o.direction) !== o.absent)
            hits.push({ turn, start: m.start, end: m.end });
        }
      }
      return { kind: 'hits', hits };
    };
  },
});
