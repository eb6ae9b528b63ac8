// The learned layer in a pack: `op: classifier` asks a trained intent model (src/core/model, trained by
// `npm run train` from packs/default/training) about each in-scope sentence. It catches what no list anticipates
// (fresh paraphrases of seed 002's 推诿、厌烦), so its hits carry the model's `confidence`, and a hit below
// `deductAt` is `suggested`: shown for review, no deduction, until the rule's measured precision (reviews and
// appeals, per-rule precision) justifies raising trust (docs/rules.md "Learned intents").
import { z } from 'zod';
import { intentModel, MODEL_INTENTS, predict, sentenceMarkUnits, spaceUnits } from '../../model/index.ts';
import type { RawHit } from '../types.ts';
import { defineOperator } from './define.ts';

const MIN_HAN = 4;
const MAX_HAN = 30;

// What the sentence walk asks of a unit, a bit each (one table read per unit of every in-scope turn).
const HAN = 1;
const MARK = 2;
const SPACE = 4;
const QUOTE = 8;

let unitKinds: Uint8Array | undefined;

/**
 * `table[unit]`: MARK for the sentence marks and SPACE for the spaces of ../../model/sentences.ts (sentenceSpans
 * splits and trims by them), HAN for the Chinese characters counted (U+4E00 … U+9FFF), QUOTE for the quotation
 * marks “”「」『』". A trimmed space is neither HAN nor QUOTE, so a sentence's count and quote are those of its span.
 */
function kinds(): Uint8Array {
  if (unitKinds === undefined) {
    const marks = sentenceMarkUnits();
    const spaces = spaceUnits();
    const table = new Uint8Array(0x10000);
    for (let u = 0; u < 0x10000; u++)
      table[u] = (marks[u]! === 1 ? MARK : 0) | (spaces[u]! === 1 ? SPACE : 0);
    for (let u = 0x4e00; u <= 0x9fff; u++) table[u]! |= HAN;
    for (const u of [0x201c, 0x201d, 0x300c, 0x300d, 0x300e, 0x300f, 0x22]) table[u]! |= QUOTE;
    for (let u = 0; u < 0x10000; u++)
      if ((table[u]! & SPACE) !== 0 && (table[u]! & (HAN | QUOTE)) !== 0)
        throw new Error('a space cannot be a Chinese character or a quotation mark');
    unitKinds = table;
  }
  return unitKinds;
}

export const classifier = defineOperator({
  id: 'classifier',
  names: { zh: '意图模型', en: 'Intent model' },
  summary:
    'Hits each in-scope sentence the trained `model` scores at least `minConfidence`; below `deductAt` the hit is suggested (no deduction).',
  timing: false,
  // a sentence the model judges dismissive is decided when it is said (docs/rules.md "Live calls")
  midCall: true,
  textHits: true,
  defaultRole: 'agent',
  options: z.object({
    model: z.enum(MODEL_INTENTS as [string, ...string[]]).describe('A trained intent (src/core/model).'),
    minConfidence: z.number().gt(0).lt(1).default(0.5).describe('Sentences scoring lower are not reported.'),
    // Above 1 nothing deducts: every hit is a suggestion (a new model's start until its precision is measured).
    deductAt: z
      .number()
      .gt(0)
      .max(1.01)
      .default(0.9)
      .describe('Hits scoring lower are suggested, no deduction.'),
    // 您 / 亲 and softening particles (哦, 哈…) are how agents talk to a customer they serve, not how they push one
    // away: measured on real dialogues, most confident model hits on such sentences were friendly chat the model had
    // never seen (太可爱了亲, 亲亲 直接打这个电话哦). A sentence holding one is at most a suggestion.
    softeners: z
      .array(z.string().length(1))
      .default([])
      .describe('Characters that make a hit on their sentence a suggestion at most (您, 亲, 哦 …).'),
    suggestion: z.string().min(1).optional(),
  }),
  compile(o) {
    const model = intentModel(o.model)!;
    const soft = new Set(o.softeners.map((c) => c.charCodeAt(0)));
    const softened = (text: string, s: number, e: number): boolean => {
      if (soft.size === 0) return false;
      for (let i = s; i < e; i++) if (soft.has(text.charCodeAt(i))) return true;
      return false;
    };
    return (view) => {
      const hits: RawHit[] = [];
      const kind = kinds();
      for (const turn of view.turns) {
        const text = view.conversation.turns[turn]?.text ?? '';
        // sentenceSpans(text), walked in place: counting each sentence's Chinese characters and looking for a
        // quotation mark on the way, without span objects or a second walk per sentence.
        let start = 0;
        let han = 0;
        let quoted = 0;
        for (let i = 0; i <= text.length; i++) {
          const k = i < text.length ? kind[text.charCodeAt(i)]! : MARK;
          if ((k & MARK) === 0) {
            // Without branches: which units are Chinese characters is not predictable.
            han += k & HAN;
            quoted |= k & QUOTE;
            continue;
          }
          // A run of marks (？！, ……) closes one sentence; the closing mark stays outside the span.
          let j = i;
          while (j + 1 < text.length && (kind[text.charCodeAt(j + 1)]! & MARK) !== 0) j++;
          let s = start;
          let e = i;
          while (s < e && (kind[text.charCodeAt(s)]! & SPACE) !== 0) s++;
          while (e > s && (kind[text.charCodeAt(e - 1)]! & SPACE) !== 0) e--;
          const sentenceHan = han;
          const sentenceQuoted = quoted;
          start = j + 1;
          i = j;
          han = 0;
          quoted = 0;
          // A sentence that quotes someone (同事说“你听不懂吗”是不对的) reports words, it does not say them to the
          // customer: the phrase lists and their quotation exception judge the quoted words.
          // Fragments (亲, 还是, a number) carry no judgeable meaning: at least four Chinese characters, and at
          // most thirty: pushing a customer away is said briefly, and a long explanation sums many weak n-gram
          // weights into a confident score the training sentences never taught (measured on real dialogues).
          if (e <= s || sentenceQuoted !== 0 || sentenceHan < MIN_HAN || sentenceHan > MAX_HAN) continue;
          const p = predict(model, text, s, e);
          if (p < o.minConfidence) continue;
          const confidence = Math.round(p * 1000) / 1000;
          const hit: RawHit = { turn, start: s, end: e, confidence };
          hits.push({
            ...hit,
            ...(confidence < o.deductAt || softened(text, s, e) ? { suggested: true } : {}),
            ...(o.suggestion === undefined ? {} : { suggestion: o.suggestion }),
          });
        }
      }
      return { kind: 'hits', hits };
    };
  },
});
