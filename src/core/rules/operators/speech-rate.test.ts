import { describe, expect, it } from 'vitest';
import { conv, runCondition } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

const when = { op: 'speech-rate', maxCpm: 300, minChars: 10 };
const text = '您好这边帮您查询到本月话费一共是三十五元';

const valid: TableCase[] = [
  { name: 'normal rate (240 cpm)', when, conversation: conv([['a', text, 0, 5000]]) },
  { name: 'too short to judge', when, conversation: conv([['a', '好的，马上', 0, 500]]) },
];

const invalid: InvalidCase[] = [
  {
    name: 'fast (400 cpm), punctuation excluded',
    when,
    conversation: conv([['a', `${text}。`, 0, 3000]]),
    hits: [{ turn: 0, start: 0, end: 21, text: `${text}。` }],
  },
];

describe('speech-rate operator', () => {
  it.each(valid)('valid: $name', ({ when: w, conversation }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits: [] }),
  );
  it.each(invalid)('invalid: $name', ({ when: w, conversation, hits }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits }),
  );
  it('is not applicable without times', () =>
    expect(runCondition(when, conv([['a', text]]))).toEqual({ na: true }));
});
