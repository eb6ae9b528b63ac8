// Money arrives from the API in integer fen (分); screens show yuan with two decimals, computed with integer
// arithmetic so no float rounding ever shows (seed 002: bonuses, deductions and fines are exact amounts).

/** `¥1,234.50`, `-¥1,400.00`; `+` in front of positive amounts when `signed`. */
export function formatYuan(fen: number, opts: { signed?: boolean } = {}): string {
  const sign = fen < 0 ? '-' : opts.signed && fen > 0 ? '+' : '';
  const abs = Math.abs(Math.trunc(fen));
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}¥${yuan}.${cents}`;
}

/** A yuan amount typed by a user (`-12.5`, `1,400`) as integer fen; null when it is not an amount. */
export function parseYuanToFen(text: string): number | null {
  const m = /^\s*([+-])?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  const whole = Number(m[2]!.replace(/,/g, ''));
  const cents = Number((m[3] ?? '').padEnd(2, '0'));
  const fen = whole * 100 + cents;
  return m[1] === '-' ? -fen : fen;
}

/** A fraction (0.9734) as a percentage with one decimal (`97.3%`); empty for null. */
export function formatPercent(v: number | null | undefined): string {
  return v === null || v === undefined ? '' : `${(v * 100).toFixed(1)}%`;
}

/** The month before `YYYY-MM`. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
