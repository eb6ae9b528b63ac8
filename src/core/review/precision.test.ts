import { describe, expect, it } from 'vitest';
import { rulePrecision } from './precision.ts';

describe('rulePrecision', () => {
  it('computes confirmed ÷ reviewed and appeal outcomes per rule, sorted by rule id', () => {
    const rows = rulePrecision(
      [
        { rule: 'forbidden-phrase', verdict: 'confirm' },
        { rule: 'forbidden-phrase', verdict: 'confirm' },
        { rule: 'forbidden-phrase', verdict: 'confirm' },
        { rule: 'forbidden-phrase', verdict: 'reject' },
        { rule: 'agent-hangup', verdict: 'reject' },
      ],
      [
        { rule: 'forbidden-phrase', status: 'upheld' },
        { rule: 'forbidden-phrase', status: 'rejected' },
        { rule: 'forbidden-phrase', status: 'open' },
      ],
    );
    expect(rows).toEqual([
      {
        rule: 'agent-hangup',
        reviewed: 1,
        confirmed: 0,
        rejected: 1,
        precision: 0,
        appeals: 0,
        appealsUpheld: 0,
        appealsRejected: 0,
        precisionAfterAppeals: 0,
      },
      {
        rule: 'forbidden-phrase',
        reviewed: 4,
        confirmed: 3,
        rejected: 1,
        precision: 0.75,
        appeals: 3,
        appealsUpheld: 1,
        appealsRejected: 1,
        precisionAfterAppeals: 0.5,
      },
    ]);
  });

  it('reports a rule with appeals but no reviews in the period with null precision', () => {
    expect(rulePrecision([], [{ rule: 'x', status: 'open' }])[0]).toMatchObject({
      precision: null,
      appeals: 1,
    });
  });
});
