// Tolerant mode's fast path. While no filler or stutter can start right after a live partial match, every
// tolerant match is a plain path through the trie, i.e. exactly what normalized mode's Aho–Corasick scan finds
// (same spans, same order, and no two plain matches of one phrase share an end, so no duplicates to drop).
// So: run that scan, watching each unit that follows a live state; at the first one where a filler token or a
// stutter repeat could read, give up (null) and let the full search (./scan-tolerant.ts) do the text.
// Most turns have none, and this costs about what normalized mode costs.
// Per unit the loop reads one class and, for lists small enough (the usual few hundred phrases), one entry of the
// automaton with its failure links resolved (./trie.ts buildDfa); the folded unit and the filler table are read
// only while a partial match is live and the class says a filler or a repeat may be there.
// A skip only matters if the walk can go on after it: every unit a skip passes over is a filler or a stutter
// repeat, so the walk's next transition reads one of the next few units (at most the skip budget away), from the
// state it had before the skip. When no live state has a transition on any of those units, the full search would
// find nothing the plain scan does not (a skipped path ends where it stood), and the scan goes on instead of
// giving up: 谢谢 where no phrase goes on from 谢 with what follows, and fillers after a word no phrase continues,
// stay on this path.
import { SKIP } from './alphabet.ts';
import { NOISE, foldTable16 } from './fold.ts';
import { acceptSpan } from './fuzzy-guard.ts';
import { pushOrdered } from './scan-automaton.ts';
import { MAX_STUTTER_SKIPS } from './fillers.ts';
import { stutterBreakTable } from './tolerant-options.ts';
import type { FillerTokens, TolerantOptions } from './tolerant-options.ts';
import { buildDfa } from './trie.ts';
import type { Trie } from './trie.ts';
import type { PhraseMatch } from './types.ts';

/** Largest resolved transition table (Uint16 entries, 1 MB): a few hundred phrases fit many times over. */
const MAX_DFA_ENTRIES = 1 << 19;

export function plainPathScanner(
  trie: Trie,
  classOf: Uint16Array,
  lens: Int32Array,
  opts: TolerantOptions,
  tokens: FillerTokens,
  guard: readonly (string | null)[] | undefined,
): (text: string) => PhraseMatch[] | null {
  const { base, check, fail, emit, dict, outFirst, outCount, outIds } = trie;
  const fold = foldTable16();
  const brkOf = stutterBreakTable();
  const { maxFillers, stutter } = opts;
  const { tokFrom, tokUnits, groupOf, groupFrom } = tokens;
  // Most non-noise units one run of skips can pass over: every filler at its longest, and the stutter budget (whose
  // last step may skip two units). The walk's next transition reads one of that many units after the first skipped
  // one (the skipped unit itself is never read by a transition of this state).
  let longestFiller = 0;
  for (let t = 0; t + 1 < tokFrom.length; t++)
    longestFiller = Math.max(longestFiller, tokFrom[t + 1]! - tokFrom[t]!);
  const reach = maxFillers * longestFiller + (stutter ? MAX_STUTTER_SKIPS + 1 : 0);

  /**
   * Where a match of `len` non-noise units ending at text offset `last` starts: found by walking back at the
   * (rare) match instead of recording every unit's offset as the scan goes.
   */
  const startOf = (text: string, last: number, len: number): number => {
    let j = last;
    for (let k = 1; k < len;) if (classOf[text.charCodeAt(--j)] !== SKIP) k++;
    return j;
  };

  /** Whether a filler token of group g reads at text offset i (noise inside the token allowed). */
  const fillerAt = (text: string, i: number, g: number): boolean => {
    for (let tk = groupFrom[g]!, tkEnd = groupFrom[g + 1]!; tk < tkEnd; tk++) {
      let j = i;
      let x = tokFrom[tk]!;
      const to = tokFrom[tk + 1]!;
      for (; x < to; x++, j++) {
        while (j < text.length && classOf[text.charCodeAt(j)] === SKIP) j++;
        if (j >= text.length || (fold[text.charCodeAt(j)] ?? NOISE) !== tokUnits[x]) break;
      }
      if (x === to) return true;
    }
    return false;
  };

  /**
   * Whether the next non-noise unit after text offset i is `last`, with no clause break before it: the second half
   * of a two-unit stutter (不是不是) as the full search reads it.
   */
  const nextRepeats = (text: string, i: number, last: number): boolean => {
    let j = i + 1;
    let br = 0;
    for (; j < text.length; j++) {
      const code = text.charCodeAt(j);
      if (classOf[code] !== SKIP) break;
      br |= brkOf[code]!;
    }
    return j < text.length && br === 0 && fold[text.charCodeAt(j)] === last;
  };

  /**
   * Whether state s or a state on its failure chain (the live partial matches; the root is none) has a transition
   * on the class of one of the `reach` non-noise units after text offset i (the first unit a skip passes over).
   */
  const canGrowWithin = (text: string, i: number, s: number): boolean => {
    for (let j = i + 1, seen = 0; j < text.length && seen < reach; j++) {
      const c = classOf[text.charCodeAt(j)]!;
      if (c === SKIP) continue;
      seen++;
      if (c === 0) continue;
      for (let t = s; t !== 0; t = fail[t]!) if (check[base[t]! + c] === t) return true;
    }
    return false;
  };

  let numClasses = 0;
  for (let code = 0; code < 0x10000; code++) {
    const c = classOf[code]!;
    if (c !== SKIP && c > numClasses) numClasses = c;
  }
  const stride = numClasses + 1;
  // The filler group + 1 of each unit as it reads in the text (0 = no filler starts with it), and per class
  // whether any unit of it starts a filler: while a match is live, the table is read only for those classes.
  const fillerGroupOf = new Uint8Array(0x10000);
  const classMayFill = new Uint8Array(stride);
  for (let code = 0; code < 0x10000; code++) {
    const c = classOf[code]!;
    if (c === SKIP) continue;
    const g = groupOf[fold[code]!]!;
    fillerGroupOf[code] = g;
    if (g !== 0) classMayFill[c] = 1;
  }
  const dfa = buildDfa(trie, numClasses, MAX_DFA_ENTRIES);
  // With the resolved table, states are its breadth-first numbers: their outputs and trie slots come from it.
  const delta = dfa?.delta ?? new Uint16Array(1);
  const emitOf = dfa?.emit ?? emit;
  const slotOf = dfa?.slotOf;

  return (text) => {
    const out: PhraseMatch[] = [];
    const n = text.length;
    let s = 0;
    // Last two non-noise units, as their original code and class (-1: none yet).
    let lastCode = -1;
    let lastC = -1;
    let prevCode = -1;
    let prevC = -1;
    let broken = 0;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      const c = classOf[code]!;
      if (c === SKIP) {
        broken |= brkOf[code]!;
        continue;
      }
      // A partial match is live (s ≠ 0): could its path take a skip here? (Over-approximate: the 2-unit
      // stutter is assumed possible when this unit repeats the one before the last and the next one repeats the
      // last, whatever the partial match's depth.)
      if (s !== 0) {
        if (
          ((maxFillers > 0 &&
            classMayFill[c] !== 0 &&
            fillerGroupOf[code] !== 0 &&
            fillerAt(text, i, fillerGroupOf[code]! - 1)) ||
            (stutter &&
              broken === 0 &&
              ((c === lastC && fold[code] === fold[lastCode]) ||
                (c === prevC && fold[code] === fold[prevCode] && nextRepeats(text, i, fold[lastCode]!))))) &&
          canGrowWithin(text, i, slotOf === undefined ? s : slotOf[s]!)
        )
          return null;
      }
      prevCode = lastCode;
      prevC = lastC;
      lastCode = code;
      lastC = c;
      broken = 0;
      if (dfa !== null) s = delta[s * stride + c]!;
      else if (c === 0) {
        s = 0;
        continue;
      } else
        for (;;) {
          const t = base[s]! + c;
          if (check[t] === s) {
            s = t;
            break;
          }
          if (s === 0) break;
          s = fail[s]!;
        }
      let x = emitOf[s]!;
      while (x !== 0) {
        for (let k = outFirst[x]!, last = k + outCount[x]!; k < last; k++) {
          const phrase = outIds[k]!;
          const start = startOf(text, i, lens[phrase]!);
          const pattern = guard?.[phrase] ?? null;
          if (pattern !== null && !acceptSpan(pattern, text, start, i + 1)) continue;
          pushOrdered(out, { phrase, start, end: i + 1 });
        }
        x = dict[x]!;
      }
    }
    return out;
  };
}
