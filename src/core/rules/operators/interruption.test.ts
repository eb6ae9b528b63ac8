import { describe, expect, it } from 'vitest';
import { conv, runCondition } from '../test-kit.ts';
import { invalid, valid, when } from './interruption.cases.ts';

describe('interruption operator', () => {
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
