// `npm run train [-- --seed N --ensemble K]`: trains the learned layer's intent models from the team's sentences
// (packs/default/training/*.yaml), prints held-out figures, and writes the quantised weights to
// src/core/model/weights/<intent>.ts (committed; inference needs no training data and no native runtime).
// Held out twice: a seeded 20 % stratified split of the training file (model fitted on the other 80 %), and the
// agent sentences of scripts/eval/cases/heldout-learned.yaml, written before training and never trained on.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { predict, quantise, dequantise } from '../../src/core/model/linear.ts';
import type { LinearModel } from '../../src/core/model/linear.ts';
import { createRng } from '../../src/core/random/random.ts';
import { loadTraining } from './data.ts';
import type { Example } from './data.ts';
import { fit } from './fit.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '11' },
    ensemble: { type: 'string', default: '5' },
    dir: { type: 'string', default: join(import.meta.dirname, '../../packs/default/training') },
  },
});
const OPTIONS = { dim: 1 << 17, epochs: 30, rate: 0.3, l2: 1e-4, seed: Number(values.seed) };
/**
 * Models fitted per intent, each with its own seed (the order stochastic gradient descent visits the sentences),
 * whose weights are averaged into the one stored: a single fit's figures moved by several sentences in a hundred
 * from one seed to the next, and one added sentence could tip unrelated ones over the deduction threshold.
 */
const ENSEMBLE = Number(values.ensemble);
const OUT = join(import.meta.dirname, '../../src/core/model/weights');
const out = (s: string): void => void process.stdout.write(s);

interface Figures {
  n: number;
  precision: number;
  recall: number;
  f1: number;
}

function measure(model: LinearModel, set: readonly Example[], threshold: number): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of set) {
    const yes = predict(model, e.text) >= threshold;
    if (yes && e.label === 1) tp++;
    else if (yes) fp++;
    else if (e.label === 1) fn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { n: set.length, precision, recall, f1 };
}

/** Agent sentences of the fresh held-out cases: `e: hit` cases' agent turns are positives, `e: clean` negatives. */
function freshHeldOut(): Example[] {
  const path = join(import.meta.dirname, '../eval/cases/heldout-learned.yaml');
  const cases = parse(readFileSync(path, 'utf8')) as { e: string; t: string[] }[];
  return cases.flatMap((c) =>
    c.t
      .filter((t) => t.startsWith('A: '))
      .map((t) => ({ text: t.slice(3), label: c.e === 'hit' ? (1 as const) : (0 as const) })),
  );
}

/** The average of ENSEMBLE fits with consecutive seeds (one inference, the same size). */
function fitAveraged(intent: string, examples: readonly Example[]): LinearModel {
  const models = Array.from({ length: ENSEMBLE }, (_, k) =>
    fit(intent, examples, { ...OPTIONS, seed: OPTIONS.seed + k }),
  );
  const weights = new Float32Array(OPTIONS.dim);
  for (const m of models)
    for (let i = 0; i < weights.length; i++) weights[i]! += m.weights[i]! / models.length;
  return { ...models[0]!, weights };
}

const row = (name: string, t: number, f: Figures): string =>
  `${name.padEnd(26)}${t.toFixed(2).padStart(6)}${String(f.n).padStart(6)}${f.precision.toFixed(3).padStart(10)}${f.recall.toFixed(3).padStart(8)}${f.f1.toFixed(3).padStart(8)}\n`;

for (const file of readdirSync(values.dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const { intent, examples } = loadTraining(join(values.dir, file));
  const rng = createRng(OPTIONS.seed);
  const test: Example[] = [];
  const train: Example[] = [];
  for (const label of [0, 1] as const) {
    const group = rng.shuffle(examples.filter((e) => e.label === label));
    const cut = Math.round(group.length * 0.2);
    test.push(...group.slice(0, cut));
    train.push(...group.slice(cut));
  }
  const t0 = performance.now();
  const split = fitAveraged(intent, train);
  const splitMs = performance.now() - t0;
  const fresh = freshHeldOut();
  const positives = examples.filter((e) => e.label === 1).length;
  out(
    `\n=== intent ${intent}: ${examples.length} sentences (${positives} positive, ${examples.length - positives} negative), ` +
      `${OPTIONS.dim} buckets, ${OPTIONS.epochs} epochs, ${ENSEMBLE} fits averaged from seed ${OPTIONS.seed} ===\n`,
  );
  out(
    `${'held-out set'.padEnd(26)}${'thr'.padStart(6)}${'n'.padStart(6)}${'precision'.padStart(10)}${'recall'.padStart(8)}${'F1'.padStart(8)}\n`,
  );
  const heldOut: Record<string, number> = {};
  for (const t of [0.5, 0.7, 0.9]) {
    const a = measure(split, test, t);
    const b = measure(split, fresh, t);
    out(row('20% split of training', t, a));
    out(row('fresh (heldout-learned)', t, b));
    heldOut[`splitPrecision${t * 100}`] = Number(a.precision.toFixed(3));
    heldOut[`splitRecall${t * 100}`] = Number(a.recall.toFixed(3));
  }
  const t1 = performance.now();
  const final = fitAveraged(intent, examples);
  const finalMs = performance.now() - t1;
  const stored = quantise(final, heldOut);
  const q = dequantise(stored);
  const fq = measure(q, fresh, 0.5);
  out(row('fresh, final quantised', 0.5, fq));
  const target = join(OUT, `${intent}.ts`);
  const name = intent.toUpperCase().replace(/-/gu, '_');
  writeFileSync(
    target,
    `// Written by \`npm run train\` from packs/default/training/${file}: do not edit by hand.\n` +
      `import type { StoredModel } from '../linear.ts';\n\n` +
      `export const ${name}: StoredModel = ${JSON.stringify(stored)};\n`,
  );
  out(
    `training time: ${splitMs.toFixed(0)} ms (80% split), ${finalMs.toFixed(0)} ms (all); ` +
      `weights ${stored.weights.length} bytes base64 → ${target}\n`,
  );
}
