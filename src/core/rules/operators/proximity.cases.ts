// Table cases of the `proximity` operator (docs/rules.md "Operators"), kept out of proximity.test.ts so that
// registry.test.ts can import and count them.
import { conv } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

const near = { op: 'proximity', a: ['退款'], b: ['抱歉'], within: { chars: 4 } };
const without = { op: 'proximity', a: ['退款'], b: ['抱歉'], within: { turns: 1 }, absent: true };
/** A complaint answered (or not) by the agent's next turns (the default pack's 未致歉安抚). */
const unanswered = {
  op: 'proximity',
  role: 'customer',
  a: ['太差'],
  b: ['抱歉'],
  within: { turns: 2 },
  bRole: 'agent',
  direction: 'after',
  absent: true,
};

export const valid: TableCase[] = [
  { name: 'near: B too far', when: near, conversation: conv([['a', '退款需要三到五个工作日处理，抱歉']]) },
  {
    name: 'without: B in the next turn',
    when: without,
    conversation: conv([
      ['a', '退款已经提交'],
      ['a', '抱歉让您等了'],
    ]),
  },
  {
    name: 'without: B from the customer counts for bRole customer',
    when: { ...without, bRole: 'customer' },
    conversation: conv([
      ['a', '退款已经提交'],
      ['c', '抱歉我没听清'],
    ]),
  },
  {
    name: 'after: the agent’s next turn apologises for the complaint',
    when: unanswered,
    conversation: conv([
      ['c', '服务太差了'],
      ['a', '非常抱歉给您带来不便'],
    ]),
  },
];

export const invalid: InvalidCase[] = [
  {
    name: 'after: an apology before the complaint does not answer it (around would)',
    when: unanswered,
    conversation: conv([
      ['c', '宽带又断了'],
      ['a', '抱歉，我帮您报修'],
      ['c', '服务太差了'],
      ['a', '请提供宽带账号'],
    ]),
    hits: [{ turn: 2, start: 2, end: 4, text: '太差' }],
  },
  {
    name: 'near: B within 4 chars',
    when: near,
    conversation: conv([['a', '抱歉，退款会晚一些']]),
    hits: [{ turn: 0, start: 3, end: 5, text: '退款' }],
  },
  {
    name: 'without: no B within a turn',
    when: without,
    conversation: conv([
      ['a', '退款已经提交'],
      ['c', '好'],
      ['a', '抱歉'],
    ]),
    hits: [{ turn: 0, start: 0, end: 2, text: '退款' }],
  },
  {
    name: 'without: B from the customer does not count for bRole agent',
    when: { ...without, bRole: 'agent' },
    conversation: conv([
      ['a', '退款已经提交'],
      ['c', '抱歉我没听清'],
    ]),
    hits: [{ turn: 0, start: 0, end: 2, text: '退款' }],
  },
  {
    name: 'near: normalized matching reads A across a space',
    when: { ...near, match: { mode: 'normalized' } },
    conversation: conv([['a', '抱歉，退 款会晚一些']]),
    hits: [{ turn: 0, start: 3, end: 6, text: '退 款' }],
  },
];
