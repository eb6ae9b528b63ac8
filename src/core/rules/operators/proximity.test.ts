import { describe, expect, it } from 'vitest';
import { runCondition } from '../test-kit.ts';
import { invalid, valid } from './proximity.cases.ts';

describe('proximity operator', () => {
  it.each(valid)('valid: $name', ({ when: w, conversation }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits: [] }),
  );
  it.each(invalid)('invalid: $name', ({ when: w, conversation, hits }) =>
    expect(runCondition(w, conversation)).toEqual({ na: false, hits }),
  );
});
