// Table tests for each tolerance option, with exact spans into the original text (house style §4).
import { describe, expect, it } from 'vitest';
import { compilePhrases } from './index.ts';
import type { MatchOptions, PhraseEntry } from './types.ts';

interface Case {
  name: string;
  phrases: (string | PhraseEntry)[];
  options: MatchOptions;
  text: string;
  /** Expected matched substrings with their phrase index; [] = no hit. */
  hits: [number, string][];
}

const spans = (c: Case): [number, string][] =>
  compilePhrases(c.phrases, c.options)
    .findAll(c.text)
    .map((m) => [m.phrase, c.text.slice(m.start, m.end)]);

const cases: Case[] = [
  // normalized: punctuation, spaces, ASR pause marks, traditional, full-width, case
  {
    name: 'punctuation inside',
    phrases: ['我不是跟你说过了吗'],
    options: { mode: 'normalized' },
    text: '我不是，跟你说过了吗？',
    hits: [[0, '我不是，跟你说过了吗']],
  },
  {
    name: 'exact mode keeps punctuation significant',
    phrases: ['我不是跟你说过了吗'],
    options: { mode: 'exact' },
    text: '我不是，跟你说过了吗',
    hits: [],
  },
  {
    name: 'ASR pause marker',
    phrases: ['请稍等'],
    options: { mode: 'normalized' },
    text: '好的_请_稍等',
    hits: [[0, '请_稍等']],
  },
  {
    name: 'traditional input',
    phrases: ['我不是跟你说过了吗'],
    options: { mode: 'normalized' },
    text: '我不是跟你說過了嗎',
    hits: [[0, '我不是跟你說過了嗎']],
  },
  {
    name: 'traditional phrase, simplified input',
    phrases: ['問題'],
    options: { mode: 'normalized' },
    text: '这个问题',
    hits: [[0, '问题']],
  },
  {
    name: 'full-width and case',
    phrases: ['app'],
    options: { mode: 'normalized' },
    text: '下载ＡＰＰ了',
    hits: [[0, 'ＡＰＰ']],
  },
  {
    name: 'emoji are characters, not noise',
    phrases: ['好的😊'],
    options: { mode: 'normalized' },
    text: '好的😊',
    hits: [[0, '好的😊']],
  },
  // exclusions
  {
    name: 'notFollowedBy excludes',
    phrases: [{ pattern: '不知道', notFollowedBy: ['您'] }],
    options: { mode: 'normalized' },
    text: '不知道您安装的版本号是多少',
    hits: [],
  },
  {
    name: 'notFollowedBy skips noise before the context',
    phrases: [{ pattern: '不知道', notFollowedBy: ['您'] }],
    options: { mode: 'normalized' },
    text: '不知道，您看',
    hits: [],
  },
  {
    name: 'notFollowedBy keeps other hits',
    phrases: [{ pattern: '不知道', notFollowedBy: ['您'] }],
    options: { mode: 'normalized' },
    text: '我也不知道。',
    hits: [[0, '不知道']],
  },
  {
    name: 'notPrecededBy excludes',
    phrases: [{ pattern: '投诉', notPrecededBy: ['不会'] }],
    options: {},
    text: '我们不会投诉的',
    hits: [],
  },
  {
    name: 'notPrecededBy keeps other hits',
    phrases: [{ pattern: '投诉', notPrecededBy: ['不会'] }],
    options: {},
    text: '我要投诉',
    hits: [[0, '投诉']],
  },
  // fillers
  {
    name: 'fillers inside a phrase',
    phrases: ['我不是跟你说过'],
    options: { mode: 'tolerant' },
    text: '我不是嗯那个跟你说过',
    hits: [[0, '我不是嗯那个跟你说过']],
  },
  {
    name: 'more fillers than maxFillers',
    phrases: ['我不是跟你说过'],
    options: { mode: 'tolerant', maxFillers: 1 },
    text: '我不是嗯那个跟你说过',
    hits: [],
  },
  {
    name: 'fillers with ASR pauses',
    phrases: ['我不是跟你说过'],
    options: { mode: 'tolerant' },
    text: '我不是_呃_跟你说过',
    hits: [[0, '我不是_呃_跟你说过']],
  },
  {
    name: 'fillers are not part of the span at the edges',
    phrases: ['请稍等'],
    options: { mode: 'tolerant' },
    text: '嗯请稍等嗯',
    hits: [[0, '请稍等']],
  },
  {
    name: 'custom fillers',
    phrases: ['请稍等'],
    options: { mode: 'tolerant', fillers: ['哈'] },
    text: '请哈稍等',
    hits: [[0, '请哈稍等']],
  },
  {
    name: 'fillers need tolerant mode',
    phrases: ['我不是跟你说过'],
    options: { mode: 'normalized' },
    text: '我不是嗯跟你说过',
    hits: [],
  },
  // stutter
  {
    name: 'stutter of one character',
    phrases: ['我不是'],
    options: { mode: 'tolerant' },
    text: '我我不是',
    hits: [[0, '我我不是']],
  },
  {
    name: 'stutter of two characters',
    phrases: ['不是跟你说过'],
    options: { mode: 'tolerant' },
    text: '不是不是跟你说过',
    hits: [[0, '不是不是跟你说过']],
  },
  {
    name: 'stutter off',
    phrases: ['我不是'],
    options: { mode: 'tolerant', stutter: false },
    text: '我不不是',
    hits: [],
  },
  {
    name: 'stutter with a repeated phrase character',
    phrases: ['谢谢'],
    options: { mode: 'tolerant' },
    text: '谢谢谢谢',
    hits: [
      [0, '谢谢'],
      [0, '谢谢'],
      [0, '谢谢'],
    ],
  },
  {
    name: 'stutter does not span a clause break',
    phrases: ['我问谁'],
    options: { mode: 'tolerant', stutter: true },
    text: '你问我，我问谁',
    hits: [[0, '我问谁']],
  },
  {
    name: 'two-character stutter does not span a clause break',
    phrases: ['不是跟你说过'],
    options: { mode: 'tolerant' },
    text: '不是，不是跟你说过',
    hits: [[0, '不是跟你说过']],
  },
  {
    name: 'stutter across an ASR pause or a hesitation mark',
    phrases: ['我不是'],
    options: { mode: 'tolerant' },
    text: '我_我不是，我…我不是',
    hits: [
      [0, '我_我不是'],
      [0, '我…我不是'],
    ],
  },
  // homophones (opt-in)
  {
    name: 'homophones off by default',
    phrases: ['说过了吗'],
    options: { mode: 'tolerant' },
    text: '说过了嘛',
    hits: [],
  },
  {
    name: 'sentence-final 嘛 for 吗',
    phrases: ['说过了吗'],
    options: { mode: 'tolerant', homophones: true },
    text: '说过了嘛',
    hits: [[0, '说过了嘛']],
  },
  {
    name: 'sentence-final 么 for 吗',
    phrases: ['说过了吗'],
    options: { mode: 'normalized', homophones: true },
    text: '说过了么',
    hits: [[0, '说过了么']],
  },
  {
    name: 'same pinyin',
    phrases: ['要投诉'],
    options: { mode: 'tolerant', homophones: true },
    text: '我要头诉',
    hits: [[0, '要头诉']],
  },
  {
    name: 'a two-character phrase only matches literally',
    phrases: ['投诉'],
    options: { mode: 'tolerant', homophones: true },
    text: '我要头诉',
    hits: [],
  },
  {
    name: 'a substituted first character starts inside another word (下一步知道 is not 不知道)',
    phrases: ['不知道'],
    options: { mode: 'tolerant', homophones: true },
    text: '下一步知道了吗',
    hits: [],
  },
  {
    name: 'one substitution in three characters',
    phrases: ['不知道', '不关我的事'],
    options: { mode: 'tolerant', homophones: true },
    text: '我不之道，不关我的是',
    hits: [
      [0, '不之道'],
      [1, '不关我的是'],
    ],
  },
  {
    name: 'a phrase that repeats a character: the substitution is counted once (有完没完 in 你有玩没完)',
    phrases: ['有完没完', '不知道'],
    options: { mode: 'tolerant', homophones: true },
    text: '你有玩没完，有完没玩，有玩没玩',
    hits: [
      [0, '有玩没完'],
      [0, '有完没玩'],
    ],
  },
  {
    name: 'near pinyin (flat/retroflex) only with nearPinyin',
    phrases: ['你听我说'],
    options: { mode: 'tolerant', homophones: true, nearPinyin: true },
    text: '你听我所',
    hits: [[0, '你听我所']],
  },
  {
    name: 'near pinyin is off without nearPinyin',
    phrases: ['你听我说'],
    options: { mode: 'tolerant', homophones: true },
    text: '你听我所',
    hits: [],
  },
  {
    name: 'homophones are ignored in exact mode',
    phrases: ['说过了吗'],
    options: { mode: 'exact', homophones: true },
    text: '说过了嘛',
    hits: [],
  },
  // gaps
  {
    name: 'gap pattern',
    phrases: ['不是…说过'],
    options: {},
    text: '不是我早就说过',
    hits: [[0, '不是我早就说过']],
  },
  {
    name: 'gap with ASCII dots',
    phrases: ['不是...说过'],
    options: {},
    text: '不是我说过',
    hits: [[0, '不是我说过']],
  },
  {
    name: 'gap longer than maxGap',
    phrases: ['不是…说过'],
    options: { maxGap: 2 },
    text: '不是我早就说过',
    hits: [],
  },
  {
    name: 'per-phrase maxGap',
    phrases: [{ pattern: '不是…说过', maxGap: 3 }],
    options: { maxGap: 0 },
    text: '不是我早就说过',
    hits: [[0, '不是我早就说过']],
  },
  {
    name: 'gap segments must come in order',
    phrases: ['不是…说过'],
    options: {},
    text: '说过不是',
    hits: [],
  },
  {
    name: 'gap in tolerant mode with fillers',
    phrases: ['不是…跟你说过'],
    options: { mode: 'tolerant' },
    text: '不是我嗯跟你嗯说过',
    hits: [[0, '不是我嗯跟你嗯说过']],
  },
];

describe('tolerance options', () => {
  it.each(cases)('$name', (c) => {
    expect(spans(c)).toEqual(c.hits);
  });

  it('reports spans into the original text and phrase indexes', () => {
    const m = compilePhrases(['请稍等', '我不是跟你说过了吗'], { mode: 'normalized' });
    expect(m.findAll('您好_請稍等，我不是，跟你說過了嗎')).toEqual([
      { phrase: 0, start: 3, end: 6 },
      { phrase: 1, start: 7, end: 17 },
    ]);
  });
});
