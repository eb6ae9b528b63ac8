// Helpers for the timing operators. They run only when every turn carries times (the evaluator answers
// "not applicable" otherwise), so a missing time here is a programming error, not a guess.
import type { Turn } from '../../conversation/schema.ts';

export function startOf(t: Turn | undefined): number {
  if (t?.startMs === undefined) throw new Error('timing operator ran on a turn without startMs');
  return t.startMs;
}

export function endOf(t: Turn | undefined): number {
  if (t?.endMs === undefined) throw new Error('timing operator ran on a turn without endMs');
  return t.endMs;
}

/** Index of the last turn that starts at or before `ms`, or -1. */
export function turnAt(turns: readonly Turn[], ms: number): number {
  let idx = -1;
  turns.forEach((t, i) => {
    if (startOf(t) <= ms) idx = i;
  });
  return idx;
}
