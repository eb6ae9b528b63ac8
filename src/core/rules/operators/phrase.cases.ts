// Table cases of the `phrase` operator (docs/rules.md "Operators"), kept out of phrase.test.ts so that
// registry.test.ts can import and count them.
import { conv } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

const when = {
  op: 'phrase',
  phrases: ['不知道', { pattern: '没办法', suggestion: '对不起，我们暂时还没有解决方案。' }],
};

export const valid: TableCase[] = [
  {
    name: 'customer says it',
    when,
    conversation: conv([
      ['a', '您好'],
      ['c', '我不知道怎么办'],
    ]),
  },
  {
    name: 'agent quotes the customer in quotes',
    when,
    conversation: conv([['a', '您说的“不知道”是指哪一项？']]),
  },
  {
    name: 'agent reports what the customer said',
    when,
    conversation: conv([['a', '您刚才说您也不知道密码，对吗']]),
  },
  {
    name: 'agent echoes the customer',
    when,
    conversation: conv([
      ['c', '客服说没办法'],
      ['a', '没办法是吗，我帮您再看看'],
    ]),
  },
  {
    name: 'polite form excluded by overlap',
    when: { ...when, except: { overlaps: ['不知道您'] } },
    conversation: conv([['a', '不知道您还有其他问题吗']]),
  },
  {
    name: 'excluded by turnContains',
    when: { ...when, except: { turnContains: ['帮您核实'] } },
    conversation: conv([['a', '这个我不知道，我帮您核实一下']]),
  },
  {
    name: 'a homophone starting inside another word is no match (下一步知道, docs/rules.md)',
    when: { op: 'phrase', phrases: ['不知道'], match: { mode: 'tolerant', homophones: true } },
    conversation: conv([['a', '下一步知道怎么做了']]),
  },
];

export const invalid: InvalidCase[] = [
  {
    name: 'agent says it',
    when,
    conversation: conv([['a', '这个我不知道']]),
    hits: [{ turn: 0, start: 3, end: 6, text: '不知道' }],
  },
  {
    name: 'second turn, exact span',
    when,
    conversation: conv([
      ['c', '怎么办'],
      ['a', '我也没办法啊'],
    ]),
    hits: [{ turn: 1, start: 2, end: 5, text: '没办法' }],
  },
  {
    name: 'every occurrence',
    when,
    conversation: conv([['a', '不知道，真不知道']]),
    hits: [
      { turn: 0, start: 0, end: 3, text: '不知道' },
      { turn: 0, start: 5, end: 8, text: '不知道' },
    ],
  },
  {
    name: 'customer scope',
    when: { ...when, role: 'customer' },
    conversation: conv([
      ['a', '好的'],
      ['c', '我不知道'],
    ]),
    hits: [{ turn: 1, start: 1, end: 4, text: '不知道' }],
  },
  {
    name: '"跟你说" is not reported speech',
    when,
    conversation: conv([['a', '我跟你说，不知道就是不知道']]),
    hits: [
      { turn: 0, start: 5, end: 8, text: '不知道' },
      { turn: 0, start: 10, end: 13, text: '不知道' },
    ],
  },
  {
    name: 'normalized matching folds traditional characters (沒辦法)',
    when: { ...when, match: { mode: 'normalized' } },
    conversation: conv([['a', '我也沒辦法']]),
    hits: [{ turn: 0, start: 2, end: 5, text: '沒辦法' }],
  },
  {
    name: 'homophones: the ASR writes 不之道 for 不知道',
    when: { op: 'phrase', phrases: ['不知道'], match: { mode: 'tolerant', homophones: true } },
    conversation: conv([['a', '我不之道']]),
    hits: [{ turn: 0, start: 1, end: 4, text: '不之道' }],
  },
];
