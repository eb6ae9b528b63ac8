// Logistic regression by stochastic gradient descent with AdaGrad step sizes and L2 shrinkage, on the learned
// layer's hashed features (src/core/model/features.ts). Seeded: the same data and seed give the same weights.
import { features } from '../../src/core/model/features.ts';
import { logit } from '../../src/core/model/linear.ts';
import type { LinearModel } from '../../src/core/model/linear.ts';
import { createRng } from '../../src/core/random/random.ts';
import type { Example } from './data.ts';

const PRIOR_LOGIT = Math.log(0.02 / 0.98);

export interface FitOptions {
  readonly dim: number;
  readonly epochs: number;
  readonly rate: number;
  readonly l2: number;
  readonly seed: number;
}

export function fit(intent: string, examples: readonly Example[], o: FitOptions): LinearModel {
  const weights = new Float32Array(o.dim);
  const g2 = new Float32Array(o.dim).fill(1e-6);
  // The intercept is fixed at a low prior (p ≈ 0.02), not fitted: every sentence's start and end n-grams already
  // act as a fitted intercept, and a fitted bias drifted positive, so text unlike any training sentence (a product
  // code, a link) came out as a violation. With the prior, only n-grams the positives taught raise the score.
  const bias = PRIOR_LOGIT;
  const rows = examples.map((e) => ({ f: features(e.text, o.dim), y: e.label }));
  // Classes weighted to balance: the negatives outnumber the positives.
  const pos = rows.filter((r) => r.y === 1).length;
  const wPos = rows.length / (2 * Math.max(1, pos));
  const wNeg = rows.length / (2 * Math.max(1, rows.length - pos));
  const rng = createRng(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const r of rng.shuffle(rows)) {
      if (r.f.length === 0) continue;
      const model: LinearModel = { intent, dim: o.dim, bias, weights };
      const p = 1 / (1 + Math.exp(-logit(model, r.f)));
      const g = (p - r.y) * (r.y === 1 ? wPos : wNeg);
      for (const f of r.f) {
        const grad = g + o.l2 * weights[f]!;
        g2[f]! += grad * grad;
        weights[f]! -= (o.rate * grad) / Math.sqrt(g2[f]!);
      }
    }
  }
  return { intent, dim: o.dim, bias, weights };
}
