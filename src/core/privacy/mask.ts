// Masking of personal numbers in untrusted transcript text. Masking keeps the text's length (digits become
// `*`), so the UTF-16 spans of QA hits stay valid on the masked text.
// `head(digits)` says how many leading digits stay visible; the last 4 always stay (what people read back).
const PATTERNS: readonly { re: RegExp; head: (digits: number, match: string) => number }[] = [
  // Mainland ID card: 17 digits + check digit or X; the region code's first 3 digits stay.
  { re: /(?<!\d)\d{17}[\dXx](?!\d)/g, head: () => 3 },
  // Bank card: 16–19 digits, possibly grouped by spaces or dashes; the issuer's first 4 digits stay.
  { re: /(?<!\d)\d{4}(?:[ -]?\d{4}){2,3}(?:[ -]?\d{1,3})?(?!\d)/g, head: () => 4 },
  // Mobile phone, optionally +86 / 86 prefixed, possibly spaced 3-4-4; the prefix and carrier digits stay.
  { re: /(?<!\d)(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g, head: (n) => n - 11 + 3 },
  // Landline with area code (010 and 02x have 3 digits, the others 4); the area code stays.
  { re: /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g, head: (_n, m) => (/^0(?:10|2\d)/.test(m) ? 3 : 4) },
];

/** Replace the middle digits of every personal number by `*`, keeping the text's length. */
export function maskPersonalNumbers(text: string): string {
  let out = text;
  for (const { re, head } of PATTERNS) {
    out = out.replace(re, (m) => maskKeepingEnds(m, head));
  }
  return out;
}

function maskKeepingEnds(m: string, head: (digits: number, match: string) => number): string {
  const digitIdx: number[] = [];
  for (let i = 0; i < m.length; i++) if (/[\dXx]/.test(m[i]!)) digitIdx.push(i);
  const keepHead = head(digitIdx.length, m);
  const keepTail = 4;
  const chars = m.split('');
  digitIdx.forEach((idx, k) => {
    if (k >= keepHead && k < digitIdx.length - keepTail) chars[idx] = '*';
  });
  return chars.join('');
}
