import { describe, expect, it } from 'vitest';
import { createRng } from './random.ts';

const draw = (seed: number, n: number): number[] => {
  const r = createRng(seed);
  return Array.from({ length: n }, () => r.next());
};

describe('createRng', () => {
  it('repeats a stream for the same seed and differs between neighbouring seeds', () => {
    expect(draw(7, 50)).toEqual(draw(7, 50));
    expect(draw(7, 50)).not.toEqual(draw(8, 50));
    expect(draw(0, 1)[0]).not.toBe(draw(1, 1)[0]);
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const xs = draw(123, 20_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const buckets = new Array<number>(10).fill(0);
    for (const x of xs) buckets[Math.floor(x * 10)]!++;
    for (const b of buckets) expect(Math.abs(b - 2000)).toBeLessThan(200);
  });

  it('int covers both bounds and nothing outside', () => {
    const r = createRng(5);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(r.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
    expect(() => r.int(2, 1)).toThrow(RangeError);
  });

  it('weighted follows the weights and never picks a zero weight', () => {
    const r = createRng(9);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[
        r.weighted([
          ['a', 1],
          ['b', 3],
          ['c', 0],
        ] as const)
      ]++;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.6);
    expect(counts.b / counts.a).toBeLessThan(3.4);
    expect(() => r.weighted([['x', 0]])).toThrow(RangeError);
  });

  it('pick, shuffle and sample keep the elements', () => {
    const r = createRng(11);
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(r.shuffle(items).sort()).toEqual(items);
    const s = r.sample(items, 3);
    expect(new Set(s).size).toBe(3);
    expect(r.sample(items, 20)).toHaveLength(8);
    expect(items).toContain(r.pick(items));
    expect(() => r.pick([])).toThrow(RangeError);
  });

  it('forks depend on the label and the seed, not on how much the parent has drawn', () => {
    const a = createRng(42);
    const b = createRng(42);
    for (let i = 0; i < 10; i++) b.next();
    expect(a.fork('x').next()).toBe(b.fork('x').next());
    expect(a.fork('x').next()).not.toBe(a.fork('y').next());
    expect(createRng(43).fork('x').next()).not.toBe(a.fork('x').next());
  });

  it('rejects a non-finite seed', () => {
    expect(() => createRng(Number.NaN)).toThrow(RangeError);
  });
});
