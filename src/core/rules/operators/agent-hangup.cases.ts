// Table cases of the `agent-hangup` operator (docs/rules.md "Operators"), kept out of agent-hangup.test.ts so that
// registry.test.ts can import and count them.
import { conv } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

export const when = { op: 'agent-hangup' };
const call = (last: string, lastBy: 'a' | 'c', atMs: number) =>
  conv(
    [
      ['a', '您好', 0, 1000],
      ['c', '查话费', 1000, 2000],
      ['a', '好的，话费三十元，请问还有其他问题吗', 2000, 5000],
      [lastBy, last, 5000, 6000],
    ],
    { events: [{ type: 'hangup', by: 'agent', atMs }] },
  );

/** The agent warns once and hangs up after the caller's answer. */
const warned = (warning: string, answer: string) =>
  conv(
    [
      ['a', warning, 0, 1000],
      ['c', answer, 1000, 2000],
    ],
    { events: [{ type: 'hangup', by: 'agent', atMs: 2500 }] },
  );
/** 没有了, then a new question in the customer's last turn. */
const confirmedEarlier = conv(
  [
    ['c', '没有了', 0, 1000],
    ['a', '好', 1000, 2000],
    ['c', '对了，还有一个问题，我的积分怎么没了', 2000, 4000],
  ],
  { events: [{ type: 'hangup', by: 'agent', atMs: 7000 }] },
);
/** Two explanations (the default minExplanations), then the agent hangs up. */
const explainedTwice = conv(
  [
    ['a', '已经跟您解释过了，这个业务需要到营业厅办理', 0, 3000],
    ['c', '我不管', 3000, 4000],
    ['a', '再跟您解释一遍，需要本人到营业厅', 4000, 7000],
  ],
  { events: [{ type: 'hangup', by: 'agent', atMs: 7500 }] },
);

export const valid: TableCase[] = [
  {
    name: 'a warning the caller ignored',
    when,
    conversation: conv(
      [
        ['a', '请您文明用语，否则我将结束通话', 0, 1000],
        ['c', '你他妈少废话', 1000, 2000],
      ],
      { events: [{ type: 'hangup', by: 'agent', atMs: 2500 }] },
    ),
  },
  { name: 'customer confirmed, 2 s passed', when, conversation: call('没有了，谢谢', 'c', 8500) },
  {
    name: 'customer hung up',
    when,
    conversation: conv([['a', '您好', 0, 1000]], {
      events: [{ type: 'hangup', by: 'customer', atMs: 2000 }],
    }),
  },
  {
    name: 'after a warning to an abusive caller',
    when,
    conversation: call('请您文明用语，如果您继续这样我将挂断电话', 'a', 6500),
  },
  {
    name: 'after repeated explanation',
    when,
    conversation: conv(
      [
        ['a', '已经跟您解释过了，这个业务需要到营业厅办理', 0, 3000],
        ['c', '我不管', 3000, 4000],
        ['a', '再跟您解释一遍，需要本人到营业厅', 4000, 7000],
      ],
      { events: [{ type: 'hangup', by: 'agent', atMs: 7500 }] },
    ),
  },
  {
    name: 'minSilenceMs 1000: confirmed, 1 s passed',
    when: { ...when, minSilenceMs: 1000 },
    conversation: call('没有了', 'c', 7000),
  },
  {
    name: 'a pack’s own noFurtherNeeds',
    when: { ...when, noFurtherNeeds: ['办好了'] },
    conversation: call('办好了', 'c', 8500),
  },
  {
    name: 'a pack’s own warnings',
    when: { ...when, warnings: ['请您冷静'] },
    conversation: warned('请您冷静一点', '你他妈少废话'),
  },
  {
    name: 'a pack’s own abuse list',
    when: { ...when, abuse: ['骗子'] },
    conversation: warned('请您文明用语，否则我将结束通话', '你们就是骗子'),
  },
  {
    name: 'a pack’s own explanations, minExplanations 1',
    when: { ...when, explanations: ['我再说一遍'], minExplanations: 1 },
    conversation: conv(
      [
        ['a', '我再说一遍，需要本人到营业厅', 0, 3000],
        ['c', '我不管', 3000, 4000],
      ],
      { events: [{ type: 'hangup', by: 'agent', atMs: 7500 }] },
    ),
  },
  {
    name: 'normalized matching: confirmed in traditional characters (沒有了，謝謝)',
    when: { ...when, match: { mode: 'normalized' } },
    conversation: call('沒有了，謝謝', 'c', 8500),
  },
];

export const invalid: InvalidCase[] = [
  {
    name: 'confirmed but under 2 s',
    when,
    conversation: call('没有了', 'c', 7000),
    hits: [{ turn: 2, start: 0, end: 0, text: '' }],
  },
  {
    name: 'no confirmation',
    when,
    conversation: call('那个我还想问', 'c', 9000),
    hits: [{ turn: 2, start: 0, end: 0, text: '' }],
  },
  {
    name: 'a 谢谢 followed by a new question is no confirmation',
    when,
    conversation: call('谢谢，那我再问一下宽带的事', 'c', 9000),
    hits: [{ turn: 2, start: 0, end: 0, text: '' }],
  },
  {
    name: 'the confirmation must be the last exchange',
    when,
    conversation: conv(
      [
        ['c', '没有了', 0, 1000],
        ['a', '好', 1000, 2000],
        ['c', '对了，还有一个问题，我的积分怎么没了', 2000, 4000],
      ],
      { events: [{ type: 'hangup', by: 'agent', atMs: 7000 }] },
    ),
    hits: [{ turn: 1, start: 0, end: 0, text: '' }],
  },
  {
    name: 'a warning the caller heeded excuses no later hang-up',
    when,
    conversation: conv(
      [
        ['a', '请您文明用语', 0, 1000],
        ['c', '好好好，对不起', 1000, 2000],
        ['a', '没关系，您说', 2000, 3000],
        ['c', '我想问我的退款到哪了', 3000, 4000],
      ],
      { events: [{ type: 'hangup', by: 'agent', atMs: 7000 }] },
    ),
    hits: [{ turn: 2, start: 0, end: 0, text: '' }],
  },
  {
    name: 'confirmTurns is accepted but the confirmation must still be the last customer turn',
    when: { ...when, confirmTurns: 3 },
    conversation: confirmedEarlier,
    hits: [{ turn: 1, start: 0, end: 0, text: '' }],
  },
  {
    name: 'a pack’s own noFurtherNeeds replace the defaults',
    when: { ...when, noFurtherNeeds: ['就这些'] },
    conversation: call('没有了', 'c', 8500),
    hits: [{ turn: 2, start: 0, end: 0, text: '' }],
  },
  {
    name: 'a pack’s own warnings replace the defaults',
    when: { ...when, warnings: ['请您冷静'] },
    conversation: warned('请您文明用语，否则我将结束通话', '你他妈少废话'),
    hits: [{ turn: 0, start: 0, end: 0, text: '' }],
  },
  {
    name: 'a pack’s own abuse list replaces the defaults',
    when: { ...when, abuse: ['骗子'] },
    conversation: warned('请您文明用语，否则我将结束通话', '你他妈少废话'),
    hits: [{ turn: 0, start: 0, end: 0, text: '' }],
  },
  {
    name: 'minExplanations 3: two explanations are not enough',
    when: { ...when, minExplanations: 3 },
    conversation: explainedTwice,
    hits: [{ turn: 2, start: 0, end: 0, text: '' }],
  },
  {
    name: 'hung up before anyone spoke',
    when,
    conversation: conv([['c', '喂', 1000, 2000]], { events: [{ type: 'hangup', by: 'agent', atMs: 500 }] }),
    hits: [{ turn: 0, start: 0, end: 0, text: '' }],
  },
];
