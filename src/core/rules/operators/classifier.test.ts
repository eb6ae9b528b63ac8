import { describe, expect, it } from 'vitest';
import { conversationSchema } from '../../conversation/schema.ts';
import { compilePack } from '../compile.ts';
import { evaluate } from '../evaluate.ts';
import { conv, packText, runCondition } from '../test-kit.ts';
import { invalid, valid, when } from './classifier.cases.ts';

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
  it('a sentence holding one of the softeners (您, 亲, 哦 …) is at most suggested', () => {
    const soft = (text: string) =>
      evaluate(
        compilePack(packText({ ...when, deductAt: 0.5, softeners: ['您', '哦'] }), 'test.yaml'),
        conversationSchema.parse(conv([['a', text]])),
      );
    expect(soft('随便你去哪儿投诉').hits[0]).not.toHaveProperty('suggested');
    const softened = soft('随便你去哪儿投诉哦');
    expect(softened.hits[0]).toMatchObject({ suggested: true, deduction: 0 });
    expect(softened.score.total).toBe(100);
    // The softener counts only inside the hit's own sentence.
    expect(soft('您好。随便你去哪儿投诉').hits[0]).not.toHaveProperty('suggested');
    expect(() => compilePack(packText({ ...when, softeners: ['您好'] }), 'test.yaml')).toThrow(/softeners/);
  });
  it('rejects an unknown model at load', () => {
    expect(() => compilePack(packText({ op: 'classifier', model: 'nope' }), 'test.yaml')).toThrow(/model/);
  });
});
