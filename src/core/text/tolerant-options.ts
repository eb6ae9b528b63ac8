// Tolerant mode's options as the scanners read them: the budgets, the filler tokens (flat and grouped by first
// unit) and which noise a stutter may span. Shared by ./scan-tolerant.ts, ./scan-plain.ts and the reference.
import { NOISE, foldTable16 } from './fold.ts';

export interface TolerantOptions {
  maxFillers: number;
  /** Folded filler tokens (noise removed). */
  fillers: readonly string[];
  stutter: boolean;
  /** 1 for every folded unit that starts a filler token: most positions skip the filler loop. */
  fillerFirst: Uint8Array;
}

export function tolerantOptions(
  maxFillers: number,
  fillers: readonly string[],
  stutter: boolean,
): TolerantOptions {
  const fillerFirst = new Uint8Array(0x10000);
  for (const f of fillers) fillerFirst[f.charCodeAt(0)] = 1;
  return { maxFillers, fillers, stutter, fillerFirst };
}

/**
 * Noise that may sit between a unit and its stutter repeat: the ASR pause mark and hesitation marks
 * (我_我不是, 我…我不是, 我~我不是). Any other noise (，。？ spaces…) is a clause break: `你问我，我问谁` is
 * two clauses, not a stuttered 我问谁.
 */
const STUTTER_GLUE = '_…⋯‥—–-~～';

let breakTable: Uint8Array | undefined;

/** `stutterBreakTable()[unit]` is 1 for noise units a stutter must not span (built once, 64 KB). */
export function stutterBreakTable(): Uint8Array {
  if (breakTable === undefined) {
    const fold = foldTable16();
    breakTable = new Uint8Array(0x10000);
    for (let u = 0; u < 0x10000; u++) if (fold[u] === NOISE) breakTable[u] = 1;
    for (let i = 0; i < STUTTER_GLUE.length; i++) breakTable[STUTTER_GLUE.charCodeAt(i)] = 0;
  }
  return breakTable;
}

/**
 * Filler tokens as one flat unit array, grouped by first unit. List order is kept inside a group, which is all
 * the search order depends on (tokens of different groups never both read at one position).
 */
export interface FillerTokens {
  numTokens: number;
  /** Token t is tokUnits[tokFrom[t] .. tokFrom[t + 1]). */
  tokFrom: Int32Array;
  tokUnits: Uint16Array;
  /** groupOf[unit] - 1 is the group of tokens starting with that (folded) unit; 0 = none does. */
  groupOf: Uint8Array;
  /** Tokens of group g are groupFrom[g] .. groupFrom[g + 1]. */
  groupFrom: Int32Array;
}

export function buildFillerTokens(fillers: readonly string[]): FillerTokens {
  const tokens = fillers
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.charCodeAt(0) - b.f.charCodeAt(0) || a.i - b.i)
    .map((x) => x.f);
  const numTokens = tokens.length;
  const tokFrom = new Int32Array(numTokens + 1);
  const tokUnits = new Uint16Array(tokens.reduce((n, f) => n + f.length, 0));
  const groupOf = new Uint8Array(0x10000);
  const groupStarts: number[] = [];
  tokens.forEach((f, t) => {
    const from = tokFrom[t]!;
    for (let k = 0; k < f.length; k++) tokUnits[from + k] = f.charCodeAt(k);
    tokFrom[t + 1] = from + f.length;
    const first = f.charCodeAt(0);
    if (groupOf[first] === 0) {
      groupStarts.push(t);
      if (groupStarts.length > 255) throw new Error('too many distinct filler first characters');
      groupOf[first] = groupStarts.length;
    }
  });
  return { numTokens, tokFrom, tokUnits, groupOf, groupFrom: Int32Array.from([...groupStarts, numTokens]) };
}
