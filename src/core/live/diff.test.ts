import { describe, expect, it } from 'vitest';
import { diffLiveFinal } from './diff.ts';

const h = (rule: string, turn: number, start = 0, end = 2) => ({ rule, turn, start, end, text: 'x' });

describe('diffLiveFinal', () => {
  it.each([
    { name: 'same hits: all confirmed', live: [h('a', 1)], final: [h('a', 1)], c: 1, w: 0, f: 0 },
    { name: 'final lacks a live hit: withdrawn', live: [h('a', 1)], final: [], c: 0, w: 1, f: 0 },
    { name: 'end-only rule: final only', live: [], final: [h('missing-closing', 3, 0, 0)], c: 0, w: 0, f: 1 },
    {
      name: 'other span of the same rule is another hit',
      live: [h('a', 1)],
      final: [h('a', 1, 3, 5)],
      c: 0,
      w: 1,
      f: 1,
    },
  ])('$name', ({ live, final, c, w, f }) => {
    const d = diffLiveFinal(live, final);
    expect([d.confirmed.length, d.withdrawn.length, d.finalOnly.length]).toEqual([c, w, f]);
  });
});
