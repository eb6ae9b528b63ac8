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
        suggested: { reviewed: 0, confirmed: 0, precision: null },
        advice: 'collect-more',
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
        suggested: { reviewed: 0, confirmed: 0, precision: null },
        advice: 'collect-more',
      },
    ]);
  });

  it('reports a rule with appeals but no reviews in the period with null precision', () => {
    expect(rulePrecision([], [{ rule: 'x', status: 'open' }])[0]).toMatchObject({
      precision: null,
      appeals: 1,
    });
  });

  it('counts suggested hits apart and advises deducting only on enough confirmed suggestions', () => {
    const many = (rule: string, n: number, verdict: 'confirm' | 'reject', suggested?: boolean) =>
      Array.from({ length: n }, () => ({ rule, verdict, ...(suggested ? { suggested } : {}) }));
    const rows = rulePrecision(
      [
        // learned hits confirmed 17 of 20: enough, and ≥ 0.8
        ...many('shirking', 17, 'confirm', true),
        ...many('shirking', 3, 'reject', true),
        ...many('shirking', 5, 'confirm'),
        // learned hits confirmed 3 of 20
        ...many('learned-b', 3, 'confirm', true),
        ...many('learned-b', 17, 'reject', true),
        // too few
        ...many('learned-c', 5, 'confirm', true),
        // a list rule confirmed 10 of 20: its lists need tuning
        ...many('list-a', 10, 'confirm'),
        ...many('list-a', 10, 'reject'),
        // a list rule confirmed 19 of 20: nothing to say
        ...many('list-b', 19, 'confirm'),
        ...many('list-b', 1, 'reject'),
      ],
      [],
    );
    const by = new Map(rows.map((r) => [r.rule, r]));
    expect(by.get('shirking')).toMatchObject({
      reviewed: 25,
      confirmed: 22,
      suggested: { reviewed: 20, confirmed: 17, precision: 0.85 },
      advice: 'may-deduct',
    });
    expect(by.get('learned-b')?.advice).toBe('keep-suggesting');
    expect(by.get('learned-c')?.advice).toBe('collect-more');
    expect(by.get('list-a')?.advice).toBe('tune');
    expect(by.get('list-b')?.advice).toBeNull();
  });
});
