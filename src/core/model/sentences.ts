// Sentence spans of a turn: the learned layer judges one sentence at a time (a turn can greet, explain and push the
// customer away in three sentences, and only the last is a violation). Commas do not split: 那是物流的事，找我干嘛
// is one meaning across two clauses.
// Sentence marks 。！？!?；;\n… (one UTF-16 unit each), tested by code: this runs on every unit of every
// in-scope turn, and indexing a string yields a fresh one-character string per CJK unit.
function isBreak(u: number): boolean {
  switch (u) {
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x21: // !
    case 0x3f: // ?
    case 0xff1b: // ；
    case 0x3b: // ;
    case 0x0a: // \n
    case 0x2026: // …
      return true;
    default:
      return false;
  }
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

let spaceTable: Uint8Array | undefined;
let markTable: Uint8Array | undefined;

/** `table[unit]` is 1 for the sentence marks of {@link isBreak} (built once): for walkers of sentences by table. */
export function sentenceMarkUnits(): Uint8Array {
  if (markTable === undefined) {
    markTable = new Uint8Array(0x10000);
    for (let u = 0; u < 0x10000; u++) if (isBreak(u)) markTable[u] = 1;
  }
  return markTable;
}

/**
 * `table[unit]` is 1 when the UTF-16 unit alone matches `/\s/u` (built once). The trimming below runs for every
 * sentence of every in-scope turn: testing a regex against a fresh one-character string each time was measurable.
 */
export function spaceUnits(): Uint8Array {
  if (spaceTable === undefined) {
    spaceTable = new Uint8Array(0x10000);
    for (let u = 0; u < 0x10000; u++) if (/\s/u.test(String.fromCharCode(u))) spaceTable[u] = 1;
  }
  return spaceTable;
}

/** Non-empty sentence spans of `text`, trimmed of spaces, without their closing marks. */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  const space = spaceUnits();
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isBreak(text.charCodeAt(i))) continue;
    // A run of marks (？！, ……) closes one sentence.
    let j = i;
    while (j + 1 < text.length && isBreak(text.charCodeAt(j + 1))) j++;
    // The closing mark stays outside the span: the question exception reads it (还有哪里不清楚吗？ asks).
    let s = start;
    let e = i;
    while (s < e && space[text.charCodeAt(s)] === 1) s++;
    while (e > s && space[text.charCodeAt(e - 1)] === 1) e--;
    if (e > s) out.push({ start: s, end: e });
    start = j + 1;
    i = j;
  }
  return out;
}
