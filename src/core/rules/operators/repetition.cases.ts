// Table cases of the `repetition` operator (docs/rules.md "Operators"), kept out of repetition.test.ts so that
// registry.test.ts can import and count them.
import { conv } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

const when = { op: 'repetition', minTimes: 3, minChars: 4 };

export const valid: TableCase[] = [
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

export const invalid: InvalidCase[] = [
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
  {
    name: 'minTimes 2: the second time',
    when: { ...when, minTimes: 2 },
    conversation: conv([
      ['a', '请您重启一下手机。'],
      ['a', '请您重启一下手机'],
    ]),
    hits: [{ turn: 1, start: 0, end: 8, text: '请您重启一下手机' }],
  },
  {
    // 80 distinct clauses before the third time: the clause table has outgrown its array and reads by hash
    name: 'a long call: the third time after many other clauses',
    when,
    conversation: conv([
      ['a', '请您重启一下手机。'],
      ...Array.from({ length: 80 }, (_, i): ['a', string] => ['a', `这是第${i}条不同的说明内容。`]),
      ['a', '请您重启一下手机。'],
      ['a', '请您重启一下手机。'],
    ]),
    hits: [{ turn: 82, start: 0, end: 8, text: '请您重启一下手机' }],
  },
];
