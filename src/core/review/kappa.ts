// Chance-corrected agreement between raters for calibration sessions (docs/product.md "Review, appeals, sampling and calibration"): Cohen's kappa for two
// raters, Fleiss' kappa for any number of raters per subject. Both answer null when kappa is undefined (no subjects,
// or chance agreement is already perfect because every rating fell in one category); callers then report the raw
// observed agreement instead, which is 1 in that case.

export interface KappaResult {
  /** Chance-corrected agreement in [-1, 1], or null when undefined. */
  readonly kappa: number | null;
  /** Observed agreement in [0, 1] (P_o for Cohen, mean P_i for Fleiss). */
  readonly observed: number;
  /** Agreement expected by chance (P_e). */
  readonly expected: number;
  /** Subjects counted. */
  readonly subjects: number;
}

const EPSILON = 1e-12;

function kappaOf(observed: number, expected: number, subjects: number): KappaResult {
  const kappa = subjects === 0 || 1 - expected < EPSILON ? null : (observed - expected) / (1 - expected);
  return { kappa, observed, expected, subjects };
}

/** Cohen's kappa over paired labels of the same subjects by rater A and rater B. */
export function cohenKappa<L extends string>(pairs: readonly (readonly [L, L])[]): KappaResult {
  const n = pairs.length;
  if (n === 0) return { kappa: null, observed: 0, expected: 0, subjects: 0 };
  const a = new Map<L, number>();
  const b = new Map<L, number>();
  let agree = 0;
  for (const [x, y] of pairs) {
    if (x === y) agree++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  let expected = 0;
  for (const [label, count] of a) expected += (count / n) * ((b.get(label) ?? 0) / n);
  return kappaOf(agree / n, expected, n);
}

/**
 * Fleiss' kappa. `subjects[i][j]` = how many raters put subject i in category j (every row the same length). Rows
 * may have different rater counts (the generalisation with per-subject n_i); rows with fewer than two ratings
 * carry no agreement information and are skipped.
 */
export function fleissKappa(subjects: readonly (readonly number[])[]): KappaResult {
  const rows = subjects.filter((r) => r.reduce((s, x) => s + x, 0) >= 2);
  if (rows.length === 0) return { kappa: null, observed: 0, expected: 0, subjects: 0 };
  const k = Math.max(...rows.map((r) => r.length));
  const totals = new Array<number>(k).fill(0);
  let ratings = 0;
  let sumP = 0;
  for (const r of rows) {
    const n = r.reduce((s, x) => s + x, 0);
    let sq = 0;
    r.forEach((x, j) => {
      sq += x * x;
      totals[j] = (totals[j] ?? 0) + x;
    });
    ratings += n;
    sumP += (sq - n) / (n * (n - 1));
  }
  const observed = sumP / rows.length;
  const expected = totals.reduce((s, t) => s + (t / ratings) ** 2, 0);
  return kappaOf(observed, expected, rows.length);
}

/** Count matrix for fleissKappa from per-subject label lists, with categories in the given order. */
export function countMatrix<L extends string>(
  categories: readonly L[],
  subjects: readonly (readonly L[])[],
): number[][] {
  return subjects.map((labels) => categories.map((c) => labels.filter((l) => l === c).length));
}
