import { describe, expect, it } from 'vitest';
import { calibrationReport, type CalibrationRating } from './calibration.ts';

const conversations = [
  {
    conversationId: 'k-1',
    hits: [
      { rule: 'forbidden-phrase', item: 'language.forbidden', deduction: 1 },
      { rule: 'filler-word', item: 'language.filler', deduction: 1 },
    ],
  },
  { conversationId: 'k-2', hits: [{ rule: 'forbidden-phrase', item: 'language.forbidden', deduction: 1 }] },
];
const manualItems = ['professional.misjudged'];

function rating(
  userId: string,
  conversationId: string,
  verdicts: ('confirm' | 'reject')[],
  misjudged: number,
  total: number,
): CalibrationRating {
  return {
    userId,
    conversationId,
    hits: verdicts.map((verdict, hit) => ({ hit, verdict })),
    deductions: misjudged > 0 ? [{ item: 'professional.misjudged', occurrences: misjudged }] : [],
    total,
  };
}

describe('calibrationReport', () => {
  it('reports perfect agreement of two inspectors with kappa 1 where categories vary', () => {
    const ratings = [
      rating('lead', 'k-1', ['confirm', 'reject'], 1, 96),
      rating('lead', 'k-2', ['reject'], 0, 100),
      rating('qa1', 'k-1', ['confirm', 'reject'], 1, 96),
      rating('qa1', 'k-2', ['reject'], 0, 100),
    ];
    const r = calibrationReport({ conversations, manualItems, ratings, leadUserId: 'lead' });
    expect(r.raters).toEqual(['lead', 'qa1']);
    expect(r.overall).toMatchObject({ units: 5, observed: 1, fleiss: 1, cohen: 1 });
    const fp = r.items.find((i) => i.key === 'rule:forbidden-phrase')!;
    expect(fp).toMatchObject({ units: 2, fleiss: 1, cohen: 1 });
    // filler-word: both rejected its only hit → kappa undefined, observed agreement 1.
    expect(r.items.find((i) => i.key === 'rule:filler-word')).toMatchObject({
      units: 1,
      observed: 1,
      fleiss: null,
    });
    const qa1 = r.inspectors.find((i) => i.userId === 'qa1')!;
    expect(qa1.withLead).toEqual({ units: 5, agreement: 1, kappa: 1 });
    // Two raters: a disagreement is a tie (skipped), so the majority view only counts agreed units.
    expect(qa1.withMajority).toEqual({ units: 5, agreement: 1 });
    expect(qa1.meanScoreDeviation).toBe(0);
    expect(r.inspectors.find((i) => i.userId === 'lead')!.withLead).toBeNull();
  });

  it('finds the outlier among three inspectors', () => {
    const ratings = [
      rating('lead', 'k-1', ['confirm', 'confirm'], 0, 98),
      rating('lead', 'k-2', ['confirm'], 0, 99),
      rating('qa1', 'k-1', ['confirm', 'confirm'], 0, 98),
      rating('qa1', 'k-2', ['confirm'], 0, 99),
      rating('qa2', 'k-1', ['reject', 'reject'], 2, 96),
      rating('qa2', 'k-2', ['reject'], 1, 98),
    ];
    const r = calibrationReport({ conversations, manualItems, ratings, leadUserId: 'lead' });
    const qa2 = r.inspectors.find((i) => i.userId === 'qa2')!;
    expect(qa2.withMajority).toEqual({ units: 5, agreement: 0 });
    expect(qa2.withLead).toMatchObject({ units: 5, agreement: 0 });
    expect(qa2.meanScoreDeviation).toBe(1.5);
    expect(r.inspectors.find((i) => i.userId === 'qa1')!.withMajority.agreement).toBe(1);
    // Every unit split 2 : 1 → P̄ = 1/3; 15 ratings: confirm 6, reject 3, none 4, deduct 2 → P_e = 65/225;
    // κ = (1/3 − 65/225) / (1 − 65/225) = 0.0625.
    expect(r.overall.fleiss).toBeCloseTo(0.0625, 10);
    // Per rule: forbidden-phrase units split confirm 2 : reject 1 → P_e = 5/9 → κ = (1/3 − 5/9)/(4/9) = −0.5.
    expect(r.items.find((i) => i.key === 'rule:forbidden-phrase')!.fleiss).toBeCloseTo(-0.5, 10);
    expect(r.overall.cohen).toBeNull();
  });

  it('ignores hits an inspector did not judge and conversations nobody scored', () => {
    const ratings = [
      {
        userId: 'a',
        conversationId: 'k-1',
        hits: [{ hit: 0, verdict: 'confirm' as const }],
        deductions: [],
        total: null,
      },
      { userId: 'b', conversationId: 'k-1', hits: [], deductions: [], total: null },
    ];
    const r = calibrationReport({ conversations, manualItems, ratings, leadUserId: null });
    expect(r.items.find((i) => i.key === 'rule:forbidden-phrase')!.units).toBe(0);
    expect(r.items.find((i) => i.key === 'item:professional.misjudged')!.units).toBe(1);
    expect(r.inspectors[0]!.meanScoreDeviation).toBeNull();
  });
});
