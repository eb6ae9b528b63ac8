// Masking of personal numbers in untrusted transcript text. Masking keeps the text's length (digits become
// `*`), so the UTF-16 spans of QA hits stay valid on the masked text.
// `head(digits)` says how many leading digits stay visible; the last 4 always stay (what people read back).
// Digits are ASCII or full-width (０-９): ASR and chat text carry both, and a full-width number is the same number.
const D = '[0-9\uff10-\uff19]';
const ND = `(?<!${D})`;
const NA = `(?!${D})`;
const PATTERNS: readonly { re: RegExp; head: (digits: number, match: string) => number }[] = [
  // Mainland ID card: 17 digits + check digit or X; the region code's first 3 digits stay.
  { re: new RegExp(`${ND}${D}{17}(?:${D}|[Xx\uff38\uff58])${NA}`, 'g'), head: () => 3 },
  // Bank card: 16–19 digits, possibly grouped by spaces or dashes; the issuer's first 4 digits stay. Three groups
  // of four (12 digits) are no card: that is the run of digits a UUID's middle groups can be (4354-7598-4622).
  { re: new RegExp(`${ND}${D}{4}(?:[ -]?${D}{4}){3}(?:[ -]?${D}{1,3})?${NA}`, 'g'), head: () => 4 },
  // Mobile phone, optionally +86 / 86 prefixed, possibly spaced 3-4-4; the prefix and carrier digits stay.
  {
    re: new RegExp(
      `${ND}(?:[+\uff0b]?[8\uff18][6\uff16][ -]?)?[1\uff11][3-9\uff13-\uff19]${D}[ -]?${D}{4}[ -]?${D}{4}${NA}`,
      'g',
    ),
    head: (n) => n - 11 + 3,
  },
  // Landline with area code (010 and 02x have 3 digits, the others 4); the area code stays.
  {
    re: new RegExp(`${ND}[0\uff10]${D}{2,3}-?${D}{7,8}${NA}`, 'g'),
    head: (_n, m) => (/^[0\uff10](?:[1\uff11][0\uff10]|[2\uff12])/.test(m) ? 3 : 4),
  },
];
const IS_DIGIT = new RegExp(`${D}|[Xx\uff38\uff58]`);

/**
 * A UUID inside a longer text (a notification's link `/work-orders?order=wo-<uuid>`): random hex whose groups can
 * be all digits, never anyone's number, so it is left out of the search for personal numbers.
 */
const UUID_IN_TEXT =
  /(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])/gi;
const HAS_UUID = new RegExp(UUID_IN_TEXT.source, 'i');

/** Replace the middle digits of every personal number by `*`, keeping the text's length. */
export function maskPersonalNumbers(text: string): string {
  if (!text.includes('-') || !HAS_UUID.test(text)) return maskPlain(text);
  let out = '';
  let from = 0;
  for (const m of text.matchAll(UUID_IN_TEXT)) {
    out += maskPlain(text.slice(from, m.index)) + m[0];
    from = m.index + m[0].length;
  }
  return out + maskPlain(text.slice(from));
}

function maskPlain(text: string): string {
  let out = text;
  for (const { re, head } of PATTERNS) {
    out = out.replace(re, (m) => maskKeepingEnds(m, head));
  }
  return out;
}

function maskKeepingEnds(m: string, head: (digits: number, match: string) => number): string {
  const digitIdx: number[] = [];
  for (let i = 0; i < m.length; i++) if (IS_DIGIT.test(m[i]!)) digitIdx.push(i);
  const keepHead = head(digitIdx.length, m);
  const keepTail = 4;
  const chars = m.split('');
  digitIdx.forEach((idx, k) => {
    if (k >= keepHead && k < digitIdx.length - keepTail) chars[idx] = '*';
  });
  return chars.join('');
}

/**
 * Keys whose values are free-form data from outside (conversation `meta`, audit `before`/`after`): there a
 * number can be a phone number too, so numbers are masked as well (a masked number becomes its masked text).
 */
const FREE_FORM_KEYS: ReadonlySet<string> = new Set(['meta', 'before', 'after']);

/**
 * Keys whose string values are secrets or digests handed to their owner, never personal data: left as they are
 * (a random token could contain a run of digits that looks like a phone number). A settlement statement's
 * `fingerprint` is sent back to acknowledge exactly what was seen (src/settlement/safety.ts): masked, a digest
 * holding a run of digits (b3370 + eleven digits …) was refused as "changed since you looked". A list's
 * `nextCursor` is base64 of a time and a count (src/http/list-cursor.ts), never a number of anyone's.
 */
const NEVER_MASKED_KEYS: ReadonlySet<string> = new Set([
  'token',
  'secret',
  'contentHash',
  'etag',
  'fingerprint',
  'nextCursor',
]);

/** Ids zhijian generates (`ing-<uuid>`, a bare UUID): random hex may look like a card number, but is none. */
const GENERATED_ID = /^(?:[a-z]+-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Every personal number in a JSON-like value masked: every string (ids, names, transcripts, descriptions, hit
 * evidence, event targets), and numbers under free-form keys. The one classification used on the way out of the
 * API (src/http/mask-response.ts), so a new field cannot be forgotten.
 */
export function maskDeep(value: unknown, freeForm = false): unknown {
  if (typeof value === 'string') return GENERATED_ID.test(value) ? value : maskPersonalNumbers(value);
  if (typeof value === 'number') {
    if (!freeForm || !Number.isInteger(value)) return value;
    const text = String(value);
    const masked = maskPersonalNumbers(text);
    return masked === text ? value : masked;
  }
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, freeForm));
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = NEVER_MASKED_KEYS.has(k) ? v : maskDeep(v, freeForm || FREE_FORM_KEYS.has(k));
  }
  return out;
}
