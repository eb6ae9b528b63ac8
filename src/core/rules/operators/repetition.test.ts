import { describe, expect, it } from 'vitest';
import { conv, runCondition } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

const when = { op: 'repetition', minTimes: 3, minChars: 4 };

const valid: TableCase[] = [
  {
    name: 'twice only',
    when,
    conversation: conv([
      ['a', '请您重启一下手机。'],
      ['a', '请您重启一下手机'],
    ]),
  },
  { name: 'short sentences ignored', when, conversation: conv([['a', '好的。好的。好的。']]) },
];

const invalid: InvalidCase[] = [
  {
    name: 'third time, punctuation ignored',
    when,
    conversation: conv([
      ['a', '请您重启一下手机。'],
      ['c', '重启过了'],
      ['a', '请您重启一下手机！'],
      ['a', '嗯，请您 重启一下手机'],
    ]),
    hits: [{ turn: 3, start: 2, end: 11, text: '请您 重启一下手机' }],
  },
];

describe('repetition operator', () => {
  it.each(valid)('valid: $name', ({ when: w, conversation }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits: [] }),
  );
  it.each(invalid)('invalid: $name', ({ when: w, conversation, hits }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits }),
  );
});
