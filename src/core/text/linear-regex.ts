// User-supplied regular expressions run on RE2JS, a linear-time engine (pure JavaScript, npm `re2js`): a pattern
// such as `(a+)+$` cannot backtrack, so no rule, assist request or ingested call can hold the event loop. RE2 syntax
// has no lookahead and no backreferences (rejected when a pack is loaded, with the reason); captureless
// lookbehinds run in linear time too (flag LOOKBEHINDS), so `(?<!干)嘛` in the default pack keeps working.
import { RE2JS } from 're2js';
import { backtrackSafeSource } from './regex-safety.ts';

/** Longest pattern accepted: a rule is a phrase or a short construction, never a program. */
export const MAX_PATTERN_LENGTH = 2000;

export interface Span {
  start: number;
  end: number;
}

/**
 * JavaScript's `\uXXXX` and `\u{X…}` escapes, common in Chinese patterns (`[\u4e00-\u9fa5]`), written as RE2's
 * `\x{…}`; every other escape is copied as it is, so `\\u` stays a literal backslash and `u`.
 */
export function toRe2Syntax(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = pattern[i + 1];
    if (next === 'u') {
      const four = /^[0-9a-fA-F]{4}/.exec(pattern.slice(i + 2, i + 6));
      const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(pattern.slice(i + 2, i + 10));
      if (four) {
        out += `\\x{${four[0]}}`;
        i += 5;
        continue;
      }
      if (braced) {
        out += `\\x{${braced[1]!}}`;
        i += 1 + braced[0].length;
        continue;
      }
    }
    out += c + (next ?? '');
    i++;
  }
  return out;
}

/** Compile for the linear-time engine; throws an Error whose message says what is wrong with the pattern. */
export function compileLinear(pattern: string, ignoreCase: boolean): RE2JS {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new Error(`longer than ${MAX_PATTERN_LENGTH} characters`);
  }
  const flags = RE2JS.LOOKBEHINDS | (ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  try {
    return RE2JS.compile(toRe2Syntax(pattern), flags);
  } catch (e) {
    const why = (e as Error).message.replace(/^error parsing regexp: /, '');
    throw new Error(
      `${why} (patterns run on a linear-time engine, RE2 syntax: lookahead and backreferences are not supported)`,
    );
  }
}

/** Why the pattern cannot be used, or undefined when it compiles. */
export function linearPatternError(pattern: string): string | undefined {
  try {
    compileLinear(pattern, false);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

const NONE: readonly Span[] = Object.freeze([]);

/** Every non-empty, non-overlapping match, left to right, as UTF-16 offsets. */
export function allMatches(re: RE2JS, text: string): readonly Span[] {
  let out: Span[] | undefined;
  const m = re.matcher(text);
  while (m.find()) {
    const start = m.start();
    const end = m.end();
    if (end > start) (out ??= []).push({ start, end });
  }
  return out ?? NONE;
}

/** Finds every match of one compiled pack pattern; `engine` says which engine proved safe for it. */
export interface PatternScanner {
  readonly engine: 'v8' | 're2';
  all(text: string): readonly Span[];
}

/**
 * Compile a user pattern for scanning: validated on RE2JS (same errors as compileLinear), then run on V8's
 * RegExp when src/core/text/regex-safety.ts proves its backtracking bounded, else on RE2JS.
 */
export function compileScanner(pattern: string, ignoreCase: boolean): PatternScanner {
  const linear = compileLinear(pattern, ignoreCase);
  const source = backtrackSafeSource(pattern, ignoreCase);
  let fast: RegExp | undefined;
  if (source !== undefined) {
    try {
      fast = new RegExp(source, ignoreCase ? 'giu' : 'gu');
    } catch {
      fast = undefined;
    }
  }
  if (fast === undefined) return { engine: 're2', all: (text) => allMatches(linear, text) };
  const re = fast;
  return {
    engine: 'v8',
    all(text) {
      let out: Span[] | undefined;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (end > start) (out ??= []).push({ start, end });
        // An empty match does not move lastIndex: step over one code point, as RE2's find does.
        else re.lastIndex = end + ((text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1);
      }
      return out ?? NONE;
    },
  };
}
