// Exact arithmetic for KPI points and money. Money is integer fen (分) and points are integer centipoints
// (hundredths of a point) internally, so a statement never drifts by a fen through binary floating point
// (docs/product.md "KPI and monthly settlement"). The single rounding rule: half away from zero.

/** round(n / d), half away from zero. BigInt so that products of counts, slopes and fees never lose digits. */
export function divRound(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new RangeError('division by zero');
  const num = d < 0n ? -n : n;
  const den = d < 0n ? -d : d;
  const q = num / den; // truncates toward zero
  const r = num % den; // carries the sign of num
  const twiceR = 2n * (r < 0n ? -r : r);
  if (twiceR >= den) return num < 0n ? q - 1n : q + 1n;
  return q;
}

/** round(a × b / c) for safe integers, half away from zero, as a safe integer. */
export function mulDivRound(a: number, b: number, c: number): number {
  const r = Number(divRound(BigInt(a) * BigInt(b), BigInt(c)));
  if (!Number.isSafeInteger(r)) throw new RangeError(`result ${r} is not a safe integer`);
  return r;
}

/**
 * A decimal number scaled by 100 and rounded half away from zero, computed from its shortest decimal
 * representation (so 1.005 → 101, not the 100 that `Math.round(1.005 * 100)` gives).
 */
export function toHundredths(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const s = String(Math.abs(x));
  if (s.includes('e')) return Math.sign(x) * Math.round(Math.abs(x) * 100);
  const [intPart = '0', frac = ''] = s.split('.');
  const digits = (frac + '000').slice(0, 3);
  let scaled = Number(intPart) * 100 + Number(digits.slice(0, 2));
  if (Number(digits[2]) >= 5) scaled += 1;
  return x < 0 ? -scaled : scaled;
}

/** True when `x` has at most two decimals (policy values such as 97, 0.5 or 97.25). */
export function hasAtMostTwoDecimals(x: number): boolean {
  if (!Number.isFinite(x)) return false;
  const s = String(Math.abs(x));
  if (s.includes('e')) return Number.isInteger(x);
  return (s.split('.')[1] ?? '').length <= 2;
}

/** Throws unless `fen` is a safe integer: amounts reach the statement only as whole fen. */
export function assertFen(fen: number, what: string): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`${what} must be a whole number of fen, got ${fen}`);
}

/** 140000 → "1400.00", -5000 → "-50.00": yuan with two decimals, for tables and exports. */
export function formatFen(fen: number): string {
  assertFen(fen, 'amount');
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Centipoints → points as a JS number for display and JSON (12050 → 120.5). */
export function centipointsToPoints(c: number): number {
  return c / 100;
}
