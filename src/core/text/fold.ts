// Character folding for normalized matching: one UTF-16 unit → one canonical unit, or NOISE.
// Folding is per unit so spans map back to the original text exactly; the matcher folds it into
// its character-class table instead of rewriting the text (docs/product.md: opencc rewriting is slower than the automaton).
import { T2S_PAIRS } from './t2s-table.ts';
import type { NormalizedText } from './types.ts';

/** Marks a unit that normalized matching skips: punctuation, whitespace, ASR pause `_`, format characters. */
export const NOISE = 0xffff;

// Symbols chat users type as punctuation (not covered by \p{P}): ~ ～ ^ ` | and the ASCII/CJK brackets-like signs.
const EXTRA_NOISE = new Set(['~', '^', '`', '|', '+', '=', '<', '>', '·', '…', '—', '～', '￣', '＾', '｜']);
const NOISE_RE = /^[\p{P}\p{Z}\p{Cc}\p{Cf}\s\uFE00-\uFE0F]$/u;

/**
 * Blocks whose every unit folds to itself or to its simplified form: CJK ideographs (extension A and the unified
 * block), Hangul syllables and the private use area. NFKC, lower-casing and the noise test leave each of them as
 * it is, so the table skips those calls there: they are most of the table's cost, and the table is built at every
 * start of every thread that matches text (`zhijian check` builds one per scoring thread).
 */
const PLAIN_BLOCKS: readonly (readonly [number, number])[] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0xe000, 0xf8ff],
];

const isNoise = (ch: string): boolean => NOISE_RE.test(ch) || EXTRA_NOISE.has(ch);

/** The table; `shortcut: false` folds every unit by the rules below (the reference the shortcut is tested against). */
export function buildFoldTable(shortcut = true): Uint16Array {
  const t2s = new Map<number, number>();
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2)
    t2s.set(T2S_PAIRS.charCodeAt(i), T2S_PAIRS.charCodeAt(i + 1));
  const table = new Uint16Array(0x10000);
  const plain = new Uint8Array(0x10000);
  if (shortcut) for (const [from, to] of PLAIN_BLOCKS) plain.fill(1, from, to + 1);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = c; // surrogate halves stay as they are: emoji and rare characters match unit by unit
      continue;
    }
    if (plain[c] === 1) {
      const folded = t2s.get(c) ?? c;
      table[c] = folded !== c && isNoise(String.fromCharCode(folded)) ? NOISE : folded;
      continue;
    }
    const ch = String.fromCharCode(c);
    if (isNoise(ch)) {
      table[c] = NOISE;
      continue;
    }
    // Full-width → half-width and compatibility forms (①→1, ｶ→カ, 兀 compatibility ideographs) via NFKC,
    // only where the result is still one unit; then case; then traditional → simplified.
    let f = ch.normalize('NFKC');
    if (f.length !== 1) f = ch;
    const lower = f.toLowerCase();
    if (lower.length === 1) f = lower;
    const code = f.charCodeAt(0);
    const folded = t2s.get(code) ?? code;
    table[c] = isNoise(String.fromCharCode(folded)) ? NOISE : folded;
  }
  return table;
}

let foldTable: Uint16Array | undefined;

/** The shared fold table (built once, ~128 KB): `FOLD[unit]` is the canonical unit or {@link NOISE}. */
export function foldTable16(): Uint16Array {
  foldTable ??= buildFoldTable();
  return foldTable;
}

/** Folds one UTF-16 unit. */
export function foldUnit(code: number): number {
  return foldTable16()[code] ?? code;
}

/**
 * Normalizes text for matching and keeps the way back: traditional → simplified, full-width → half-width,
 * lower case, and punctuation/whitespace/ASR pause markers removed. `map[i]` is the original offset of unit `i`.
 */
export function normalize(text: string): NormalizedText {
  const table = foldTable16();
  const units: number[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = table[text.charCodeAt(i)] ?? NOISE;
    if (f === NOISE) continue;
    units.push(f);
    map.push(i);
  }
  map.push(text.length);
  let out = '';
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.slice(i, i + 4096));
  return { text: out, map: Int32Array.from(map) };
}

/** Normalizes a phrase or context word: the canonical units only (no map). */
export function normalizePhrase(s: string): string {
  return normalize(s).text;
}
