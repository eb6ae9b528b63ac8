// Table cases of the `interruption` operator (docs/rules.md "Operators"), kept out of interruption.test.ts so that
// registry.test.ts can import and count them.
import { conv } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

export const when = { op: 'interruption', minOverlapMs: 1000 };

export const valid: TableCase[] = [
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
  {
    name: 'a pack’s own backchannel',
    when: { ...when, backchannels: ['您请讲'] },
    conversation: conv([
      ['c', '我想问一下我的话费', 0, 5000],
      ['a', '您请讲', 1000, 2500],
    ]),
  },
  {
    name: 'normalized matching: a backchannel in traditional characters (對)',
    when: { ...when, match: { mode: 'normalized' } },
    conversation: conv([
      ['c', '我想问一下我的话费', 0, 5000],
      ['a', '對', 1000, 2500],
    ]),
  },
];

export const invalid: InvalidCase[] = [
  {
    name: 'talks over the customer',
    when,
    conversation: conv([
      ['c', '我想问一下我的话费为什么', 0, 6000],
      ['a', '您先听我解释一下', 2000, 5000],
    ]),
    hits: [{ turn: 1, start: 0, end: 8, text: '您先听我解释一下' }],
  },
  {
    name: 'backchannelChars 0: even 嗯 interrupts',
    when: { ...when, backchannelChars: 0 },
    conversation: conv([
      ['c', '我想问一下我的话费', 0, 5000],
      ['a', '嗯', 1000, 2500],
    ]),
    hits: [{ turn: 1, start: 0, end: 1, text: '嗯' }],
  },
  {
    name: 'a pack’s own backchannels replace the defaults',
    when: { ...when, backchannels: ['您请讲'] },
    conversation: conv([
      ['c', '我想问一下我的话费', 0, 5000],
      ['a', '嗯', 1000, 2500],
    ]),
    hits: [{ turn: 1, start: 0, end: 1, text: '嗯' }],
  },
];
