// Calendar helpers for KPI periods. Periods are calendar months in the contact center's time zone
// (product.md: "all periods are in the contact center's time zone (default Asia/Shanghai)").
// Dates are plain `YYYY-MM-DD` strings of that zone; nothing here reads a clock.

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** True for `YYYY-MM` with a real month. */
export function isMonth(s: string): boolean {
  return MONTH_RE.test(s);
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids any local-zone effect.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for `YYYY-MM-DD` naming a day that exists (no 2026-02-30). */
export function isCalendarDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
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

/**
 * The calendar date of an ISO-8601 instant with an explicit offset (`2026-10-31T17:30:00Z`) in `timeZone`
 * (`2026-11-01` in Asia/Shanghai), or null when the text is not such an instant.
 */
export function localDateOf(timestamp: string, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(timestamp)) return null;
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) return null;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .formatToParts(new Date(ms))
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Throws a RangeError unless the time zone is known to Intl. */
export function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new RangeError(`unknown time zone: ${timeZone}`);
  }
}
