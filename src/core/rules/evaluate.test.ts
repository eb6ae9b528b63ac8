import { describe, expect, it } from 'vitest';
import { conv, runCondition } from './test-kit.ts';

const greeting = { op: 'phrase', in: { first: 1 }, phrases: ['您好'] };

describe('evaluate: boolean composition and scope', () => {
  it('not: reports an absence at the first in-scope turn', () => {
    expect(
      runCondition(
        { not: greeting },
        conv([
          ['c', '喂'],
          ['a', '什么事'],
          ['a', '您好'],
        ]),
      ),
    ).toEqual({ na: false, hits: [{ turn: 1, start: 0, end: 0, text: '' }] });
    expect(
      runCondition(
        { not: { ...greeting, in: { last: 1 } } },
        conv([
          ['a', '您好'],
          ['a', '再见'],
        ]),
      ),
    ).toEqual({ na: false, hits: [{ turn: 1, start: 0, end: 0, text: '' }] });
  });

  it('all / any combine evidence; all fails when one child fails', () => {
    const a = { op: 'phrase', role: 'customer', phrases: ['投诉'] };
    const b = { op: 'phrase', phrases: ['没办法'] };
    const c = conv([
      ['c', '我要投诉'],
      ['a', '没办法'],
    ]);
    expect(runCondition({ all: [a, b] }, c)).toEqual({
      na: false,
      hits: [
        { turn: 0, start: 2, end: 4, text: '投诉' },
        { turn: 1, start: 0, end: 3, text: '没办法' },
      ],
    });
    expect(runCondition({ all: [a, { ...b, phrases: ['抱歉'] }] }, c)).toEqual({ na: false, hits: [] });
    expect(runCondition({ any: [{ ...a, phrases: ['媒体'] }, b] }, c)).toEqual({
      na: false,
      hits: [{ turn: 1, start: 0, end: 3, text: '没办法' }],
    });
  });

  it('evidence: false keeps a condition as context only', () => {
    const c = conv([
      ['c', '我要投诉'],
      ['a', '没办法'],
    ]);
    expect(
      runCondition(
        {
          all: [
            { op: 'phrase', role: 'customer', phrases: ['投诉'], evidence: false },
            { op: 'phrase', phrases: ['没办法'] },
          ],
        },
        c,
      ),
    ).toEqual({
      na: false,
      hits: [{ turn: 1, start: 0, end: 3, text: '没办法' }],
    });
  });

  it('atLeast: holds only with enough hits', () => {
    const w = { op: 'phrase', phrases: ['啦'], atLeast: 2 };
    expect(runCondition(w, conv([['a', '好啦']]))).toEqual({ na: false, hits: [] });
    expect(
      runCondition(
        w,
        conv([
          ['a', '好啦'],
          ['a', '是啦'],
        ]),
      ),
    ).toEqual({
      na: false,
      hits: [
        { turn: 0, start: 1, end: 2, text: '啦' },
        { turn: 1, start: 1, end: 2, text: '啦' },
      ],
    });
  });

  it('after a condition: the window follows each hit (turns)', () => {
    const w = {
      all: [
        { op: 'phrase', id: 'c', role: 'customer', phrases: ['投诉'], evidence: false },
        { not: { op: 'phrase', in: { after: 'c', withinTurns: 1 }, phrases: ['抱歉'] } },
      ],
    };
    expect(
      runCondition(
        w,
        conv([
          ['a', '抱歉'],
          ['c', '我要投诉'],
          ['a', '您说'],
        ]),
      ),
    ).toEqual({ na: false, hits: [{ turn: 2, start: 0, end: 0, text: '' }] });
    expect(
      runCondition(
        w,
        conv([
          ['c', '我要投诉'],
          ['a', '非常抱歉'],
        ]),
      ),
    ).toEqual({ na: false, hits: [] });
  });

  it('after an event needs times, else not applicable', () => {
    const w = { op: 'phrase', in: { afterEvent: 'hold', withinTurns: 1 }, phrases: ['查到了'] };
    const timed = conv(
      [
        ['a', '查到了', 0, 1000],
        ['a', '查到了', 31000, 32000],
      ],
      { events: [{ type: 'hold', startMs: 1000, endMs: 30000 }] },
    );
    expect(runCondition(w, timed)).toEqual({
      na: false,
      hits: [{ turn: 1, start: 0, end: 3, text: '查到了' }],
    });
    expect(runCondition(w, conv([['a', '查到了']]))).toEqual({ na: true });
  });

  it('no agent turns: an agent condition is not applicable', () => {
    expect(runCondition({ op: 'phrase', phrases: ['x'] }, conv([['c', 'x']]))).toEqual({ na: true });
  });

  it('question exception: asking about the customer is not a refusal', () => {
    const w = { op: 'phrase', phrases: ['没办法'], except: { question: true } };
    expect(runCondition(w, conv([['a', '现在还是没办法登录吗？']]))).toEqual({ na: false, hits: [] });
    expect(runCondition(w, conv([['a', '没办法，你问我我问谁？']]))).toEqual({
      na: false,
      hits: [{ turn: 0, start: 0, end: 3, text: '没办法' }],
    });
  });
});
