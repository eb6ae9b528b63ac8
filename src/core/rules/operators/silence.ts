// Silence: the agent answers a customer turn only after `minMs`. Excused by a hold event covering the gap or by
// an announced wait in the agent's previous turn (请稍等/我帮您查一下; seed 004 长时间沉默不回应).
import { z } from 'zod';
import type { RawHit } from '../types.ts';
import { matchSchema, msSchema, phraseListSchema } from './common.ts';
import { defineOperator } from './define.ts';
import { endOf, startOf } from './timing.ts';

export const DEFAULT_WAIT_PHRASES = [
  '请稍等',
  '稍等',
  '请稍候',
  '稍候',
  '查一下',
  '查询一下',
  '帮您查',
  '为您查',
  '看一下',
  '核实一下',
  '确认一下',
  '正在为您',
  '请您耐心等待',
];

export const silence = defineOperator({
  id: 'silence',
  names: { zh: '静音', en: 'Silence' },
  summary:
    'Hits an agent turn that starts `minMs` or more after the customer turn before it, unless excused.',
  timing: true,
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
      for (const i of view.turns) {
        const prev = turns[i - 1];
        if (turns[i]?.role !== 'agent' || prev?.role !== 'customer') continue;
        const from = endOf(prev);
        const to = startOf(turns[i]);
        if (to - from < o.minMs) continue;
        const held = events.some((e) => e.type === 'hold' && e.startMs < to && e.endMs > from);
        let lastAgent = i - 1;
        while (lastAgent >= 0 && turns[lastAgent]?.role !== 'agent') lastAgent--;
        const announced = lastAgent >= 0 && view.phrases(excuses, lastAgent).length > 0;
        if (held || announced) continue;
        hits.push({
          turn: i,
          start: 0,
          end: 0,
          atMs: from,
          durationMs: to - from,
          message: `silent ${((to - from) / 1000).toFixed(1)} s`,
        });
      }
      return { kind: 'hits', hits };
    };
  },
});
