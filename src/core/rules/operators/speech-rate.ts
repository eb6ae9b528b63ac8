// Speech rate: spoken characters per minute of a turn, punctuation and spaces excluded
// (seed 002 礼仪: 吐字清晰平缓, 避免说话过快).
import { z } from 'zod';
import type { RawHit } from '../types.ts';
import { spokenLength, trimmedSpan } from './common.ts';
import { defineOperator } from './define.ts';
import { endOf, startOf } from './timing.ts';
import { hitMessage } from '../hit-messages.ts';

export const speechRate = defineOperator({
  id: 'speech-rate',
  names: { zh: '语速', en: 'Speech rate' },
  summary:
    'Hits a turn of at least `minChars` spoken characters whose rate is above `maxCpm` or below `minCpm`.',
  timing: true,
  midCall: true,
  textHits: false,
  defaultRole: 'agent',
  options: z
    .object({
      maxCpm: z.number().positive().optional(),
      minCpm: z.number().positive().optional(),
      minChars: z.number().int().min(1).default(15),
    })
    .refine((o) => o.maxCpm !== undefined || o.minCpm !== undefined, { message: 'give maxCpm or minCpm' }),
  compile(o) {
    return (view) => {
      const hits: RawHit[] = [];
      for (const i of view.turns) {
        const t = view.conversation.turns[i];
        const chars = spokenLength(t?.text ?? '');
        const ms = endOf(t) - startOf(t);
        if (t === undefined || chars < o.minChars || ms <= 0) continue;
        const cpm = Math.round((chars * 60_000) / ms);
        if ((o.maxCpm !== undefined && cpm > o.maxCpm) || (o.minCpm !== undefined && cpm < o.minCpm)) {
          hits.push({
            turn: i,
            ...trimmedSpan(t.text),
            atMs: startOf(t),
            durationMs: ms,
            ...hitMessage('speech-rate.cpm', { cpm }),
          });
        }
      }
      return { kind: 'hits', hits };
    };
  },
});
