import { describe, expect, it } from 'vitest';
import { conv, runCondition } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

const when = { op: 'hold-thanks' };
const held = (back: string) =>
  conv(
    [
      ['a', '请稍等', 0, 1000],
      ['a', back, 31000, 33000],
    ],
    { events: [{ type: 'hold', startMs: 1000, endMs: 31000 }] },
  );

const valid: TableCase[] = [
  { name: 'thanks after hold', when, conversation: held('谢谢您的耐心等待，查到了') },
  { name: '久等 counts', when, conversation: held('让您久等了') },
];

const invalid: InvalidCase[] = [
  {
    name: 'no thanks',
    when,
    conversation: held('查到了，是这样的'),
    hits: [{ turn: 1, start: 0, end: 0, text: '' }],
  },
];

describe('hold-thanks operator', () => {
  it.each(valid)('valid: $name', ({ when: w, conversation }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits: [] }),
  );
  it.each(invalid)('invalid: $name', ({ when: w, conversation, hits }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits }),
  );
  it('is not applicable without a hold', () =>
    expect(runCondition(when, conv([['a', '您好', 0, 1000]]))).toEqual({ na: true }));
});
