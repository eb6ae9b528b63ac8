import { describe, expect, it } from 'vitest';
import { conv, runCondition } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

const when = { op: 'interruption', minOverlapMs: 1000 };

const valid: TableCase[] = [
  {
    name: 'backchannel while the customer speaks',
    when,
    conversation: conv([
      ['c', '我想问一下我的话费', 0, 5000],
      ['a', '嗯', 1000, 2500],
    ]),
  },
  {
    name: 'short overlap',
    when,
    conversation: conv([
      ['c', '我想问一下', 0, 3000],
      ['a', '您请说', 2500, 3500],
    ]),
  },
  {
    name: 'agent waits',
    when,
    conversation: conv([
      ['c', '我想问一下', 0, 3000],
      ['a', '您请说', 3200, 4000],
    ]),
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'talks over the customer',
    when,
    conversation: conv([
      ['c', '我想问一下我的话费为什么', 0, 6000],
      ['a', '您先听我解释一下', 2000, 5000],
    ]),
    hits: [{ turn: 1, start: 0, end: 8, text: '您先听我解释一下' }],
  },
];

describe('interruption operator', () => {
  it.each(valid)('valid: $name', ({ when: w, conversation }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits: [] }),
  );
  it.each(invalid)('invalid: $name', ({ when: w, conversation, hits }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits }),
  );
  it('is not applicable without times', () =>
    expect(
      runCondition(
        when,
        conv([
          ['c', '你好'],
          ['a', '您好'],
        ]),
      ),
    ).toEqual({ na: true }));
});
