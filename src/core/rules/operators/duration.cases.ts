// Table cases of the `duration` operator (docs/rules.md "Operators"), kept out of duration.test.ts so that
// registry.test.ts can import and count them.
import { conv } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

const call = { op: 'duration', of: 'call', maxMs: 60000 };
const hold = { op: 'duration', of: 'hold', maxMs: 60000 };

export const valid: TableCase[] = [
  {
    name: 'short call',
    when: call,
    conversation: conv([['a', '您好', 0, 1000]], {
      events: [{ type: 'hangup', by: 'customer', atMs: 30000 }],
    }),
  },
  {
    name: 'short hold',
    when: hold,
    conversation: conv(
      [
        ['a', '请稍等', 0, 1000],
        ['a', '感谢等待', 40000, 41000],
      ],
      { events: [{ type: 'hold', startMs: 1000, endMs: 39000 }] },
    ),
  },
  {
    name: 'minMs: a call long enough',
    when: { op: 'duration', of: 'call', minMs: 10000 },
    conversation: conv([['a', '您好', 0, 1000]], {
      events: [{ type: 'hangup', by: 'customer', atMs: 30000 }],
    }),
  },
];

export const invalid: InvalidCase[] = [
  {
    name: 'long call (hang-up time)',
    when: call,
    conversation: conv(
      [
        ['a', '您好', 0, 1000],
        ['c', '嗯', 2000, 3000],
      ],
      { events: [{ type: 'hangup', by: 'customer', atMs: 90000 }] },
    ),
    hits: [{ turn: 1, start: 0, end: 0, text: '' }],
  },
  {
    name: 'long hold anchored at the turn before it',
    when: hold,
    conversation: conv(
      [
        ['a', '请稍等', 0, 1000],
        ['a', '感谢等待', 90000, 91000],
      ],
      { events: [{ type: 'hold', startMs: 1000, endMs: 89000 }] },
    ),
    hits: [{ turn: 0, start: 0, end: 0, text: '' }],
  },
  {
    name: 'minMs: a call cut short',
    when: { op: 'duration', of: 'call', minMs: 10000 },
    conversation: conv([['a', '您好', 0, 1000]], {
      events: [{ type: 'hangup', by: 'customer', atMs: 3000 }],
    }),
    hits: [{ turn: 0, start: 0, end: 0, text: '' }],
  },
];
