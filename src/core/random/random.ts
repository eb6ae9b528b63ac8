// Seeded pseudo-random numbers for the demo generator and review sampling. The core has no Math.random: every
// random choice comes from a stream derived from the caller's seed, so a seed reproduces the data.
// sfc32 (Chris Doty-Humphrey's Small Fast Counter) passes PractRand to 2^40+ and needs only 32-bit ops;
// its 128-bit state is filled from the seed by splitmix32, so neighbouring seeds give unrelated streams.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniform float in [min, max). */
  float(min: number, max: number): number;
  /** True with probability p (clamped to [0, 1]). */
  chance(p: number): boolean;
  /** One element, uniformly. Throws on an empty list. */
  pick<T>(items: readonly T[]): T;
  /** One value by weight; entries with weight ≤ 0 are never chosen. Throws when no weight is positive. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** k distinct elements in random order (k clamped to the list length). */
  sample<T>(items: readonly T[], k: number): T[];
  /**
   * An independent stream named by `label`, derived from this stream's seed only (not from how many
   * numbers were drawn), so adding a draw in one part of the generator does not reshuffle the others.
   */
  fork(label: string | number): Rng;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** FNV-1a over the label's UTF-16 units, mixed with the parent seed. */
function deriveSeed(seed: number, label: string | number): number {
  const text = String(label);
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return splitmix32(h)();
}

export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const rootSeed = Math.trunc(seed) >>> 0;
  const init = splitmix32(rootSeed);
  const next = sfc32(init(), init(), init(), init());
  // Discard the first outputs: sfc32 mixes its fresh state over a few rounds.
  for (let i = 0; i < 12; i++) next();

  const rng: Rng = {
    next,
    int(min, max) {
      if (max < min) throw new RangeError(`int(${min}, ${max}): max is below min`);
      return min + Math.floor(next() * (max - min + 1));
    },
    float(min, max) {
      return min + next() * (max - min);
    },
    chance(p) {
      return next() < p;
    },
    pick(items) {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted(entries) {
      let total = 0;
      for (const [, w] of entries) if (w > 0) total += w;
      if (total <= 0) throw new RangeError('weighted: no positive weight');
      let x = next() * total;
      for (const [value, w] of entries) {
        if (w <= 0) continue;
        x -= w;
        if (x < 0) return value;
      }
      // Floating-point remainder: fall back to the last positively weighted entry.
      for (let i = entries.length - 1; i >= 0; i--) {
        const e = entries[i];
        if (e && e[1] > 0) return e[0];
      }
      throw new RangeError('weighted: no positive weight');
    },
    shuffle(items) {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = out[i] as (typeof out)[number];
        out[i] = out[j] as (typeof out)[number];
        out[j] = tmp;
      }
      return out;
    },
    sample(items, k) {
      return rng.shuffle(items).slice(0, Math.max(0, Math.min(k, items.length)));
    },
    fork(label) {
      return createRng(deriveSeed(rootSeed, label));
    },
  };
  return rng;
}
