// Table cases of the `regex` operator (docs/rules.md "Operators"), kept out of regex.test.ts so that
// registry.test.ts can import and count them.
import { conv } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

const when = { op: 'regex', pattern: '不知道', exclude: '不知道(您|你|是否)' };

export const valid: TableCase[] = [
  { name: 'exclusion overlaps the hit', when, conversation: conv([['a', '不知道您方便吗']]) },
  { name: 'no match', when, conversation: conv([['a', '我帮您查一下']]) },
  {
    name: 'case matters unless ignoreCase',
    when: { op: 'regex', pattern: 'vip', ignoreCase: false },
    conversation: conv([['a', '尊敬的VIP客户']]),
  },
];

export const invalid: InvalidCase[] = [
  {
    name: 'plain match',
    when,
    conversation: conv([['a', '这个不知道']]),
    hits: [{ turn: 0, start: 2, end: 5, text: '不知道' }],
  },
  {
    name: 'excluded one, kept the other',
    when,
    conversation: conv([['a', '不知道是否到货，我不知道']]),
    hits: [{ turn: 0, start: 9, end: 12, text: '不知道' }],
  },
  {
    name: 'runs of a character are one hit',
    when: { op: 'regex', pattern: '[啊哎]+' },
    conversation: conv([['a', '啊啊，好的哎']]),
    hits: [
      { turn: 0, start: 0, end: 2, text: '啊啊' },
      { turn: 0, start: 5, end: 6, text: '哎' },
    ],
  },
  {
    name: 'ignoreCase matches any case',
    when: { op: 'regex', pattern: 'vip', ignoreCase: true },
    conversation: conv([['a', '尊敬的VIP客户']]),
    hits: [{ turn: 0, start: 3, end: 6, text: 'VIP' }],
  },
  {
    name: 'a suggestion leaves the span as it is',
    when: { op: 'regex', pattern: '不知道', suggestion: '我帮您确认一下' },
    conversation: conv([['a', '这个不知道']]),
    hits: [{ turn: 0, start: 2, end: 5, text: '不知道' }],
  },
];
