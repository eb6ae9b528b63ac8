// The satisfaction signal orders conversations the way a customer would rate them (measured against the STC-3
// annotators by `npm run eval`); these cases pin the direction of each cue.
import { describe, expect, it } from 'vitest';
import { conversationSchema } from '../conversation/schema.ts';
import { predictSatisfaction } from './satisfaction.ts';

const c = (...turns: [string, string][]) =>
  conversationSchema.parse({
    id: 's',
    turns: turns.map(([r, text]) => ({ role: r === 'a' ? 'agent' : 'customer', text })),
  });

describe('predictSatisfaction', () => {
  const thanked = predictSatisfaction(
    c(['c', '宽带断了'], ['a', '已为您恢复，给您添麻烦了'], ['c', '好了，谢谢！']),
    [],
  );
  const angry = predictSatisfaction(
    c(['c', '宽带断了'], ['a', '请报一下账号'], ['c', '都三天了还没解决，垃圾！我要投诉！']),
    [],
  );
  const neutral = predictSatisfaction(c(['c', '查一下话费'], ['a', '本月三十元']), []);

  it('is higher for a thanked resolution than for an unresolved complaint', () => {
    expect(thanked).toBeGreaterThan(neutral);
    expect(neutral).toBeGreaterThan(angry);
  });
  it('stays on the −2 … 2 scale', () => {
    for (const v of [thanked, angry, neutral]) expect(Math.abs(v)).toBeLessThanOrEqual(2);
  });
  it('reads 不满意 as a complaint, not as 满意', () => {
    expect(predictSatisfaction(c(['a', '您好'], ['c', '我不满意']), [])).toBeLessThan(
      predictSatisfaction(c(['a', '您好'], ['c', '我很满意']), []),
    );
  });
});
