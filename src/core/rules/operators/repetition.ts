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

/** A clause said before (its first occurrence) and how often. */
interface Said {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly hash: number;
  times: number;
}

/** Above this many distinct clauses a conversation's table is indexed by hash instead of read through. */
const LINEAR_MAX = 64;

/**
 * The distinct clauses of one evaluation. A chat or a short call has a handful of long-enough clauses, for which
 * reading an array is several times cheaper than a Map's get and set per clause (this runs for every agent
 * clause of every conversation); a long call's table switches to a hash index once it outgrows the array.
 */
class ClauseTable {
  private readonly list: Said[] = [];
  private byHash: Map<number, Said[]> | undefined;

  /** The entry for the clause text[s, e) (hash h), added with times = 0 when new. */
  find(text: string, s: number, e: number, h: number): Said {
    const candidates = this.byHash === undefined ? this.list : (this.byHash.get(h) ?? []);
    for (const said of candidates)
      if (said.hash === h && spokenEquals(said.text, said.start, said.end, text, s, e)) return said;
    const said: Said = { text, start: s, end: e, hash: h, times: 0 };
    this.list.push(said);
    if (this.byHash !== undefined) this.index(said);
    else if (this.list.length > LINEAR_MAX) {
      this.byHash = new Map();
      for (const x of this.list) this.index(x);
    }
    return said;
  }

  private index(said: Said): void {
    const bucket = this.byHash!.get(said.hash);
    if (bucket === undefined) this.byHash!.set(said.hash, [said]);
    else bucket.push(said);
  }
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
      const seen = new ClauseTable();
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
          const said = seen.find(text, s, e, h);
          said.times++;
          if (said.times === o.minTimes)
            hits.push({ turn, start: s, end: e, ...hitMessage('repetition.said', { times: said.times }) });
        }
      }
      return { kind: 'hits', hits };
    };
  },
});
