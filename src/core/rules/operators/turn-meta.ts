// What the ASR vendor measured per sentence and the text cannot show (src/importers/README.md: Alibaba Cloud
// SpeechRate / EmotionValue, Tencent and Huawei speech rate, kept as turn `meta`): a turn whose numeric `field` is
// above `above` or below `below`. Seed 002 礼仪 asks for a calm, unhurried voice (吐字清晰平缓, 避免说话过快); seed 004
// asks leaders to step in while a customer's anger is still forming. A turn without the field is not judged, and a
// conversation where no in-scope turn carries it is not applicable, so the rule never fires on data that lacks it.
import { z } from 'zod';
import type { RawHit } from '../types.ts';
import { trimmedSpan } from './common.ts';
import { defineOperator } from './define.ts';
import { hitMessage } from '../hit-messages.ts';

export const turnMeta = defineOperator({
  id: 'turn-meta',
  names: { zh: '语句测量值', en: 'Turn measurement' },
  summary:
    'Hits a turn whose numeric `meta[field]` (speech rate, emotion… as measured by the ASR vendor) is above `above` or below `below`.',
  timing: false,
  midCall: true,
  textHits: false,
  defaultRole: 'any',
  options: z
    .object({
      field: z
        .string()
        .min(1)
        .max(64)
        .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'a meta field name such as speechRate or emotionValue'),
      above: z.number().finite().optional(),
      below: z.number().finite().optional(),
    })
    .refine((o) => o.above !== undefined || o.below !== undefined, { message: 'give above or below' }),
  compile(o) {
    return (view) => {
      const hits: RawHit[] = [];
      let measured = 0;
      for (const i of view.turns) {
        const t = view.conversation.turns[i];
        const v = t?.meta?.[o.field];
        if (t === undefined || typeof v !== 'number' || !Number.isFinite(v)) continue;
        measured++;
        if ((o.above !== undefined && v > o.above) || (o.below !== undefined && v < o.below))
          hits.push({
            turn: i,
            ...trimmedSpan(t.text),
            ...(t.startMs === undefined ? {} : { atMs: t.startMs }),
            ...hitMessage('turn-meta.value', { field: o.field, value: v }),
          });
      }
      if (measured === 0) return { kind: 'na', reason: `no turn carries meta.${o.field}` };
      return { kind: 'hits', hits };
    };
  },
});
