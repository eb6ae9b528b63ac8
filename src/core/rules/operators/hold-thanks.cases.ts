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

// Back from a hold (1 s … 31 s): thanks only in the second agent turn, and thanks starting 300 ms before the hold
// ends (clock skew between the hold event and the transcript) followed by a turn without thanks.
const thankedSecond = conv(
  [
    ['a', '请稍等', 0, 1000],
    ['a', '查到了', 31000, 32000],
    ['a', '谢谢您的耐心等待', 32000, 33000],
  ],
  { events: [{ type: 'hold', startMs: 1000, endMs: 31000 }] },
);
const thankedEarly = conv(
  [
    ['a', '请稍等', 0, 1000],
    ['a', '谢谢您的耐心等待', 30700, 32000],
    ['a', '查到了，是这样的', 33000, 35000],
  ],
  { events: [{ type: 'hold', startMs: 1000, endMs: 31000 }] },
);

export const valid: TableCase[] = [
  { name: 'thanks after hold', when, conversation: held('谢谢您的耐心等待，查到了') },
  { name: '久等 counts', when, conversation: held('让您久等了') },
  {
    name: 'withinTurns 2: thanks in the second agent turn',
    when: { op: 'hold-thanks', withinTurns: 2 },
    conversation: thankedSecond,
  },
  {
    name: 'toleranceMs: thanks starting 300 ms before the hold ends count as after it',
    when: { op: 'hold-thanks', toleranceMs: 1000 },
    conversation: thankedEarly,
  },
  {
    name: 'normalized matching: thanks in traditional characters (謝謝您的等待)',
    when: { op: 'hold-thanks', match: { mode: 'normalized' } },
    conversation: held('謝謝您的等待，查到了'),
  },
];

export const invalid: InvalidCase[] = [
  {
    name: 'no thanks',
    when,
    conversation: held('查到了，是这样的'),
    hits: [{ turn: 1, start: 0, end: 0, text: '' }],
  },
  {
    name: 'withinTurns 1: thanks only in the second agent turn come too late',
    when,
    conversation: thankedSecond,
    hits: [{ turn: 1, start: 0, end: 0, text: '' }],
  },
  {
    name: 'toleranceMs 0: thanks before the hold ends are not after it',
    when: { op: 'hold-thanks', toleranceMs: 0 },
    conversation: thankedEarly,
    hits: [{ turn: 2, start: 0, end: 0, text: '' }],
  },
  {
    name: 'a pack’s own phrases replace the defaults',
    when: { op: 'hold-thanks', phrases: ['感谢您的耐心'] },
    conversation: held('让您久等了'),
    hits: [{ turn: 1, start: 0, end: 0, text: '' }],
  },
];
