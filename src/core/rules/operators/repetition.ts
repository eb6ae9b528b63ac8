// Repetition: the same clause (punctuation and spaces ignored) said `minTimes` times in the in-scope turns.
// Mechanical repetition is the sign seed 001 describes of an agent not listening (事件判断不正确).
import { z } from 'zod';
import type { RawHit } from '../types.ts';
import { foldSpoken, NON_SPOKEN } from './common.ts';
import { defineOperator } from './define.ts';

const SENTENCE_END_ALL = /[，,。！？!?；;\n]/gu;

/** Clauses of a turn with their spans, split at commas and sentence punctuation. */
export function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const ends = [...text.matchAll(SENTENCE_END_ALL)].map((m) => m.index);
  ends.push(text.length);
  for (const i of ends) {
    let s = start;
    let e = i;
    while (s < e && NON_SPOKEN.test(text[s] ?? '')) s++;
    while (e > s && NON_SPOKEN.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e });
    start = i + 1;
  }
  return out;
}

export const repetition = defineOperator({
  id: 'repetition',
  names: { zh: '重复', en: 'Repetition' },
  summary:
    'Hits a sentence the speaker says for the `minTimes`-th time (sentences of at least `minChars` spoken characters).',
  timing: false,
  textHits: true,
  defaultRole: 'agent',
  options: z.object({
    minTimes: z.number().int().min(2).default(3),
    minChars: z.number().int().min(1).default(6),
  }),
  compile(o) {
    return (view) => {
      const seen = new Map<string, number>();
      const hits: RawHit[] = [];
      for (const turn of view.turns) {
        const text = view.conversation.turns[turn]?.text ?? '';
        for (const s of sentences(text)) {
          const key = foldSpoken(text.slice(s.start, s.end));
          if (key.length < o.minChars) continue;
          const n = (seen.get(key) ?? 0) + 1;
          seen.set(key, n);
          if (n === o.minTimes) hits.push({ turn, start: s.start, end: s.end, message: `said ${n} times` });
        }
      }
      return { kind: 'hits', hits };
    };
  },
});
