import { describe, expect, it } from 'vitest';
import { conv, runCondition } from '../test-kit.ts';
import { invalid, text, valid, when } from './speech-rate.cases.ts';

describe('speech-rate operator', () => {
  it.each(valid)('valid: $name', ({ when: w, conversation }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits: [] }),
  );
  it.each(invalid)('invalid: $name', ({ when: w, conversation, hits }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits }),
  );
  it('is not applicable without times', () =>
    expect(runCondition(when, conv([['a', text]]))).toEqual({ na: true }));
});
