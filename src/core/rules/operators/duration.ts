// Call or hold duration outside bounds (call: from 0 to the hang-up event, else to the end of the last turn).
import { z } from 'zod';
import type { RawHit } from '../types.ts';
import { msSchema } from './common.ts';
import { defineOperator } from './define.ts';
import { endOf, turnAt } from './timing.ts';
import { hitMessage } from '../hit-messages.ts';

export const duration = defineOperator({
  id: 'duration',
  names: { zh: '时长', en: 'Duration' },
  summary:
    'Hits the call (`of: call`) or each hold (`of: hold`) lasting more than `maxMs` or less than `minMs`.',
  timing: true,
  midCall: false,
  textHits: false,
  defaultRole: 'any',
  options: z
    .object({ of: z.enum(['call', 'hold']), maxMs: msSchema.optional(), minMs: msSchema.optional() })
    .refine((o) => o.maxMs !== undefined || o.minMs !== undefined, { message: 'give maxMs or minMs' }),
  compile(o) {
    const out = (ms: number): boolean =>
      (o.maxMs !== undefined && ms > o.maxMs) || (o.minMs !== undefined && ms < o.minMs);
    return (view) => {
      const { turns, events = [] } = view.conversation;
      if (turns.length === 0) return { kind: 'na', reason: 'no turns' };
      const hits: RawHit[] = [];
      switch (o.of) {
        case 'call': {
          const hangup = events.find((e) => e.type === 'hangup');
          const ms = hangup?.type === 'hangup' ? hangup.atMs : Math.max(...turns.map((t) => endOf(t)));
          if (out(ms))
            hits.push({
              turn: turns.length - 1,
              start: 0,
              end: 0,
              atMs: 0,
              durationMs: ms,
              ...hitMessage('duration.call', { seconds: Math.round(ms / 1000) }),
            });
          break;
        }
        case 'hold':
          for (const e of events) {
            if (e.type !== 'hold' || !out(e.endMs - e.startMs)) continue;
            const turn = Math.max(0, turnAt(turns, e.startMs));
            hits.push({
              turn,
              start: 0,
              end: 0,
              atMs: e.startMs,
              durationMs: e.endMs - e.startMs,
              ...hitMessage('duration.hold', { seconds: Math.round((e.endMs - e.startMs) / 1000) }),
            });
          }
          break;
      }
      return { kind: 'hits', hits };
    };
  },
});
