// Phrase list on the text layer, with its variant options (mode, fillers, stutter, homophones, gaps).
// Used for seed 002's 违禁词语 and every other list of words an agent must or must not say.
import { z } from 'zod';
import { NO_HITS, inList } from '../types.ts';
import type { RawHit } from '../types.ts';
import { matchSchema, phraseListSchema } from './common.ts';
import { defineOperator } from './define.ts';

export const phrase = defineOperator({
  id: 'phrase',
  names: { zh: '词句列表', en: 'Phrase list' },
  summary: 'Hits every occurrence of a listed phrase in the in-scope turns.',
  timing: false,
  midCall: true,
  textHits: true,
  defaultRole: 'agent',
  options: z.object({ phrases: phraseListSchema, match: matchSchema.optional() }),
  compile(o, ctx) {
    const list = ctx.phrases(o.phrases, o.match);
    return (view) => {
      let hits: RawHit[] | undefined; // allocated on the first hit: most conditions find nothing
      for (const turn of view.turns) {
        for (const m of view.matches(list, turn)) {
          if (!inList(list, m)) continue;
          const suggestion = list.suggestions[m.phrase - list.offset];
          (hits ??= []).push(
            suggestion === undefined
              ? { turn, start: m.start, end: m.end }
              : { turn, start: m.start, end: m.end, suggestion },
          );
        }
      }
      return hits === undefined ? NO_HITS : { kind: 'hits', hits };
    };
  },
});
