// What the database can store. PostgreSQL refuses the NUL character (U+0000) in text and jsonb, and jsonb also
// refuses an escaped lone UTF-16 surrogate ("\ud800"), which JSON.stringify writes for a string that is not
// well-formed. A value carrying either must be turned away where it enters (a record error with its field), never
// inside a chunk's transaction or a job's failure report, where one bad string fails everything around it.
// Nesting is bounded for the same reason: recursive code downstream (hashing, JSON.stringify, PostgreSQL's own
// jsonb parser) must never meet a value nested thousands deep.

/** Deepest nesting of arrays/objects accepted in a stored value (a conversation is 3 deep; meta adds its own). */
export const MAX_NESTING_DEPTH = 32;

const UNSTORABLE = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Why a string cannot be stored, or undefined when it can. */
export function unstorableReason(s: string): string | undefined {
  const m = UNSTORABLE.exec(s);
  if (!m) return undefined;
  return m[0] === '\0'
    ? 'contains a NUL character (U+0000), which cannot be stored'
    : `contains a lone UTF-16 surrogate (U+${m[0].charCodeAt(0).toString(16).toUpperCase()}), which is not valid text`;
}

/** The string with NUL and lone surrogates replaced by U+FFFD: for texts we write ourselves (errors, logs). */
export function storableText(s: string): string {
  return UNSTORABLE.test(s) ? s.replace(UNSTORABLE_ALL, '\ufffd') : s;
}

export interface UnstorableIssue {
  /** Dotted path of the offending value or key, e.g. `meta.a.b`; empty for the value itself. */
  field: string;
  message: string;
}

interface Frame {
  value: unknown;
  depth: number;
  key: string;
  parent: Frame | undefined;
}

function pathOf(f: Frame): string {
  const parts: string[] = [];
  for (let x: Frame | undefined = f; x?.parent !== undefined; x = x.parent) parts.push(storableText(x.key));
  return parts.reverse().join('.');
}

/** Any unit that could make a string unstorable: NUL or any surrogate half (pairs included, so a maybe). */
const SUSPECT = /[\0\ud800-\udfff]/;
const QUICK_MAX_DEPTH = 256;

/**
 * Whether `value` certainly holds nothing {@link findUnstorable} reports: no string (value or key) with a NUL or a
 * surrogate, no container at `maxDepth` or deeper. Every record of every imported file passes here and nearly all
 * are clean, so this walks them without the frames and paths that only a report needs. Recursion depth is bounded
 * by `maxDepth`.
 */
function surelyStorable(value: unknown, depth: number, maxDepth: number): boolean {
  if (typeof value === 'string') return !SUSPECT.test(value);
  if (typeof value !== 'object' || value === null) return true;
  if (depth >= maxDepth) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      if (!surelyStorable(value[i] as unknown, depth + 1, maxDepth)) return false;
    return true;
  }
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (SUSPECT.test(k) || !surelyStorable((value as Record<string, unknown>)[k], depth + 1, maxDepth))
      return false;
  }
  return true;
}

/**
 * The first string (value or key) the database cannot store, or the first container nested deeper than
 * `maxDepth`, in a JSON-like value. Iterative, so a value of any depth is walked without growing the call stack.
 */
export function findUnstorable(value: unknown, maxDepth = MAX_NESTING_DEPTH): UnstorableIssue | undefined {
  // The quick walk recurses (one frame per level): only for the usual, small limits.
  if (maxDepth <= QUICK_MAX_DEPTH && surelyStorable(value, 0, maxDepth)) return undefined;
  const stack: Frame[] = [{ value, depth: 0, key: '', parent: undefined }];
  while (stack.length > 0) {
    const f = stack.pop()!;
    const v = f.value;
    if (typeof v === 'string') {
      const why = unstorableReason(v);
      if (why) return { field: pathOf(f), message: why };
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (f.depth >= maxDepth) {
      return { field: pathOf(f), message: `nested deeper than ${maxDepth} levels` };
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push({ value: v[i] as unknown, depth: f.depth + 1, key: String(i), parent: f });
      }
      continue;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i]!;
      const child: Frame = {
        value: (v as Record<string, unknown>)[k],
        depth: f.depth + 1,
        key: k,
        parent: f,
      };
      const why = unstorableReason(k);
      if (why) return { field: pathOf(child), message: `key ${why}` };
      stack.push(child);
    }
  }
  return undefined;
}
