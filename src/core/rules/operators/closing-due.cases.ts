// Table cases of the `closing-due` operator (docs/rules.md "Operators"), kept out of closing-due.test.ts so that
// registry.test.ts can import and count them.
import { conv } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

const when = { op: 'closing-due' };

// valid: the closing is not due (no hit); invalid: it is due (one hit on the last agent turn).
export const valid: TableCase[] = [
  {
    name: 'a chat that stops on the customer’s message',
    when,
    conversation: conv(
      [
        ['a', '您好'],
        ['c', '那什么时候能好'],
      ],
      { channel: 'chat' },
    ),
  },
  {
    name: 'a chat whose customer wrote last, then a system message',
    when,
    conversation: {
      id: 't',
      channel: 'chat',
      turns: [
        { role: 'agent', text: '您好' },
        { role: 'customer', text: '那什么时候能好' },
        { role: 'system', text: '会话已超时结束' },
      ],
    },
  },
];

export const invalid: InvalidCase[] = [
  {
    name: 'a call always ends, even when the customer spoke last',
    when,
    conversation: conv([
      ['a', '您好'],
      ['c', '好的再见'],
    ]),
    hits: [{ turn: 0, start: 0, end: 0, text: '' }],
  },
  {
    name: 'a chat the agent wrote last',
    when,
    conversation: conv(
      [
        ['c', '在吗'],
        ['a', '在的'],
      ],
      { channel: 'chat' },
    ),
    hits: [{ turn: 1, start: 0, end: 0, text: '' }],
  },
];
