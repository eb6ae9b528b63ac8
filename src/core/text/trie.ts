// Aho–Corasick automaton over character classes, stored as a double-array trie in typed arrays:
// a transition is `t = base[s] + c; check[t] === s`, so a 10k-phrase list fits in a few hundred KB
// and the scan loop touches only Int32Arrays (no Maps, no objects) per character.

export interface Trie {
  base: Int32Array;
  check: Int32Array;
  fail: Int32Array;
  /** First state on s's suffix chain (s included) that ends a pattern; 0 when none. */
  emit: Int32Array;
  /** Next state strictly down the failure chain that ends a pattern; 0 when none. */
  dict: Int32Array;
  /** Patterns ending exactly at a state: `outIds[outFirst[s] .. outFirst[s] + outCount[s])`, ascending ids. */
  outFirst: Int32Array;
  outCount: Int32Array;
  outIds: Int32Array;
}

const FREE = -1;
const MAX_TRIES = 48;
const WIDE_BACKTRACK = 64;

/** Builds the automaton for class sequences (classes 1..numClasses; class 0 never occurs in a pattern). */
export function buildTrie(seqs: readonly Uint16Array[], numClasses: number): Trie {
  const n = seqs.length;
  // Sorting makes every trie node a contiguous range of patterns, so no pointer trie is ever built.
  const keys = seqs.map((s) => String.fromCharCode(...s));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const ka = keys[a] ?? '';
    const kb = keys[b] ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  });
  const outIds = Int32Array.from(order);

  let cap = Math.max(1024, numClasses * 2 + 16);
  let base = new Int32Array(cap);
  let check = new Int32Array(cap).fill(FREE);
  let fail = new Int32Array(cap);
  let emit = new Int32Array(cap);
  let dict = new Int32Array(cap);
  let outFirst = new Int32Array(cap);
  let outCount = new Int32Array(cap);
  // Occupied slots as a bitset: finding the next free slot skips 32 occupied slots per step.
  let used = new Uint32Array((cap >> 5) + 1);
  let headFree = 1;
  let wideFrom = 1;
  const nextFreeFrom = (x: number): number => {
    for (let w = x >> 5; ; w++) {
      const word = (used[w] ?? 0) | (w === x >> 5 ? (1 << (x & 31)) - 1 : 0);
      if (word !== -1) return (w << 5) + 31 - Math.clz32(~word & (word + 1));
    }
  };
  const grow = (need: number): void => {
    if (need < cap) return;
    let next = cap;
    while (next <= need) next *= 2;
    const g = (a: Int32Array, fill = 0): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(next).fill(fill);
      b.set(a);
      return b;
    };
    base = g(base);
    check = g(check, FREE);
    fail = g(fail);
    emit = g(emit);
    dict = g(dict);
    outFirst = g(outFirst);
    outCount = g(outCount);
    const u = new Uint32Array((next >> 5) + 1);
    u.set(used);
    used = u;
    cap = next;
  };
  const occupy = (slot: number): void => {
    used[slot >> 5]! |= 1 << (slot & 31);
    if (slot === headFree) headFree = nextFreeFrom(slot + 1);
  };
  occupy(0);

  let total = 1;
  for (const s of seqs) total += s.length;
  const qNode = new Int32Array(total);
  const qLo = new Int32Array(total);
  const qHi = new Int32Array(total);
  const qDepth = new Int32Array(total);
  let qHead = 0;
  let qTail = 1;
  qHi[0] = n;
  check[0] = 0; // the root occupies slot 0; base[0] = 0 puts its children at their class number
  let maxSlot = 0;
  const childClasses: number[] = [];
  const childLo: number[] = [];
  const childHi: number[] = [];

  while (qHead < qTail) {
    const node = qNode[qHead] ?? 0;
    let lo = qLo[qHead] ?? 0;
    const hi = qHi[qHead] ?? 0;
    const depth = qDepth[qHead] ?? 0;
    qHead++;
    while (lo < hi && (seqs[outIds[lo] ?? 0]?.length ?? 0) === depth) lo++; // patterns ending here
    if (lo === hi) continue;
    childClasses.length = 0;
    childLo.length = 0;
    childHi.length = 0;
    for (let k = lo; k < hi;) {
      const c = seqs[outIds[k] ?? 0]?.[depth] ?? 0;
      const start = k;
      while (k < hi && seqs[outIds[k] ?? 0]?.[depth] === c) k++;
      childClasses.push(c);
      childLo.push(start);
      childHi.push(k);
    }
    const c0 = childClasses[0] ?? 0;
    const cLast = childClasses[childClasses.length - 1] ?? 0;
    let b: number;
    if (node === 0) b = 0;
    else {
      // Try the first free slots; past maxTries go to the untouched region above the highest used slot,
      // which bounds the build time (10k phrases well under 200 ms) at the cost of a few empty slots.
      // Wide nodes (few, near the root) start where the previous wide node went, so they interleave there.
      const wide = childClasses.length > 4;
      const maxTries = wide ? MAX_TRIES * 8 : MAX_TRIES;
      let pos = nextFreeFrom(Math.max(wide ? wideFrom : headFree, c0 + 1));
      for (let tries = 0; ; tries++) {
        if (tries === maxTries) {
          pos = Math.max(maxSlot + 1, c0 + 1);
          grow(pos + cLast - c0 + 1);
          break;
        }
        grow(pos + cLast - c0 + 1);
        const cand = pos - c0;
        let ok = true;
        for (let k = 1; k < childClasses.length; k++) {
          if (check[cand + (childClasses[k] ?? 0)] !== FREE) {
            ok = false;
            break;
          }
        }
        if (ok) break;
        pos = nextFreeFrom(pos + 1);
      }
      b = pos - c0;
      if (wide) wideFrom = Math.max(headFree, pos - WIDE_BACKTRACK);
    }
    grow(b + cLast + 1);
    base[node] = b;
    for (let k = 0; k < childClasses.length; k++) {
      const c = childClasses[k] ?? 0;
      const v = b + c;
      check[v] = node;
      occupy(v);
      if (v > maxSlot) maxSlot = v;
      // Failure link: longest proper suffix that is also a trie path (all shallower states already exist).
      let f = 0;
      if (node !== 0) {
        let u = fail[node] ?? 0;
        for (;;) {
          const t = (base[u] ?? 0) + c;
          if (t !== v && check[t] === u) {
            f = t;
            break;
          }
          if (u === 0) break;
          u = fail[u] ?? 0;
        }
      }
      fail[v] = f;
      const cLo = childLo[k] ?? 0;
      let own = cLo;
      const cHi = childHi[k] ?? 0;
      while (own < cHi && (seqs[outIds[own] ?? 0]?.length ?? 0) === depth + 1) own++;
      outFirst[v] = cLo;
      outCount[v] = own - cLo;
      dict[v] = (outCount[f] ?? 0) > 0 ? f : (dict[f] ?? 0);
      emit[v] = own > cLo ? v : (dict[v] ?? 0);
      qNode[qTail] = v;
      qLo[qTail] = cLo;
      qHi[qTail] = cHi;
      qDepth[qTail] = depth + 1;
      qTail++;
    }
  }
  // Pad so that base[s] + c is always inside the arrays: the scan never reads out of bounds.
  let maxBase = 0;
  for (let s = 0; s <= maxSlot; s++)
    if (check[s] !== FREE && (base[s] ?? 0) > maxBase) maxBase = base[s] ?? 0;
  const size = Math.max(maxSlot, maxBase + numClasses) + 1;
  grow(size);
  return {
    base: base.slice(0, size),
    check: check.slice(0, size),
    fail: fail.slice(0, size),
    emit: emit.slice(0, size),
    dict: dict.slice(0, size),
    outFirst: outFirst.slice(0, size),
    outCount: outCount.slice(0, size),
    outIds,
  };
}

/** The automaton with its failure links resolved, its states numbered breadth-first (see {@link buildDfa}). */
export interface Dfa {
  /** `delta[s * (numClasses + 1) + c]`: the state after reading class c in state s. */
  readonly delta: Uint16Array;
  /** Per state: its trie slot (for the trie's own tables). */
  readonly slotOf: Int32Array;
  /** Per state: the trie's `emit` of its slot (the first output of the state's dictionary chain, 0 = none). */
  readonly emit: Int32Array;
}

/**
 * The automaton with its failure links resolved: one load per unit instead of the check / failure-link loop,
 * whose steps depend on each other and branch unpredictably (column 0, the class of units in no phrase, goes back
 * to the root). States are renumbered breadth-first (the root is 0): the table holds the trie's states only, not
 * the free slots of its double array, and the shallow states a scan mostly stands in share a few rows of cache
 * instead of lying scattered over the whole table. Null when the table would exceed `maxEntries` (large lists: it
 * would no longer fit in cache and cost more than it saves).
 */
export function buildDfa(trie: Trie, numClasses: number, maxEntries: number): Dfa | null {
  const { base, check, fail, emit } = trie;
  const size = check.length;
  const stride = numClasses + 1;
  // Breadth-first order of the states, so a state's failure target (strictly shallower) comes before it.
  const slotOf = new Int32Array(size);
  const idOf = new Int32Array(size);
  let n = 1;
  for (let id = 0; id < n; id++) {
    const s = slotOf[id]!;
    for (let c = 1; c <= numClasses; c++) {
      const t = base[s]! + c;
      if (t !== 0 && check[t] === s) {
        idOf[t] = n;
        slotOf[n++] = t;
      }
    }
  }
  if (n > 0xffff || n * stride > maxEntries) return null;
  const delta = new Uint16Array(n * stride);
  for (let id = 0; id < n; id++) {
    const s = slotOf[id]!;
    const row = id * stride;
    const fRow = idOf[fail[s]!]! * stride;
    for (let c = 1; c <= numClasses; c++) {
      const t = base[s]! + c;
      delta[row + c] = t !== 0 && check[t] === s ? idOf[t]! : id === 0 ? 0 : delta[fRow + c]!;
    }
  }
  const states = slotOf.slice(0, n);
  return { delta, slotOf: states, emit: Int32Array.from(states, (slot) => emit[slot]!) };
}
