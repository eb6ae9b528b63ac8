// Table cases of the `classifier` operator (docs/rules.md "Operators"), kept out of classifier.test.ts so that
// registry.test.ts can import and count them.
import { conv } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

export const when = { op: 'classifier', model: 'dismissive' };

export const valid: TableCase[] = [
  { name: 'helpful answer', when, conversation: conv([['a', '好的，我马上帮您查一下物流']]) },
  { name: 'fragment too short to judge', when, conversation: conv([['a', '亲']]) },
  {
    name: 'a quoted sentence is reported speech',
    when,
    conversation: conv([['a', '同事说“你自己去官网查去”，这是不对的']]),
  },
  {
    name: 'the customer is not judged (default role agent)',
    when,
    conversation: conv([
      ['c', '你自己上官网查去'],
      ['a', '好的，我来帮您查'],
    ]),
  },
  {
    name: 'the default minConfidence 0.5 leaves out a sentence the model scores about 0.1',
    when,
    conversation: conv([['a', '这个要看情况']]),
  },
  {
    name: 'minConfidence 0.8: a sentence the model scores about 0.64 is not reported',
    when: { ...when, minConfidence: 0.8 },
    conversation: conv([['a', '抽奖的事我不掺和']]),
  },
];

export const invalid: InvalidCase[] = [
  {
    name: 'pushing the customer to do it alone',
    when,
    conversation: conv([['a', '您好。你自己上官网查去！']]),
    hits: [{ turn: 0, start: 3, end: 11, text: '你自己上官网查去' }],
  },
  {
    name: 'daring the customer to complain',
    when,
    conversation: conv([['a', '随便你去哪儿投诉']]),
    hits: [{ turn: 0, start: 0, end: 8, text: '随便你去哪儿投诉' }],
  },
  {
    name: 'minConfidence 0.05 reports a sentence the default 0.5 leaves out (about 0.1)',
    when: { ...when, minConfidence: 0.05 },
    conversation: conv([['a', '这个要看情况']]),
    hits: [{ turn: 0, start: 0, end: 6, text: '这个要看情况' }],
  },
  {
    name: 'the default minConfidence 0.5 reports the sentence scored about 0.64 that 0.8 leaves out',
    when,
    conversation: conv([['a', '抽奖的事我不掺和']]),
    hits: [{ turn: 0, start: 0, end: 8, text: '抽奖的事我不掺和' }],
  },
  {
    name: 'softeners: a sentence softened by 哦 is still reported (as a suggestion)',
    when: { ...when, softeners: ['哦'] },
    conversation: conv([['a', '随便你去哪儿投诉哦']]),
    hits: [{ turn: 0, start: 0, end: 9, text: '随便你去哪儿投诉哦' }],
  },
  {
    name: 'deductAt above 1: the hit is reported, as a suggestion',
    when: { ...when, deductAt: 1.01 },
    conversation: conv([['a', '随便你去哪儿投诉']]),
    hits: [{ turn: 0, start: 0, end: 8, text: '随便你去哪儿投诉' }],
  },
  {
    name: 'a suggestion leaves the span as it is',
    when: { ...when, suggestion: '这个问题我来帮您处理' },
    conversation: conv([['a', '你自己上官网查去']]),
    hits: [{ turn: 0, start: 0, end: 8, text: '你自己上官网查去' }],
  },
];
