// The satisfaction signal orders conversations the way a customer would rate them (measured against the STC-3
// annotators by `npm run eval`); these cases pin the direction of each cue.
import { describe, expect, it } from 'vitest';
import { conversationSchema } from '../conversation/schema.ts';
import { compilePhrases } from '../text/index.ts';
import { AGENT_LISTS, cueCounts, CUSTOMER_LISTS, predictSatisfaction } from './satisfaction.ts';

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

// The satisfaction scan counts cue words with its own automaton (no match objects): it must count exactly what
// the phrase matcher's normalized mode finds, kind by kind, and every exclamation mark.
describe('cue counts', () => {
  const sides = [
    ['customer', CUSTOMER_LISTS],
    ['agent', AGENT_LISTS],
  ] as const;
  const reference = (lists: typeof CUSTOMER_LISTS) => {
    const matcher = compilePhrases(
      lists.flatMap(([, w]) => w),
      { mode: 'normalized' },
    );
    const kindOf = lists.flatMap(([, w], k) => w.map(() => k));
    return (text: string) => {
      const kinds = lists.map(() => 0);
      for (const m of matcher.findAll(text)) kinds[kindOf[m.phrase]!]!++;
      let exclaim = 0;
      for (const ch of text) if (ch === '!' || ch === '！') exclaim++;
      return { kinds, exclaim };
    };
  };
  // Cue words, their traditional and full-width forms, look-alikes, noise and exclamation marks, glued at random.
  const pieces = [
    ...new Set([...CUSTOMER_LISTS, ...AGENT_LISTS].flatMap(([, w]) => w)),
    '還沒',
    '謝謝',
    '已為您',
    'ＳＢ',
    'sb',
    '１２３１５',
    '不滿意',
    '没',
    '不',
    '已',
    '经',
    '为您',
    '好',
    '，',
    '。',
    ' ',
    '_',
    '！',
    '!',
    '…',
    '～',
    '😀',
    '的',
    '我',
    '你们',
    '宽带',
    '到底怎么回事',
  ];
  let seed = 7;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const texts = [
    '',
    '都三天了还没解决，垃圾！我要投诉！',
    '好了，谢谢！！',
    '不满意，真的不太满意',
    '对于给您带来的不便，我们再次致歉。已经为您处理',
  ];
  for (let i = 0; i < 3000; i++) {
    let t = '';
    for (let k = rand(12); k >= 0; k--) t += pieces[rand(pieces.length)];
    texts.push(t);
  }
  for (const [role, lists] of sides)
    it(`counts what the normalized phrase matcher finds in ${role} turns`, () => {
      const expected = reference(lists);
      for (const t of texts) expect(cueCounts(role, t), t).toEqual(expected(t));
    });
});
