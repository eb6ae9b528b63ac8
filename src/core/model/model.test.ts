import { describe, expect, it } from 'vitest';
import { foldUnit } from '../text/fold.ts';
import { featureLogit, features } from './features.ts';
import { dequantise, logit, predict, quantise } from './linear.ts';
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
  it('splits at every sentence mark, and a run of marks closes one sentence', () => {
    const text = '一。二！三？四!五?六；七;八\n九…十？！……十一';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(
      '一二三四五六七八九'.split('').concat(['十', '十一']),
    );
  });
  it('featureLogit is exactly the bias plus the weights of features(), summed in the same order', () => {
    const m = intentModel('dismissive')!;
    const texts = [
      '',
      '，。',
      '好',
      '你好',
      '查一下',
      '你自己上官网查去',
      '那是物流的事，找我干嘛？？ 好',
      '不之道，您稍等一下我帮您查詢 ＡＢＣ abc 123 😀',
      '我我不是跟你说过了吗，这个问题不归我们管的啊',
      '長長的一段話'.repeat(40),
    ];
    for (const t of texts)
      for (const [start, end] of [
        [0, t.length],
        [1, Math.max(1, t.length - 2)],
      ] as const) {
        const feats = features(t, m.dim, start, end);
        const z = featureLogit(m.weights, m.dim, m.bias, t, start, end);
        if (feats.length === 0) expect(z).toBeUndefined();
        else expect(z).toBe(logit(m, feats));
      }
  });
  it('no unit folds to the start or end marker (featureLogit finds them only at the ends)', () => {
    const markers: number[] = [];
    for (let u = 0; u < 0x10000; u++) if (foldUnit(u) === 2 || foldUnit(u) === 3) markers.push(u);
    expect(markers).toEqual([]);
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
