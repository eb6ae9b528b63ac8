// The learned layer in a pack: `op: classifier` asks a trained intent model (src/core/model, trained by
// `npm run train` from packs/default/training) about each in-scope sentence. It catches what no list anticipates
// (fresh paraphrases of seed 002's 推诿、厌烦), so its hits carry the model's `confidence`, and a hit below
// `deductAt` is `suggested`: shown for review, no deduction, until the rule's measured precision (reviews and
// appeals, per-rule precision) justifies raising trust (docs/rules.md "Learned intents").
import { z } from 'zod';
import { intentModel, MODEL_INTENTS, predict, sentenceSpans } from '../../model/index.ts';
import type { RawHit } from '../types.ts';
import { defineOperator } from './define.ts';

const MIN_HAN = 4;
const MAX_HAN = 30;

/**
 * The Chinese characters of `text[start, end)`, or -1 when it holds a quotation mark “”「」『』" (by code, without
 * slicing the sentence out): one walk for the two things asked of every in-scope sentence before the model runs.
 */
function hanUnlessQuoted(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
    else
      switch (c) {
        case 0x201c:
        case 0x201d:
        case 0x300c:
        case 0x300d:
        case 0x300e:
        case 0x300f:
        case 0x22:
          return -1;
      }
  }
  return n;
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
    suggestion: z.string().min(1).optional(),
  }),
  compile(o) {
    const model = intentModel(o.model)!;
    return (view) => {
      const hits: RawHit[] = [];
      for (const turn of view.turns) {
        const text = view.conversation.turns[turn]?.text ?? '';
        for (const s of sentenceSpans(text)) {
          // A sentence that quotes someone (同事说“你听不懂吗”是不对的) reports words, it does not say them to the
          // customer: the phrase lists and their quotation exception judge the quoted words (-1 below).
          // Fragments (亲, 还是, a number) carry no judgeable meaning: at least four Chinese characters, and at
          // most thirty: pushing a customer away is said briefly, and a long explanation sums many weak n-gram
          // weights into a confident score the training sentences never taught (measured on real dialogues).
          const han = hanUnlessQuoted(text, s.start, s.end);
          if (han < MIN_HAN || han > MAX_HAN) continue;
          const p = predict(model, text, s.start, s.end);
          if (p < o.minConfidence) continue;
          const confidence = Math.round(p * 1000) / 1000;
          const hit: RawHit = { turn, start: s.start, end: s.end, confidence };
          hits.push({
            ...hit,
            ...(confidence < o.deductAt ? { suggested: true } : {}),
            ...(o.suggestion === undefined ? {} : { suggestion: o.suggestion }),
          });
        }
      }
      return { kind: 'hits', hits };
    };
  },
});
