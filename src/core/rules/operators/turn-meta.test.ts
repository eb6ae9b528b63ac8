import { describe, expect, it } from 'vitest';
import { conv, runCondition } from '../test-kit.ts';
import { invalid, valid, when } from './turn-meta.cases.ts';

describe('turn-meta operator', () => {
  it.each(valid)('valid: $name', ({ when: w, conversation }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits: [] }),
  );
  it.each(invalid)('invalid: $name', ({ when: w, conversation, hits }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits }),
  );
  it('is not applicable when no turn carries the field', () =>
    expect(runCondition(when, conv([['c', '你好']]))).toEqual({ na: true }));
  it('refuses a condition without a bound or with a bad field name', () => {
    expect(() => runCondition({ op: 'turn-meta', field: 'emotionValue' }, conv([['c', '你好']]))).toThrow(
      /above or below/,
    );
    expect(() => runCondition({ op: 'turn-meta', field: 'a.b', below: 1 }, conv([['c', '你好']]))).toThrow(
      /meta field name/,
    );
  });
});
