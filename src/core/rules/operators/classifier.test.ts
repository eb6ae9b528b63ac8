import { describe, expect, it } from 'vitest';
import { conversationSchema } from '../../conversation/schema.ts';
import { compilePack } from '../compile.ts';
import { evaluate } from '../evaluate.ts';
import { conv, packText, runCondition } from '../test-kit.ts';
import type { InvalidCase, TableCase } from '../test-kit.ts';

const when = { op: 'classifier', model: 'dismissive' };

const valid: TableCase[] = [
  { name: 'helpful answer', when, conversation: conv([['a', '好的，我马上帮您查一下物流']]) },
  { name: 'fragment too short to judge', when, conversation: conv([['a', '亲']]) },
  {
    name: 'a quoted sentence is reported speech',
    when,
    conversation: conv([['a', '同事说“你自己去官网查去”，这是不对的']]),
  },
  {
    name: 'the customer is not judged (default role agent)',
    when,
    conversation: conv([
      ['c', '你自己上官网查去'],
      ['a', '好的，我来帮您查'],
    ]),
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'pushing the customer to do it alone',
    when,
    conversation: conv([['a', '您好。你自己上官网查去！']]),
    hits: [{ turn: 0, start: 3, end: 11, text: '你自己上官网查去' }],
  },
  {
    name: 'daring the customer to complain',
    when,
    conversation: conv([['a', '随便你去哪儿投诉']]),
    hits: [{ turn: 0, start: 0, end: 8, text: '随便你去哪儿投诉' }],
  },
];

function result(text: string, deductAt: number) {
  const pack = compilePack(packText({ ...when, deductAt }), 'test.yaml');
  return evaluate(pack, conversationSchema.parse(conv([['a', text]])));
}

describe('classifier operator', () => {
  it.each(valid)('valid: $name', ({ when: w, conversation }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits: [] }),
  );
  it.each(invalid)('invalid: $name', ({ when: w, conversation, hits }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits }),
  );
  it('hits carry the confidence; at or above deductAt they deduct', () => {
    const r = result('随便你去哪儿投诉', 0.5);
    expect(r.hits).toHaveLength(1);
    expect(r.hits[0]!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(r.hits[0]!.suggested).toBeUndefined();
    expect(r.hits[0]!.deduction).toBe(1);
    expect(r.score.total).toBe(99);
  });
  it('below deductAt a hit is suggested: no deduction, no occurrence, full marks', () => {
    const r = result('随便你去哪儿投诉', 1.01);
    expect(r.hits).toHaveLength(1);
    expect(r.hits[0]).toMatchObject({ suggested: true, deduction: 0 });
    expect(r.score.total).toBe(100);
    expect(r.tallies).toEqual([{ item: 'test.item', kind: 'counted', occurrences: 0 }]);
  });
  it('rejects an unknown model at load', () => {
    expect(() => compilePack(packText({ op: 'classifier', model: 'nope' }), 'test.yaml')).toThrow(/model/);
  });
});
