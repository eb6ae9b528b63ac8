// Context exceptions, sentence by sentence: reported speech covers its own clause only, negation and mention,
// and courtesy intents (under `not`) are never cancelled by the echo/quote exceptions.
import { describe, expect, it } from 'vitest';
import { isNegated, isQuoted } from './exceptions.ts';
import { conv, runCondition } from './test-kit.ts';

const at = (text: string, word: string): [number, number] => {
  const s = text.indexOf(word);
  return [s, s + word.length];
};

describe('reported speech', () => {
  it.each([
    ['您刚才说不归我们管，是哪位同事说的', '不归我们管', true],
    ['您刚才说，不归我们管', '不归我们管', true],
    ['同事说的不关他的事是不对的', '不关他的事', true],
    ['您是说同事问您有完没完', '有完没完', true],
    // 你说的… is a relative clause, and a report does not reach past its clause
    ['你说的这个事不归我们管，你去找别人', '不归我们管', false],
    ['你说的这个事不归我们管，你去找别人', '你去找别人', false],
    ['您说的我明白，但是不关我的事', '不关我的事', false],
    ['我跟你说，不关我的事', '不关我的事', false],
    // 你问我我问谁 throws the question back (seed 002), run together or with a space; a real report stays one
    ['你问我我问谁', '我问谁', false],
    ['你问我 我问谁', '我问谁', false],
    ['您刚才问我问谁办理，是营业厅', '我问谁', true],
  ])('%s / %s → %s', (text, word, quoted) => {
    const [s, e] = at(text, word);
    expect(isQuoted(text, s, e)).toBe(quoted);
  });
});

describe('negation and mention', () => {
  it.each([
    ['我不是要投诉，就是问一下', '投诉', false, true],
    ['没有不满意，挺好的', '不满意', false, true],
    ['我不会去投诉的', '投诉', false, true],
    ['我要投诉你们', '投诉', false, false],
    ['你们不能这样坑人', '坑人', false, false],
    ['我们不会跟您说不知道，我马上查', '不知道', true, true],
    ['不会让您去找其他客服', '找其他客服', true, true],
    ['不会让您找别人，这件事我跟到底', '您找别人', true, true],
    // the negation ends with its clause
    ['我不能让你退款，你去找别人吧', '你去找别人', true, false],
    // a rhetorical 不是 is the agent's violation itself
    ['我不是跟你说过了吗', '跟你说过了', true, false],
    ['这个我也不知道', '不知道', true, false],
  ])('%s / %s (agent %s) → %s', (text, word, agent, negated) => {
    expect(isNegated(text, text.indexOf(word), agent)).toBe(negated);
  });
});

describe('courtesy intents ignore the violation exceptions', () => {
  const greeting = { not: { op: 'phrase', in: { first: 2 }, phrases: ['你好', '您好'] } };
  it('the agent echoing the customer’s 你好 is a greeting', () => {
    expect(
      runCondition(
        greeting,
        conv([
          ['c', '你好'],
          ['a', '你好'],
          ['c', '查话费'],
          ['a', '好的'],
        ]),
      ),
    ).toEqual({ na: false, hits: [] });
  });
  it('a violation list still ignores an echo', () => {
    expect(
      runCondition(
        { op: 'phrase', phrases: ['没办法'] },
        conv([
          ['c', '我没办法登录'],
          ['a', '没办法登录是吧，我看一下'],
        ]),
      ),
    ).toEqual({ na: false, hits: [] });
  });
});
