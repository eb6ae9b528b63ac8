import { describe, expect, it } from 'vitest';
import { conv, runCondition } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

const when = { op: 'silence', minMs: 10000 };
const gap = (agentBefore: string) =>
  conv([
    ['a', agentBefore, 0, 1000],
    ['c', '好的', 1000, 2000],
    ['a', '查到了', 15000, 16000],
  ]);

const valid: TableCase[] = [
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
];

const invalid: InvalidCase[] = [
  { name: 'unexcused 13 s', when, conversation: gap('嗯'), hits: [{ turn: 2, start: 0, end: 0, text: '' }] },
];

describe('silence operator', () => {
  it.each(valid)('valid: $name', ({ when: w, conversation }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits: [] }),
  );
  it.each(invalid)('invalid: $name', ({ when: w, conversation, hits }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits }),
  );
  it('is not applicable without times', () =>
    expect(
      runCondition(
        when,
        conv([
          ['c', '你好'],
          ['a', '您好'],
        ]),
      ),
    ).toEqual({ na: true }));
});
