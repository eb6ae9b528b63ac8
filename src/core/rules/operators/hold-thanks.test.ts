import { describe, expect, it } from 'vitest';
import { conv, runCondition } from '../test-kit.ts';
import { invalid, valid, when } from './hold-thanks.cases.ts';

describe('hold-thanks operator', () => {
  it.each(valid)('valid: $name', ({ when: w, conversation }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits: [] }),
  );
  it.each(invalid)('invalid: $name', ({ when: w, conversation, hits }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits }),
  );
  it('is not applicable without a hold', () =>
    expect(runCondition(when, conv([['a', '您好', 0, 1000]]))).toEqual({ na: true }));
});
