import { describe, expect, it } from 'vitest';
import { conv, runCondition } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

const near = { op: 'proximity', a: ['退款'], b: ['抱歉'], within: { chars: 4 } };
const without = { op: 'proximity', a: ['退款'], b: ['抱歉'], within: { turns: 1 }, absent: true };

const valid: TableCase[] = [
  { name: 'near: B too far', when: near, conversation: conv([['a', '退款需要三到五个工作日处理，抱歉']]) },
  {
    name: 'without: B in the next turn',
    when: without,
    conversation: conv([
      ['a', '退款已经提交'],
      ['a', '抱歉让您等了'],
    ]),
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'near: B within 4 chars',
    when: near,
    conversation: conv([['a', '抱歉，退款会晚一些']]),
    hits: [{ turn: 0, start: 3, end: 5, text: '退款' }],
  },
  {
    name: 'without: no B within a turn',
    when: without,
    conversation: conv([
      ['a', '退款已经提交'],
      ['c', '好'],
      ['a', '抱歉'],
    ]),
    hits: [{ turn: 0, start: 0, end: 2, text: '退款' }],
  },
];

describe('proximity operator', () => {
  it.each(valid)('valid: $name', ({ when: w, conversation }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits: [] }),
  );
  it.each(invalid)('invalid: $name', ({ when: w, conversation, hits }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits }),
  );
});
