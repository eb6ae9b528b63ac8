// The learned layer's models, by intent name: committed weights (./weights, written by `npm run train` from
// packs/default/training), decoded once on first use.
import { dequantise } from './linear.ts';
import type { LinearModel, StoredModel } from './linear.ts';
import { DISMISSIVE } from './weights/dismissive.ts';

export { predict } from './linear.ts';
export type { LinearModel, StoredModel } from './linear.ts';
export { sentenceMarkUnits, sentenceSpans, spaceUnits } from './sentences.ts';

const STORED: Readonly<Record<string, StoredModel>> = { dismissive: DISMISSIVE };

/** Intent names a pack may name in `op: classifier` (docs/rules.md). */
export const MODEL_INTENTS = Object.keys(STORED) as readonly string[];

const decoded = new Map<string, LinearModel>();

export function intentModel(intent: string): LinearModel | undefined {
  let m = decoded.get(intent);
  if (m === undefined) {
    const stored = STORED[intent];
    if (stored === undefined) return undefined;
    m = dequantise(stored);
    decoded.set(intent, m);
  }
  return m;
}
