// Tolerant mode: from every start, walk the trie and allow, between two phrase characters, noise,
// up to `maxFillers` filler tokens and stutter repeats of the last one or two characters (我我不是, 不是不是).
// The walk is anchored, so each start yields its own matches and results come out in start order.
//
// Speed, in three layers, all giving exactly the recursive walk of ./reference-tolerant.ts:
// - ./scan-plain.ts first: texts where no filler or stutter can occur inside a match are scanned by the
//   Aho–Corasick loop of normalized mode (most turns);
// - otherwise one pass folds the text into a reusable "stream" of its non-noise units (original offset, folded
//   unit, class, clause break before it), and each start follows plain transitions inline while no skip can
//   read next, falling back to a depth-first search on a typed-array stack (no recursion, no closures per call);
// - duplicate suppression uses a generation-stamped hash table, filled only once a start needs the search.
// Nothing is allocated per call except the matches.
import { SKIP } from './alphabet.ts';
import { foldTable16 } from './fold.ts';
import { acceptSpan } from './fuzzy-guard.ts';
import { MAX_STUTTER_SKIPS } from './fillers.ts';
import { plainPathScanner } from './scan-plain.ts';
import { buildFillerTokens, stutterBreakTable } from './tolerant-options.ts';
import type { TolerantOptions } from './tolerant-options.ts';
import type { Trie } from './trie.ts';
import type { PhraseMatch } from './types.ts';

export { stutterBreakTable, tolerantOptions } from './tolerant-options.ts';
export type { TolerantOptions } from './tolerant-options.ts';

/** Frame fields of the explicit DFS stack: state, next stream index, last/prev phrase units, budgets. */
const F_STATE = 0;
const F_NEXT = 1;
const F_LAST = 2;
const F_PREV = 3;
const F_FILLERS = 4;
const F_STUTTERS = 5;
const FRAME = 6;

export function tolerantScanner(
  trie: Trie,
  classOf: Uint16Array,
  lens: Int32Array,
  opts: TolerantOptions,
  guard?: readonly (string | null)[],
): (text: string) => PhraseMatch[] {
  const { base, check, outFirst, outCount, outIds } = trie;
  const fold = foldTable16();
  const brkOf = stutterBreakTable();
  const { maxFillers, stutter } = opts;
  const tokens = buildFillerTokens(opts.fillers);
  const { numTokens, tokFrom, tokUnits, groupOf, groupFrom } = tokens;
  const plainScan = plainPathScanner(trie, classOf, lens, opts, tokens, guard);

  // Reusable buffers, grown on demand. Scanning is synchronous and never re-entered, so sharing is safe.
  let cap = 0;
  let pos = new Int32Array(0);
  let unit = new Uint16Array(0);
  let cls = new Uint16Array(0);
  let brk = new Uint8Array(0);
  let stack = new Int32Array(FRAME * 64);
  // Matches of the current start, as (phrase, end) pairs before sorting.
  let curPhrase = new Int32Array(16);
  let curEnd = new Int32Array(16);
  // (phrase, end) pairs already reported: a phrase is reported once per end (我我不是 is one hit, not two).
  let hCap = 64;
  let hPhrase = new Int32Array(hCap);
  let hEnd = new Int32Array(hCap);
  let hGen = new Uint32Array(hCap);
  let hCount = 0;
  let gen = 0;
  /** Length of the current text's stream. */
  let m = 0;

  const hashSlot = (phrase: number, end: number): number =>
    (Math.imul(phrase, 0x9e3779b1) ^ Math.imul(end, 0x85ebca6b)) >>> 0;
  const seenEnd = (phrase: number, end: number): boolean => {
    const mask = hCap - 1;
    for (let i = hashSlot(phrase, end) & mask; hGen[i] === gen; i = (i + 1) & mask)
      if (hPhrase[i] === phrase && hEnd[i] === end) return true;
    return false;
  };
  const addEnd = (phrase: number, end: number): void => {
    if ((hCount + 1) * 2 > hCap) {
      const oldP = hPhrase;
      const oldE = hEnd;
      const oldG = hGen;
      const oldCap = hCap;
      hCap *= 2;
      hPhrase = new Int32Array(hCap);
      hEnd = new Int32Array(hCap);
      hGen = new Uint32Array(hCap);
      hCount = 0;
      for (let i = 0; i < oldCap; i++) if (oldG[i] === gen) addEnd(oldP[i]!, oldE[i]!);
    }
    const mask = hCap - 1;
    let i = hashSlot(phrase, end) & mask;
    while (hGen[i] === gen) i = (i + 1) & mask;
    hGen[i] = gen;
    hPhrase[i] = phrase;
    hEnd[i] = end;
    hCount++;
  };

  const growCur = (): void => {
    const p2 = new Int32Array(curPhrase.length * 2);
    p2.set(curPhrase);
    curPhrase = p2;
    const e2 = new Int32Array(curEnd.length * 2);
    e2.set(curEnd);
    curEnd = e2;
  };
  /** Whether some filler token reads at stream index k (the units of the current text). */
  const fillerAt = (k: number): boolean => {
    const g = groupOf[unit[k]!]! - 1;
    for (let tk = groupFrom[g]!, tkEnd = groupFrom[g + 1]!; tk < tkEnd; tk++) {
      let j = k;
      const to = tokFrom[tk + 1]!;
      let x = tokFrom[tk]!;
      for (; x < to; x++, j++) if (j >= m || unit[j] !== tokUnits[x]) break;
      if (x === to) return true;
    }
    return false;
  };

  return (text) => plainScan(text) ?? searchScan(text);

  /** The full search: every start walks the trie, taking fillers and stutters where they read. */
  function searchScan(text: string): PhraseMatch[] {
    const n = text.length;
    const out: PhraseMatch[] = [];
    if (n > cap) {
      cap = Math.max(n, cap * 2, 256);
      pos = new Int32Array(cap);
      unit = new Uint16Array(cap);
      cls = new Uint16Array(cap);
      brk = new Uint8Array(cap);
    }
    // The folded stream: non-noise units only; brk[k] = a clause break lies between units k - 1 and k.
    m = 0;
    let pendingBreak = 0;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      const c = classOf[code]!;
      if (c === SKIP) {
        pendingBreak |= brkOf[code]!;
        continue;
      }
      pos[m] = i;
      unit[m] = fold[code]!;
      cls[m] = c;
      brk[m] = pendingBreak;
      pendingBreak = 0;
      m++;
    }
    // (phrase, end) claims are only needed once some start takes the full search: before that every match is
    // a plain path, and two plain paths of one phrase with one end have one start. So most texts never hash.
    let claims = false;

    for (let k0 = 0; k0 < m; k0++) {
      const c0 = cls[k0]!;
      if (c0 === 0) continue;
      const t0 = base[0]! + c0;
      if (check[t0] !== 0) continue;
      const start = pos[k0]!;
      let nCur = 0;
      // Fast path: follow transitions while no filler or stutter could start at the next unit. A path's first
      // skip can only happen there, so if none can, the search from this start is this one path. Claims are
      // recorded after the walk: on fallback the full search must not see this start's own candidates.
      let pure = true;
      for (let s = t0, k = k0 + 1; ; k++) {
        const count = outCount[s]!;
        if (count > 0) {
          const end = pos[k - 1]! + 1;
          for (let q = outFirst[s]!, qEnd = q + count; q < qEnd; q++) {
            const phrase = outIds[q]!;
            if (claims && seenEnd(phrase, end)) continue;
            if (nCur === curPhrase.length) growCur();
            curPhrase[nCur] = phrase;
            curEnd[nCur] = end;
            nCur++;
          }
        }
        if (k >= m) break;
        const u = unit[k]!;
        if (
          (maxFillers > 0 && groupOf[u] !== 0 && fillerAt(k)) ||
          (stutter &&
            brk[k] === 0 &&
            (u === unit[k - 1] ||
              (k - 2 >= k0 &&
                u === unit[k - 2] &&
                k + 1 < m &&
                brk[k + 1] === 0 &&
                unit[k + 1] === unit[k - 1])))
        ) {
          pure = false;
          break;
        }
        const c = cls[k]!;
        if (c === 0) break;
        const t = base[s]! + c;
        if (check[t] !== s) break;
        s = t;
      }
      if (pure) {
        if (claims) for (let x = 0; x < nCur; x++) addEnd(curPhrase[x]!, curEnd[x]!);
      } else {
        nCur = 0;
        if (!claims) {
          claims = true;
          gen = (gen + 1) >>> 0;
          if (gen === 0) {
            hGen.fill(0);
            gen = 1;
          }
          hCount = 0;
          for (const prior of out) addEnd(prior.phrase, prior.end);
        }
        // Pre-order DFS on an explicit stack; children are pushed in reverse so they pop in the order
        // transition → stutter → fillers (the order that decides which end a start keeps).
        let sp = 0;
        stack[F_STATE] = t0;
        stack[F_NEXT] = k0 + 1;
        stack[F_LAST] = k0;
        stack[F_PREV] = -1;
        stack[F_FILLERS] = maxFillers;
        stack[F_STUTTERS] = 0;
        sp = FRAME;
        while (sp > 0) {
          sp -= FRAME;
          const s = stack[sp + F_STATE]!;
          const k = stack[sp + F_NEXT]!;
          const last = stack[sp + F_LAST]!;
          const prev = stack[sp + F_PREV]!;
          const fillers = stack[sp + F_FILLERS]!;
          const stutters = stack[sp + F_STUTTERS]!;
          const count = outCount[s]!;
          if (count > 0) {
            const end = pos[last]! + 1;
            for (let q = outFirst[s]!, qEnd = q + count; q < qEnd; q++) {
              const phrase = outIds[q]!;
              let dup = false;
              for (let x = 0; x < nCur; x++)
                if (curPhrase[x] === phrase) {
                  dup = true;
                  break;
                }
              if (dup || seenEnd(phrase, end)) continue;
              addEnd(phrase, end);
              if (nCur === curPhrase.length) growCur();
              curPhrase[nCur] = phrase;
              curEnd[nCur] = end;
              nCur++;
            }
          }
          if (k >= m) continue;
          // Room for every child of this frame: 1 transition + 1 stutter + one per filler token.
          if (sp + FRAME * (numTokens + 2) > stack.length) {
            const bigger = new Int32Array(stack.length * 2 + FRAME * (numTokens + 2));
            bigger.set(stack);
            stack = bigger;
          }
          const u = unit[k]!;
          const g = groupOf[u]! - 1;
          if (fillers > 0 && g >= 0) {
            for (let tk = groupFrom[g + 1]! - 1, tkEnd = groupFrom[g]!; tk >= tkEnd; tk--) {
              let j = k;
              const to = tokFrom[tk + 1]!;
              let x = tokFrom[tk]!;
              for (; x < to; x++, j++) if (j >= m || unit[j] !== tokUnits[x]) break;
              if (x < to) continue;
              stack[sp + F_STATE] = s;
              stack[sp + F_NEXT] = j;
              stack[sp + F_LAST] = last;
              stack[sp + F_PREV] = prev;
              stack[sp + F_FILLERS] = fillers - 1;
              stack[sp + F_STUTTERS] = stutters;
              sp += FRAME;
            }
          }
          if (stutter && stutters < MAX_STUTTER_SKIPS && brk[k] === 0) {
            if (u === unit[last]) {
              stack[sp + F_STATE] = s;
              stack[sp + F_NEXT] = k + 1;
              stack[sp + F_LAST] = last;
              stack[sp + F_PREV] = prev;
              stack[sp + F_FILLERS] = fillers;
              stack[sp + F_STUTTERS] = stutters + 1;
              sp += FRAME;
            } else if (
              prev >= 0 &&
              u === unit[prev] &&
              k + 1 < m &&
              brk[k + 1] === 0 &&
              unit[k + 1] === unit[last]
            ) {
              stack[sp + F_STATE] = s;
              stack[sp + F_NEXT] = k + 2;
              stack[sp + F_LAST] = last;
              stack[sp + F_PREV] = prev;
              stack[sp + F_FILLERS] = fillers;
              stack[sp + F_STUTTERS] = stutters + 2;
              sp += FRAME;
            }
          }
          const c = cls[k]!;
          if (c !== 0) {
            const t = base[s]! + c;
            if (check[t] === s) {
              stack[sp + F_STATE] = t;
              stack[sp + F_NEXT] = k + 1;
              stack[sp + F_LAST] = k;
              stack[sp + F_PREV] = last;
              stack[sp + F_FILLERS] = fillers;
              stack[sp + F_STUTTERS] = stutters;
              sp += FRAME;
            }
          }
        }
      }
      // This start's matches in (end, phrase) order; usually zero or one, so insertion sort.
      for (let x = 1; x < nCur; x++) {
        const p = curPhrase[x]!;
        const e = curEnd[x]!;
        let y = x - 1;
        while (y >= 0 && (curEnd[y]! > e || (curEnd[y] === e && curPhrase[y]! > p))) {
          curPhrase[y + 1] = curPhrase[y]!;
          curEnd[y + 1] = curEnd[y]!;
          y--;
        }
        curPhrase[y + 1] = p;
        curEnd[y + 1] = e;
      }
      for (let x = 0; x < nCur; x++) out.push({ phrase: curPhrase[x]!, start, end: curEnd[x]! });
    }
    // The guard runs last: a rejected match still claims its (phrase, end) against later starts.
    if (guard !== undefined) {
      let w = 0;
      for (let r = 0; r < out.length; r++) {
        const mt = out[r]!;
        const pattern = guard[mt.phrase] ?? null;
        if (pattern === null || acceptSpan(pattern, text, mt.start, mt.end)) out[w++] = mt;
      }
      if (w !== out.length) out.length = w;
    }
    return out;
  }
}
