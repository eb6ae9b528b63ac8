import { describe, expect, it } from 'vitest';
import { features } from './features.ts';
import { dequantise, predict, quantise } from './linear.ts';
import { sentenceSpans } from './sentences.ts';
import { intentModel, MODEL_INTENTS } from './index.ts';

describe('learned layer', () => {
  it('splits sentences at their marks, keeps commas inside and the mark outside the span', () => {
    const text = '您好！那是物流的事，找我干嘛？？ 好';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '您好',
      '那是物流的事，找我干嘛',
      '好',
    ]);
  });
  it('hashes folded n-grams: punctuation, width and script do not change the features', () => {
    expect(features('你自己查去', 1024)).toEqual(features('你 自己，查去', 1024));
    expect(features('', 1024)).toEqual([]);
    expect(features('我不知道', 1024).every((f) => f >= 0 && f < 1024)).toBe(true);
  });
  it('shares sound n-grams between a word and its ASR homophone (不知道 / 不之道)', () => {
    const a = new Set(features('不知道', 1 << 15));
    const shared = features('不之道', 1 << 15).filter((f) => a.has(f));
    expect(shared.length).toBeGreaterThan(0);
  });
  it('quantisation round-trips within one step', () => {
    const weights = Float32Array.from([0.5, -1, 0, 0.25]);
    const m = { intent: 'x', dim: 4, bias: -2, weights };
    const back = dequantise(quantise(m, {}));
    back.weights.forEach((w, i) => expect(Math.abs(w - weights[i]!)).toBeLessThanOrEqual(1 / 127));
    expect(back.bias).toBe(-2);
  });
  it('the committed dismissive model separates a paraphrase from a helpful answer', () => {
    expect(MODEL_INTENTS).toContain('dismissive');
    const m = intentModel('dismissive')!;
    expect(predict(m, '你自己上官网查去')).toBeGreaterThan(0.9);
    expect(predict(m, '好的，我帮您查一下')).toBeLessThan(0.1);
  });
});
