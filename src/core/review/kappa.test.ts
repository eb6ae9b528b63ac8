import { describe, expect, it } from 'vitest';
import { cohenKappa, countMatrix, fleissKappa } from './kappa.ts';

const repeat = <T>(pair: T, n: number): T[] => Array.from({ length: n }, () => pair);

describe('cohenKappa', () => {
  it('matches the textbook 2×2 example (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → κ = 0.4)', () => {
    const pairs = [
      ...repeat(['yes', 'yes'] as const, 20),
      ...repeat(['yes', 'no'] as const, 5),
      ...repeat(['no', 'yes'] as const, 10),
      ...repeat(['no', 'no'] as const, 15),
    ];
    const r = cohenKappa(pairs);
    expect(r.observed).toBeCloseTo(0.7, 10);
    expect(r.expected).toBeCloseTo(0.5, 10);
    expect(r.kappa).toBeCloseTo(0.4, 10);
  });

  it('matches the second textbook example (45/15/25/15 → κ ≈ 0.1304)', () => {
    const pairs = [
      ...repeat(['yes', 'yes'] as const, 45),
      ...repeat(['yes', 'no'] as const, 15),
      ...repeat(['no', 'yes'] as const, 25),
      ...repeat(['no', 'no'] as const, 15),
    ];
    expect(cohenKappa(pairs).kappa).toBeCloseTo(0.06 / 0.46, 10);
  });

  it('is 1 for perfect agreement over two categories and negative for systematic disagreement', () => {
    expect(cohenKappa([...repeat(['a', 'a'] as const, 3), ...repeat(['b', 'b'] as const, 2)]).kappa).toBe(1);
    expect(cohenKappa([...repeat(['a', 'b'] as const, 3), ...repeat(['b', 'a'] as const, 3)]).kappa).toBe(-1);
  });

  it('is undefined (null) when both raters used a single category, with observed agreement 1', () => {
    const r = cohenKappa(repeat(['confirm', 'confirm'] as const, 4));
    expect(r.kappa).toBeNull();
    expect(r.observed).toBe(1);
    expect(cohenKappa([]).kappa).toBeNull();
  });
});

describe('fleissKappa', () => {
  // Fleiss (1971) worked example as reproduced in most textbooks: 10 subjects, 14 raters, 5 categories.
  const table = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ];

  it('matches the textbook value κ ≈ 0.210 (P̄ = 0.378, P̄e = 0.213)', () => {
    const r = fleissKappa(table);
    expect(r.observed).toBeCloseTo(0.378, 3);
    expect(r.expected).toBeCloseTo(0.213, 3);
    expect(r.kappa).toBeCloseTo(0.21, 3);
    expect(r.subjects).toBe(10);
  });

  it('equals Scott’s pi for two raters (pooled marginals)', () => {
    // 2 raters: 20 both yes, 15 both no, 15 split → P_o = 0.7, pooled p(yes) = 0.55 → P_e = 0.505.
    const rows = [...repeat([2, 0], 20), ...repeat([0, 2], 15), ...repeat([1, 1], 15)];
    expect(fleissKappa(rows).kappa).toBeCloseTo((0.7 - 0.505) / (1 - 0.505), 10);
  });

  it('skips subjects with fewer than two ratings and is null when everyone chose one category', () => {
    expect(fleissKappa([[1, 0]]).subjects).toBe(0);
    const r = fleissKappa([
      [3, 0],
      [3, 0],
    ]);
    expect(r.kappa).toBeNull();
    expect(r.observed).toBe(1);
  });

  it('builds count matrices from label lists', () => {
    expect(
      countMatrix(
        ['confirm', 'reject'],
        [
          ['confirm', 'confirm', 'reject'],
          ['reject', 'reject'],
        ],
      ),
    ).toEqual([
      [2, 1],
      [0, 2],
    ]);
  });
});
