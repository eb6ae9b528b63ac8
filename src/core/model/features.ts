// Features of the learned layer: hashed character n-grams (1 to 3 units) of a folded sentence, with start and end
// markers. Folding (traditional → simplified, full-width → half-width, punctuation and spaces removed) is the text
// layer's own, so the model sees the same units the phrase matcher does. Hashing keeps the model a fixed-size
// vector whatever the vocabulary: a contact center's own training sentences need no dictionary.
import { foldTable16, foldUnit, NOISE } from '../text/fold.ts';
import { homophoneGroup } from '../text/homophones.ts';

/** Longest n-gram, in UTF-16 units (CJK characters are one unit each). */
export const MAX_N = 3;
const START = 0x02;
const END = 0x03;

/** FNV-1a over the n-gram's units, salted by its length so 1-, 2- and 3-grams do not share buckets by design. */
function hashGram(units: ArrayLike<number>, from: number, n: number, salt = n): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = from; i < from + n; i++) {
    h ^= units[i]!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The folded units of `text` between `start` and `end`, framed by the start and end markers. */
export function foldedUnits(text: string, start = 0, end = text.length): number[] {
  const units = [START];
  for (let i = start; i < end; i++) {
    const f = foldUnit(text.charCodeAt(i));
    if (f !== NOISE) units.push(f);
  }
  units.push(END);
  return units;
}

/**
 * The feature buckets (0 … dim−1, `dim` a power of two) of one sentence; a bucket appears once per n-gram
 * occurrence, so repeats count. Empty when the sentence has no content unit.
 */
export function features(text: string, dim: number, start = 0, end = text.length): number[] {
  const units = foldedUnits(text, start, end);
  if (units.length <= 2) return [];
  const mask = dim - 1;
  const out: number[] = [];
  for (let i = 0; i < units.length; i++)
    for (let n = 1; n <= MAX_N && i + n <= units.length; n++) {
      // The bare markers carry no meaning on their own.
      if (n === 1 && (units[i] === START || units[i] === END)) continue;
      out.push(hashGram(units, i, n) & mask);
    }
  // The same 2- and 3-grams over homophone classes (seed-independent pinyin table of the text layer): ASR writes
  // 不之道 for 不知道, and both share these buckets. Units without pinyin keep their own value.
  const sounds = new Int32Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const g = homophoneGroup(units[i]!);
    sounds[i] = g < 0 ? units[i]! : 0x10000 + g;
  }
  for (let i = 0; i < sounds.length; i++)
    for (let n = 2; n <= MAX_N && i + n <= sounds.length; n++) out.push(hashGram(sounds, i, n, n + 8) & mask);
  return out;
}

/** One FNV-1a step of {@link hashGram}, as a signed 32-bit value (the same low bits). */
const fnvStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);
/** hashGram's starting values: salt n for the n-grams of units, n + 8 for those of sounds. */
const GRAM_SEED_1 = 0x811c9dc5 ^ 1;
const GRAM_SEED_2 = 0x811c9dc5 ^ 2;
const GRAM_SEED_3 = 0x811c9dc5 ^ 3;
const SOUND_SEED_2 = 0x811c9dc5 ^ 10;
const SOUND_SEED_3 = 0x811c9dc5 ^ 11;

let soundTable: Int32Array | undefined;

/**
 * `table[unit]` is the value {@link features} gives the (folded) unit in its sound n-grams: 0x10000 + its
 * homophone group, or the unit itself when it has no pinyin (built once, so featureLogit reads one table per unit).
 */
function soundUnits(): Int32Array {
  if (soundTable === undefined) {
    soundTable = new Int32Array(0x10000);
    for (let u = 0; u < 0x10000; u++) {
      const g = homophoneGroup(u);
      soundTable[u] = g < 0 ? u : 0x10000 + g;
    }
  }
  return soundTable;
}

// Scratch for featureLogit, grown on demand: inference is synchronous and never re-entered, so sharing is safe.
let unitBuf = new Int32Array(64);
let soundBuf = new Int32Array(64);

/**
 * `bias` plus the weight of every bucket {@link features} lists for the sentence, added in the same order (so the
 * same floating-point sum as summing that list), or `undefined` when `features` would be empty. Inference runs on
 * every in-scope sentence of every conversation; this computes the buckets on the fly into reused buffers instead
 * of building the folded-unit and feature arrays. Keep it in step with `features` (model.test.ts compares them).
 */
export function featureLogit(
  weights: Float32Array,
  dim: number,
  bias: number,
  text: string,
  start = 0,
  end = text.length,
): number | undefined {
  if (end - start + 2 > unitBuf.length) {
    const cap = Math.max(end - start + 2, unitBuf.length * 2);
    unitBuf = new Int32Array(cap);
    soundBuf = new Int32Array(cap);
  }
  const units = unitBuf;
  const sounds = soundBuf;
  const fold = foldTable16();
  const sound = soundUnits();
  let m = 0;
  sounds[m] = sound[START]!;
  units[m++] = START;
  for (let i = start; i < end; i++) {
    const f = fold[text.charCodeAt(i)]!;
    if (f === NOISE) continue;
    sounds[m] = sound[f]!;
    units[m++] = f;
  }
  sounds[m] = sound[END]!;
  units[m++] = END;
  if (m <= 2) return undefined;
  const mask = dim - 1;
  // hashGram unrolled for n = 1, 2, 3 (MAX_N), in the same order, so the same buckets and the same sum: without
  // the final `>>> 0`, which a bucket (`& mask`, mask < 2³¹) does not see. The markers are only at the two ends
  // (folding makes control characters noise), so the first and last positions are peeled off the loops instead of
  // tested at every unit: position 0 (START) has no unigram; m − 2 has no trigram; m − 1 (END) has nothing.
  let z = bias;
  z += weights[fnvStep(fnvStep(GRAM_SEED_2, units[0]!), units[1]!) & mask] ?? 0;
  z += weights[fnvStep(fnvStep(fnvStep(GRAM_SEED_3, units[0]!), units[1]!), units[2]!) & mask] ?? 0;
  let i = 1;
  for (; i + 3 <= m; i++) {
    const u0 = units[i]!;
    const u1 = units[i + 1]!;
    z += weights[fnvStep(GRAM_SEED_1, u0) & mask] ?? 0;
    z += weights[fnvStep(fnvStep(GRAM_SEED_2, u0), u1) & mask] ?? 0;
    z += weights[fnvStep(fnvStep(fnvStep(GRAM_SEED_3, u0), u1), units[i + 2]!) & mask] ?? 0;
  }
  // i = m − 2 (m ≥ 3)
  z += weights[fnvStep(GRAM_SEED_1, units[i]!) & mask] ?? 0;
  z += weights[fnvStep(fnvStep(GRAM_SEED_2, units[i]!), units[i + 1]!) & mask] ?? 0;
  let j = 0;
  for (; j + 3 <= m; j++) {
    const s0 = sounds[j]!;
    const s1 = sounds[j + 1]!;
    z += weights[fnvStep(fnvStep(SOUND_SEED_2, s0), s1) & mask] ?? 0;
    z += weights[fnvStep(fnvStep(fnvStep(SOUND_SEED_3, s0), s1), sounds[j + 2]!) & mask] ?? 0;
  }
  // j = m − 2
  z += weights[fnvStep(fnvStep(SOUND_SEED_2, sounds[j]!), sounds[j + 1]!) & mask] ?? 0;
  return z;
}
