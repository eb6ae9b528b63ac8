import { describe, expect, it } from 'vitest';
import { conv, runCondition } from '../test-kit.ts';
import { invalid, valid } from './regex.cases.ts';

const hitsOf = (r: ReturnType<typeof runCondition>) => (r.na ? undefined : r.hits);

describe('regex operator', () => {
  it.each(valid)('valid: $name', ({ when: w, conversation }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits: [] }),
  );
  it.each(invalid)('invalid: $name', ({ when: w, conversation, hits }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits }),
  );
  it('runs a catastrophic-backtracking pattern in linear time (a call of 20,000 characters)', () => {
    // `(a+)+$` over "aaa…!" takes exponential time on a backtracking engine; on the linear engine it just ends.
    const text = `${'a'.repeat(20_000)}!`;
    expect(runCondition({ op: 'regex', pattern: '(a+)+$' }, conv([['a', text]]))).toEqual({
      na: false,
      hits: [],
    });
    expect(hitsOf(runCondition({ op: 'regex', pattern: '(a|aa)+b' }, conv([['a', text]])))).toEqual([]);
  });
  it('keeps lookbehind, \\u escapes and ignoreCase', () => {
    expect(
      hitsOf(runCondition({ op: 'regex', pattern: '(?<!干)嘛' }, conv([['a', '干嘛呢，好嘛']]))),
    ).toEqual([{ turn: 0, start: 5, end: 6, text: '嘛' }]);
    expect(
      hitsOf(runCondition({ op: 'regex', pattern: '[\\u4e00-\\u9fa5]+' }, conv([['a', 'ok好的ok']]))),
    ).toEqual([{ turn: 0, start: 2, end: 4, text: '好的' }]);
    expect(
      hitsOf(runCondition({ op: 'regex', pattern: 'vip', ignoreCase: true }, conv([['a', '尊敬的VIP']]))),
    ).toEqual([{ turn: 0, start: 3, end: 6, text: 'VIP' }]);
  });
  it.each([
    ['(?=a)b', /lookahead/],
    ['(a)\\1', /backreferences/],
    ['a{1001}', /repeat count/],
    ['x'.repeat(2001), /longer than 2000/],
  ])('rejects %s at load with the reason', (pattern, reason) =>
    expect(() => runCondition({ op: 'regex', pattern }, conv([['a', 'x']]))).toThrow(reason),
  );
  it('rejects an invalid expression at load', () =>
    expect(() => runCondition({ op: 'regex', pattern: '(' }, conv([['a', 'x']]))).toThrow(
      /valid regular expression/,
    ));
});
