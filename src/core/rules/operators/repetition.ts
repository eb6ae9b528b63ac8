// Repetition: the same clause (punctuation and spaces ignored) said `minTimes` times in the in-scope turns.
// Mechanical repetition is the sign seed 001 describes of an agent not listening (事件判断不正确).
import { z } from 'zod';
import type { RawHit } from '../types.ts';
import { nonSpokenUnits, spokenEquals, spokenHashIfLong } from './common.ts';
import { defineOperator } from './define.ts';
import { hitMessage } from '../hit-messages.ts';

/** Clause ends: commas and sentence punctuation (，,。！？!?；;\n). */
const CLAUSE_END = new Uint8Array(0x10000);
for (const ch of '，,。！？!?；;\n') CLAUSE_END[ch.charCodeAt(0)] = 1;

/** Clauses of a turn with their spans, split at commas and sentence punctuation, trimmed of non-spoken units. */
export function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const nonSpoken = nonSpokenUnits();
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && CLAUSE_END[text.charCodeAt(i)] !== 1) continue;
    let s = start;
    let e = i;
    while (s < e && nonSpoken[text.charCodeAt(s)] === 1) s++;
    while (e > s && nonSpoken[text.charCodeAt(e - 1)] === 1) e--;
    if (e > s) out.push({ start: s, end: e });
    start = i + 1;
  }
  return out;
}

/** A clause said before (its first occurrence) and how often; chained on hash collisions. */
interface Said {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  times: number;
  readonly next: Said | undefined;
}

export const repetition = defineOperator({
  id: 'repetition',
  names: { zh: '重复', en: 'Repetition' },
  summary:
    'Hits a sentence the speaker says for the `minTimes`-th time (sentences of at least `minChars` spoken characters).',
  timing: false,
  midCall: true,
  textHits: true,
  defaultRole: 'agent',
  options: z.object({
    minTimes: z.number().int().min(2).default(3),
    minChars: z.number().int().min(1).default(6),
  }),
  compile(o) {
    return (view) => {
      // Clauses seen so far, by the hash of their spoken characters (collisions chained and compared):
      // no key string per clause on this per-turn path.
      const seen = new Map<number, Said>();
      const hits: RawHit[] = [];
      const nonSpoken = nonSpokenUnits();
      for (const turn of view.turns) {
        const text = view.conversation.turns[turn]?.text ?? '';
        // The clauses of sentences(), walked in place: this runs on every agent turn.
        let from = 0;
        for (let i = 0; i <= text.length; i++) {
          if (i < text.length && CLAUSE_END[text.charCodeAt(i)] !== 1) continue;
          let s = from;
          let e = i;
          from = i + 1;
          while (s < e && nonSpoken[text.charCodeAt(s)] === 1) s++;
          while (e > s && nonSpoken[text.charCodeAt(e - 1)] === 1) e--;
          // Most clauses are too short to matter.
          if (e - s < o.minChars) continue;
          const h = spokenHashIfLong(text, s, e, o.minChars);
          if (h < 0) continue;
          const head = seen.get(h);
          let said = head;
          while (said !== undefined && !spokenEquals(said.text, said.start, said.end, text, s, e))
            said = said.next;
          if (said === undefined) {
            said = { text, start: s, end: e, times: 0, next: head };
            seen.set(h, said);
          }
          said.times++;
          if (said.times === o.minTimes)
            hits.push({ turn, start: s, end: e, ...hitMessage('repetition.said', { times: said.times }) });
        }
      }
      return { kind: 'hits', hits };
    };
  },
});
