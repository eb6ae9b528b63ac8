// Caller numbers as switches, CDRs and people write them (docs/product.md "Integration endpoints": numbers are
// compared after normalisation). One key per subscriber: a mobile is its 11 digits (+86 / 0086 / 86 and a trunk
// `0` in front dropped); a landline keeps its area code with the trunk 0 (010 12345678 → 01012345678,
// +86 10 1234 5678 → 01012345678); full-width digits count as digits (ASR and chat text carry both).
const FULL_WIDTH_ZERO = 0xff10;

/** Digits of a written number with separators dropped; null when it holds anything else. */
function digitsOf(raw: string): { digits: string; plus: boolean } | null {
  let digits = '';
  let plus = false;
  for (const ch of raw.trim()) {
    const code = ch.codePointAt(0)!;
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_ZERO + 9) digits += String(code - FULL_WIDTH_ZERO);
    else if ((ch === '+' || ch === '＋') && digits === '' && !plus) plus = true;
    else if (!/[\s\-－().（）]/u.test(ch)) return null;
  }
  return { digits, plus };
}

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * The normalised key of a caller number, or null when it is not a number (letters, too short or long).
 * Short service numbers (95588, 10086) stay as written.
 */
export function normaliseNumber(raw: string): string | null {
  const d = digitsOf(raw);
  if (!d) return null;
  let n = d.digits;
  // International prefix of mainland China: +86, 0086, or 86 followed by a full national number.
  if (d.plus) {
    if (!n.startsWith('86')) return n.length >= 5 && n.length <= 20 ? `+${n}` : null;
    n = n.slice(2);
    if (!MOBILE.test(n)) n = `0${n.replace(/^0/, '')}`;
  } else if (n.startsWith('0086')) {
    n = n.slice(4);
    if (!MOBILE.test(n)) n = `0${n.replace(/^0/, '')}`;
  } else if (n.startsWith('86') && (MOBILE.test(n.slice(2)) || (n.length >= 12 && n.length <= 13))) {
    n = n.slice(2);
    if (!MOBILE.test(n)) n = `0${n}`;
  }
  // A trunk 0 dialled before a mobile from another area (013800138000) is the same mobile.
  if (n.length === 12 && n.startsWith('0') && MOBILE.test(n.slice(1))) n = n.slice(1);
  return n.length >= 3 && n.length <= 20 ? n : null;
}
