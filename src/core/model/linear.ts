// The learned layer's classifier: logistic regression over hashed n-gram features (./features.ts). Inference is
// a sum of one weight per n-gram, so a sentence costs a few dozen array reads: no native runtime, no matrix
// library. Weights ship quantised to 8 bits (./weights/*.ts, written by `npm run train`).
import { featureLogit } from './features.ts';

export interface LinearModel {
  /** The intent this model recognises (docs/rules.md "Learned intents"). */
  readonly intent: string;
  /** Number of feature buckets, a power of two. */
  readonly dim: number;
  readonly bias: number;
  readonly weights: Float32Array;
}

/** The committed form of a model: weights as signed bytes × `scale`, base64. */
export interface StoredModel {
  readonly intent: string;
  readonly dim: number;
  readonly bias: number;
  readonly scale: number;
  readonly weights: string;
  /** What the training command measured on its held-out split (printed again by `zhijian` docs, not used here). */
  readonly heldOut: Readonly<Record<string, number>>;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Sum of the weights of a feature list, plus the bias: the model's log-odds. */
export function logit(model: LinearModel, feats: readonly number[]): number {
  let z = model.bias;
  for (const f of feats) z += model.weights[f] ?? 0;
  // Length-normalised would hide a short harsh clause inside a long sentence; the raw sum is what training fits.
  return z;
}

/** Probability (0 … 1) that `text[start, end)` expresses the model's intent. */
export function predict(model: LinearModel, text: string, start = 0, end = text.length): number {
  // logit(model, features(text, model.dim, start, end)) without the feature list (./features.ts featureLogit).
  const z = featureLogit(model.weights, model.dim, model.bias, text, start, end);
  return z === undefined ? 0 : sigmoid(z);
}

export function quantise(model: LinearModel, heldOut: Record<string, number>): StoredModel {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 127;
  const bytes = new Uint8Array(model.dim);
  for (let i = 0; i < model.dim; i++) bytes[i] = Math.round((model.weights[i] ?? 0) / scale) & 0xff;
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return { intent: model.intent, dim: model.dim, bias: model.bias, scale, weights: btoa(bin), heldOut };
}

export function dequantise(stored: StoredModel): LinearModel {
  const bin = atob(stored.weights);
  const weights = new Float32Array(stored.dim);
  for (let i = 0; i < stored.dim; i++) {
    const b = bin.charCodeAt(i);
    weights[i] = (b > 127 ? b - 256 : b) * stored.scale;
  }
  return { intent: stored.intent, dim: stored.dim, bias: stored.bias, weights };
}
