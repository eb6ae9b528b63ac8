// Table cases of the `silence` operator (docs/rules.md "Operators"), kept out of silence.test.ts so that
// registry.test.ts can import and count them.
import { conv } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

export const when = { op: 'silence', minMs: 10000 };
const gap = (agentBefore: string) =>
  conv([
    ['a', agentBefore, 0, 1000],
    ['c', '好的', 1000, 2000],
    ['a', '查到了', 15000, 16000],
  ]);

export const valid: TableCase[] = [
  { name: 'announced wait', when, conversation: gap('请稍等，我帮您查一下') },
  {
    name: 'hold covers the gap',
    when,
    conversation: { ...gap('嗯'), events: [{ type: 'hold', startMs: 2500, endMs: 14000 }] },
  },
  {
    name: 'short gap',
    when,
    conversation: conv([
      ['c', '你好', 0, 1000],
      ['a', '您好', 5000, 6000],
    ]),
  },
  {
    name: 'the customer only agrees to the announced wait (好的，麻烦您了)',
    when,
    conversation: conv([
      ['a', '我帮您查一下', 0, 1000],
      ['c', '好的，麻烦您了', 1000, 2000],
      ['c', '嗯嗯，我等着', 2500, 3000],
      ['a', '查到了', 15000, 16000],
    ]),
  },
  {
    name: 'a pack’s own excuse',
    when: { ...when, excuses: ['我去问一下主管'] },
    conversation: gap('我去问一下主管'),
  },
  {
    name: 'normalized matching: the wait announced in traditional characters (幫您查)',
    when: { ...when, match: { mode: 'normalized' } },
    conversation: gap('好的，我幫您查'),
  },
];

export const invalid: InvalidCase[] = [
  { name: 'unexcused 13 s', when, conversation: gap('嗯'), hits: [{ turn: 2, start: 0, end: 0, text: '' }] },
  {
    name: '您看一下短信 asks the customer to look, it announces no wait',
    when,
    conversation: gap('您看一下短信，我发给您了'),
    hits: [{ turn: 2, start: 0, end: 0, text: '' }],
  },
  {
    name: 'the customer ends the silence (喂？还在吗？)',
    when,
    conversation: conv([
      ['a', '您好', 0, 1000],
      ['c', '我的快递到哪了', 1000, 2000],
      ['c', '喂？还在吗？', 22000, 23000],
      ['a', '在的', 23500, 24000],
    ]),
    hits: [{ turn: 2, start: 0, end: 0, text: '' }],
  },
  {
    name: 'an announcement does not cover a new request made after it (我想办个副卡)',
    when,
    conversation: conv([
      ['a', '请稍等，我帮您查一下', 0, 1000],
      ['c', '好的', 1000, 2000],
      ['a', '已经帮您处理好了', 5000, 6000],
      ['c', '谢谢', 6000, 6500],
      ['a', '请稍等', 7000, 7500],
      ['c', '我想办个副卡', 8000, 9000],
      ['a', '好', 23000, 24000],
    ]),
    hits: [{ turn: 6, start: 0, end: 0, text: '' }],
  },
  {
    name: 'a pack’s own excuses replace the defaults',
    when: { ...when, excuses: ['我去问一下主管'] },
    conversation: gap('请稍等'),
    hits: [{ turn: 2, start: 0, end: 0, text: '' }],
  },
];
