// Table cases of the `sequence` operator (docs/rules.md "Operators"), kept out of sequence.test.ts so that
// registry.test.ts can import and count them.
import { conv } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

const when = { op: 'sequence', before: ['核实', '验证'], then: ['余额'] };

export const valid: TableCase[] = [
  {
    name: 'X then Y',
    when,
    conversation: conv([
      ['a', '先帮您核实身份'],
      ['a', '您的余额是100元'],
    ]),
  },
  { name: 'X before Y in the same turn', when, conversation: conv([['a', '验证通过，余额是100元']]) },
  { name: 'no Y at all', when, conversation: conv([['a', '您好']]) },
  {
    name: 'normalized matching: X then Y in traditional characters',
    when: { ...when, match: { mode: 'normalized' } },
    conversation: conv([['a', '先核實身份，餘額是100元']]),
  },
];

export const invalid: InvalidCase[] = [
  {
    name: 'Y first',
    when,
    conversation: conv([
      ['a', '您的余额是100元'],
      ['a', '再核实一下'],
    ]),
    hits: [{ turn: 0, start: 2, end: 4, text: '余额' }],
  },
  {
    name: 'Y before X in one turn',
    when,
    conversation: conv([['a', '余额100元，已验证']]),
    hits: [{ turn: 0, start: 0, end: 2, text: '余额' }],
  },
  {
    name: 'normalized matching: Y first in traditional characters',
    when: { ...when, match: { mode: 'normalized' } },
    conversation: conv([['a', '您的餘額是100元']]),
    hits: [{ turn: 0, start: 2, end: 4, text: '餘額' }],
  },
];
