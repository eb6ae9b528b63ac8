// Table cases of the `hold-thanks` operator (docs/rules.md "Operators"), kept out of hold-thanks.test.ts so that
// registry.test.ts can import and count them.
import { conv } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

export const when = { op: 'hold-thanks' };
const held = (back: string) =>
  conv(
    [
      ['a', '请稍等', 0, 1000],
      ['a', back, 31000, 33000],
    ],
    { events: [{ type: 'hold', startMs: 1000, endMs: 31000 }] },
  );

export const valid: TableCase[] = [
  { name: 'thanks after hold', when, conversation: held('谢谢您的耐心等待，查到了') },
  { name: '久等 counts', when, conversation: held('让您久等了') },
];

export const invalid: InvalidCase[] = [
  {
    name: 'no thanks',
    when,
    conversation: held('查到了，是这样的'),
    hits: [{ turn: 1, start: 0, end: 0, text: '' }],
  },
];
