// Calendar months for KPI periods and settlement. Periods are calendar months in the contact center's time zone
// (docs/product.md: all periods are in the contact center's zone, default Asia/Shanghai).
// Months are `YYYY-MM` and dates plain `YYYY-MM-DD` strings of that zone; nothing here reads a clock.

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for `YYYY-MM` with a real month. */
export function isMonth(s: string): boolean {
  return MONTH_RE.test(s);
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids any local-zone effect.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2026-10-31` → `2026-10`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** `2026-12` + 1 → `2027-01`. */
export function addMonths(month: string, n: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${String(year).padStart(4, '0')}-${String(mm + 1).padStart(2, '0')}`;
}

/** The same day `n` months earlier or later, clamped to the month's last day (03-31 − 1 month → 02-28). */
export function addMonthsToDate(date: string, n: number): string {
  const month = addMonths(monthOf(date), n);
  const day = Math.min(
    Number(date.slice(8, 10)),
    daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5))),
  );
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` for `day` of `month`, clamped to the month's length. */
export function dayOfMonth(month: string, day: number): string {
  const last = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return `${month}-${String(Math.min(Math.max(day, 1), last)).padStart(2, '0')}`;
}
