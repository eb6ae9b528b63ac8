// Which pack patterns may run on V8's backtracking RegExp instead of the linear-time RE2JS engine. RE2JS is safe
// for any pattern but costs a quarter of `zhijian check` on real dialogues; V8 is an order of magnitude faster but
// backtracks. A pattern runs on V8 only when a static reading proves its backtracking bounded per start position:
//  - it uses a small, known subset of RE2 syntax (literals, classes, groups, alternation, counted repeats,
//    anchors, captureless lookbehinds) that this module translates into a JavaScript pattern matching exactly
//    the same text (`.` becomes `[^\n]`, `\s` RE2's `[\t\n\f\r ]`, every ASCII punctuation an escape, `u` flag);
//  - the number of ways one start position can be tried (repeats multiply, alternatives add) stays below
//    MAX_WAYS, which rules out nested unbounded repeats (`(a+)+`), repeated overlapping alternatives
//    (`(a|aa)+`) and polynomial chains (`.*.*x`);
//  - an unbounded repeat (`*`, `+`, `{n,}`) of one character class is allowed only at the very end of the
//    pattern, where a greedy run ends the match instead of giving characters back one by one (`[啊哎]+`,
//    `嘛|啦+` in packs/default). Anywhere else (`[^，。]*吗`) it is quadratic on unpunctuated ASR text.
// Everything else keeps running on RE2JS (src/core/text/linear-regex.ts), so ReDoS protection is unchanged.

/** Upper bound on backtracking paths per start position for a pattern to run on V8. */
export const MAX_WAYS = 1000;

type Node =
  | { readonly t: 'atom'; readonly src: string; readonly width: 0 | 1; readonly word: boolean }
  | { readonly t: 'seq'; readonly items: readonly Node[] }
  | { readonly t: 'alt'; readonly branches: readonly Node[] }
  | { readonly t: 'look'; readonly neg: boolean; readonly body: Node }
  | {
      readonly t: 'rep';
      readonly body: Node;
      readonly min: number;
      readonly max: number;
      readonly lazy: boolean;
    };

/** Thrown inside the parser for anything outside the subset; the pattern then stays on RE2JS. */
class Unsupported extends Error {}

const RE2_SPACE = '\\t\\n\\f\\r\\x20';

/** A code point as a JavaScript pattern character that means itself under the `u` flag, in or out of a class. */
function lit(cp: number): string {
  const c = String.fromCodePoint(cp);
  return /[\p{L}\p{N}]/u.test(c) && cp !== 0x2028 && cp !== 0x2029 ? c : `\\u{${cp.toString(16)}}`;
}

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  peek(): string | undefined {
    return this.s[this.i];
  }

  parse(): Node {
    const n = this.alt();
    if (this.i < this.s.length) throw new Unsupported('unbalanced');
    return n;
  }

  alt(): Node {
    const branches = [this.seq()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.seq());
    }
    return branches.length === 1 ? branches[0]! : { t: 'alt', branches };
  }

  seq(): Node {
    const items: Node[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      const atom = this.atom();
      items.push(this.repeat(atom));
    }
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  repeat(atom: Node): Node {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(this.s.slice(this.i));
      if (!m) throw new Unsupported('brace');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    const lazy = this.peek() === '?';
    if (lazy) this.i++;
    if (this.peek() === '*' || this.peek() === '+' || this.peek() === '?' || this.peek() === '{')
      throw new Unsupported('double repeat');
    if (atom.t === 'atom' && atom.width === 0) throw new Unsupported('repeated assertion');
    return { t: 'rep', body: atom, min, max, lazy };
  }

  atom(): Node {
    const c = this.s[this.i++]!;
    switch (c) {
      case '(': {
        let look: boolean | undefined;
        if (this.s.startsWith('?:', this.i)) this.i += 2;
        else if (this.s.startsWith('?<=', this.i) || this.s.startsWith('?<!', this.i)) {
          look = this.s[this.i + 2] === '!';
          this.i += 3;
        } else if (this.peek() === '?') throw new Unsupported('group flags or names');
        const body = this.alt();
        if (this.s[this.i++] !== ')') throw new Unsupported('unclosed group');
        return look === undefined ? body : { t: 'look', neg: look, body };
      }
      case '[':
        return this.charClass();
      case '.':
        return { t: 'atom', src: '[^\\n]', width: 1, word: false };
      case '^':
      case '$':
        return { t: 'atom', src: c, width: 0, word: false };
      case '\\':
        return this.escape(false);
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unsupported('bare repeat');
      default: {
        const cp = this.s.codePointAt(this.i - 1)!;
        if (cp > 0xffff) this.i++;
        return { t: 'atom', src: lit(cp), width: 1, word: false };
      }
    }
  }

  /** After a backslash: a class shorthand, an assertion or one escaped code point. */
  escape(inClass: boolean): Node {
    const c = this.s[this.i++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    const one = (src: string, word = false): Node => ({ t: 'atom', src, width: 1, word });
    switch (c) {
      case 'd':
      case 'D':
        return one(`\\${c}`);
      case 'w':
      case 'W':
        return one(`\\${c}`, true);
      case 's':
        return one(inClass ? RE2_SPACE : `[${RE2_SPACE}]`);
      case 'S':
        if (inClass) throw new Unsupported('negated shorthand in class');
        return one(`[^${RE2_SPACE}]`);
      case 'b':
      case 'B':
        if (inClass) throw new Unsupported('boundary in class');
        return { t: 'atom', src: `\\${c}`, width: 0, word: true };
      case 'n':
        return one(lit(10));
      case 't':
        return one(lit(9));
      case 'r':
        return one(lit(13));
      case 'f':
        return one(lit(12));
      case 'v':
        return one(lit(11));
      case 'a':
        return one(lit(7));
      case 'x':
      case 'u': {
        const rest = this.s.slice(this.i);
        const m =
          /^\{([0-9a-fA-F]{1,6})\}/.exec(rest) ??
          (c === 'x' ? /^([0-9a-fA-F]{2})/.exec(rest) : /^([0-9a-fA-F]{4})/.exec(rest));
        if (!m) throw new Unsupported('escape');
        this.i += m[0].length;
        const cp = parseInt(m[1]!, 16);
        if (cp > 0x10ffff) throw new Unsupported('code point');
        return one(lit(cp));
      }
      default:
        // RE2 lets only punctuation be escaped to mean itself; letters and digits are classes or errors.
        if (/[A-Za-z0-9]/.test(c)) throw new Unsupported(`\\${c}`);
        {
          const cp = this.s.codePointAt(this.i - 1)!;
          if (cp > 0xffff) this.i++;
          return one(lit(cp));
        }
    }
  }

  /** `[...]`, emitted member by member; RE2 reads a `]` right after `[` or `[^` as a literal. */
  charClass(): Node {
    let src = '[';
    if (this.peek() === '^') {
      src += '^';
      this.i++;
    }
    let word = false;
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new Unsupported('unclosed class');
      if (c === ']' && !first) break;
      first = false;
      if (c === '[' && this.s[this.i + 1] === ':') throw new Unsupported('POSIX class');
      const lo = this.classMember();
      if (lo.cp === undefined) {
        src += lo.src;
        word ||= lo.word;
        continue;
      }
      if (this.peek() === '-' && this.s[this.i + 1] !== ']' && this.s[this.i + 1] !== undefined) {
        this.i++;
        const hi = this.classMember();
        if (hi.cp === undefined || hi.cp < lo.cp) throw new Unsupported('range');
        src += `${lit(lo.cp)}-${lit(hi.cp)}`;
      } else src += lit(lo.cp);
    }
    this.i++;
    return { t: 'atom', src: `${src}]`, width: 1, word };
  }

  classMember(): { cp?: number; src: string; word: boolean } {
    if (this.peek() !== '\\') {
      const cp = this.s.codePointAt(this.i)!;
      this.i += cp > 0xffff ? 2 : 1;
      return { cp, src: lit(cp), word: false };
    }
    this.i++;
    const e = this.escape(true);
    if (e.t !== 'atom') throw new Unsupported('class escape');
    const m = /^\\u\{([0-9a-f]+)\}$/.exec(e.src);
    if (m) return { cp: parseInt(m[1]!, 16), src: e.src, word: false };
    if ([...e.src].length === 1) return { cp: e.src.codePointAt(0)!, src: e.src, word: false };
    return { src: e.src, word: e.word };
  }
}

/** Backtracking paths per start position (capped above MAX_WAYS); `tail` = nothing can follow this node. */
function ways(n: Node, tail: boolean): number {
  switch (n.t) {
    case 'atom':
      return 1;
    case 'seq': {
      let w = 1;
      n.items.forEach(
        (item, k) => (w = Math.min(w * ways(item, tail && k === n.items.length - 1), Infinity)),
      );
      return w;
    }
    case 'alt':
      return n.branches.reduce((w, b) => w + ways(b, tail), 0);
    case 'look': {
      // Lookbehinds run backwards from the position and are tried at every attempt: bounded bodies only.
      const w = ways(n.body, false);
      return w;
    }
    case 'rep': {
      if (n.max === Infinity) {
        // A greedy or lazy run of single characters that ends the pattern matches once and stops.
        const single = n.body.t === 'atom' && n.body.width === 1;
        return tail && single ? 1 : Infinity;
      }
      const b = ways(n.body, tail && n.max <= 1);
      if (b === 1) return n.max - n.min + 1;
      let total = 0;
      for (let k = n.min; k <= n.max && total <= MAX_WAYS; k++) total += b ** k;
      return total;
    }
  }
}

function emit(n: Node): string {
  switch (n.t) {
    case 'atom':
      return n.src;
    case 'seq':
      return n.items.map(emit).join('');
    case 'alt':
      return `(?:${n.branches.map(emit).join('|')})`;
    case 'look':
      return `(?<${n.neg ? '!' : '='}${emit(n.body)})`;
    case 'rep': {
      const q = n.max === Infinity ? `{${n.min},}` : n.min === n.max ? `{${n.min}}` : `{${n.min},${n.max}}`;
      return `(?:${emit(n.body)})${q}${n.lazy ? '?' : ''}`;
    }
  }
}

function usesWord(n: Node): boolean {
  switch (n.t) {
    case 'atom':
      return n.word;
    case 'seq':
      return n.items.some(usesWord);
    case 'alt':
      return n.branches.some(usesWord);
    case 'look':
    case 'rep':
      return usesWord(n.body);
  }
}

/**
 * The JavaScript source (to compile with flags `gu`, plus `i` for ignoreCase) matching exactly what RE2 matches
 * for `pattern`, or undefined when the pattern is outside the subset or its backtracking is not provably bounded.
 * Assumes `pattern` already compiled on RE2JS (so it has no lookahead or backreferences).
 */
export function backtrackSafeSource(pattern: string, ignoreCase: boolean): string | undefined {
  let tree: Node;
  try {
    tree = new Parser(pattern).parse();
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  // With `iu`, JavaScript's \w and \b also take ſ (U+017F) and the Kelvin sign; RE2's stay ASCII.
  if (ignoreCase && usesWord(tree)) return undefined;
  return ways(tree, true) <= MAX_WAYS ? emit(tree) : undefined;
}
