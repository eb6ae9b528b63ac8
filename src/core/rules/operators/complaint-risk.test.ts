import { describe, expect, it } from 'vitest';
import { conv, runCondition } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

const when = { op: 'complaint-risk' };

const valid: TableCase[] = [
  {
    name: 'agent mentions complaint channel',
    when,
    conversation: conv([
      ['a', '您可以拨打投诉电话'],
      ['c', '好的'],
    ]),
  },
  {
    name: 'calm customer',
    when,
    conversation: conv([
      ['a', '您好'],
      ['c', '我想查一下话费'],
    ]),
  },
];

const invalid: InvalidCase[] = [
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
];

describe('complaint-risk operator', () => {
  it.each(valid)('valid: $name', ({ when: w, conversation }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits: [] }),
  );
  it.each(invalid)('invalid: $name', ({ when: w, conversation, hits }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits }),
  );
});
