// Table cases of the `complaint-risk` operator (docs/rules.md "Operators"), kept out of complaint-risk.test.ts so that
// registry.test.ts can import and count them.
import { conv } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

const when = { op: 'complaint-risk' };

export const valid: TableCase[] = [
  {
    name: 'agent mentions complaint channel',
    when,
    conversation: conv([
      ['a', '您可以拨打投诉电话'],
      ['c', '好的'],
    ]),
  },
  ...[
    '媒体播放器打不开',
    '我朋友是律师，他推荐的这个套餐',
    '法院附近有营业厅吗',
    '报警器的电话卡欠费了',
    '我不是要投诉，就问问',
    '抖音免流怎么办理',
  ].map((text): TableCase => ({
    name: `innocent sense: ${text}`,
    when,
    conversation: conv([
      ['a', '您好'],
      ['c', text],
    ]),
  })),
  {
    name: 'calm customer',
    when,
    conversation: conv([
      ['a', '您好'],
      ['c', '我想查一下话费'],
    ]),
  },
  {
    name: 'a pack’s own phrases replace the default action words',
    when: { op: 'complaint-risk', phrases: ['差评'] },
    conversation: conv([['c', '我要投诉']]),
  },
  {
    name: 'a pack’s own cues replace the defaults',
    when: { op: 'complaint-risk', cues: ['找'] },
    conversation: conv([['c', '我去市长热线反映']]),
  },
  {
    name: 'cueWithin 2: the cue stands too far before the channel',
    when: { op: 'complaint-risk', cueWithin: 2 },
    conversation: conv([['c', '我去找我们当地的电视台']]),
  },
];

export const invalid: InvalidCase[] = [
  {
    name: 'threatens media and 12315',
    when,
    conversation: conv([
      ['a', '您好'],
      ['c', '再不解决我就打12315，找媒体曝光'],
    ]),
    hits: [
      { turn: 1, start: 7, end: 12, text: '12315' },
      { turn: 1, start: 14, end: 16, text: '媒体' },
      { turn: 1, start: 16, end: 18, text: '曝光' },
    ],
  },
  {
    name: 'a pack’s own phrases',
    when: { op: 'complaint-risk', phrases: ['差评'] },
    conversation: conv([['c', '我要给你们差评']]),
    hits: [{ turn: 0, start: 5, end: 7, text: '差评' }],
  },
  {
    name: 'a pack’s own channels',
    when: { op: 'complaint-risk', channels: ['总部'] },
    conversation: conv([['c', '我要去总部反映']]),
    hits: [{ turn: 0, start: 3, end: 5, text: '总部' }],
  },
  {
    name: 'a pack’s own cues',
    when: { op: 'complaint-risk', cues: ['找'] },
    conversation: conv([['c', '我找记者来']]),
    hits: [{ turn: 0, start: 2, end: 4, text: '记者' }],
  },
  {
    name: 'normalized matching: 投訴 in traditional characters',
    when: { op: 'complaint-risk', match: { mode: 'normalized' } },
    conversation: conv([['c', '我要投訴你們']]),
    hits: [{ turn: 0, start: 2, end: 4, text: '投訴' }],
  },
];

invalid.push(
  ...(
    [
      ['我去市长热线反映', '市长热线'],
      ['我发抖音让大家看看', '抖音'],
      ['我要打电话给电视台', '电视台'],
      ['不行我就报警', '报警'],
    ] as const
  ).map(([text, word]): InvalidCase => ({
    name: `channel turned to: ${text}`,
    when,
    conversation: conv([['c', text]]),
    hits: [{ turn: 0, start: text.indexOf(word), end: text.indexOf(word) + word.length, text: word }],
  })),
);
