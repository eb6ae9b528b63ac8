// Calendar days without a clock: dates are plain values; the day of an instant is read in a zone (./zone.ts).
// Periods are in the contact center's zone (docs/product.md: all periods are in the contact center's time zone).
import { formatZoned, wallTimeOf, wallTimeToEpoch } from './zone.ts';

export interface LocalDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Parse 'YYYY-MM-DD'; throws RangeError naming the value when it is not a real calendar date. */
export function parseLocalDate(text: string): LocalDate {
  const m = DATE_RE.exec(text);
  if (!m) throw new RangeError(`date must be YYYY-MM-DD, got "${text}"`);
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (formatLocalDate(addDays(date, 0)) !== text) throw new RangeError(`not a calendar date: "${text}"`);
  return date;
}

export function formatLocalDate(d: LocalDate): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** The date `n` days after `d` (n may be negative). */
export function addDays(d: LocalDate, n: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + n * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: LocalDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** The calendar day of an instant in the zone. */
export function localDay(at: Date, timeZone: string): LocalDate {
  const w = wallTimeOf(at.getTime(), timeZone);
  return { year: w.year, month: w.month, day: w.day };
}

/** The calendar day of an instant in the zone, as `YYYY-MM-DD`. */
export function localDateText(at: Date, timeZone: string): string {
  return formatLocalDate(localDay(at, timeZone));
}

/** True for `YYYY-MM-DD` naming a day that exists (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/**
 * The calendar date of an ISO-8601 instant with an explicit offset (`2026-10-31T17:30:00Z`) in `timeZone`
 * (`2026-11-01` in Asia/Shanghai), or null when the text is not such an instant.
 */
export function localDateOf(timestamp: string, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(timestamp)) return null;
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) return null;
  return localDateText(new Date(ms), timeZone);
}

/** The local calendar days touched by [from, to) in a time zone, as `YYYY-MM-DD`. */
export function localDays(from: Date, to: Date, timeZone: string): string[] {
  if (to.getTime() <= from.getTime()) return [];
  const first = localDay(from, timeZone);
  const last = localDay(new Date(to.getTime() - 1), timeZone);
  const days: string[] = [];
  for (let i = 0, n = daysBetween(first, last); i <= n; i++) days.push(formatLocalDate(addDays(first, i)));
  return days;
}

export interface ZonedInstant {
  epochMs: number;
  /** ISO-8601 with the zone's offset, e.g. 2026-10-08T09:30:00+08:00. */
  iso: string;
}

/** The instant at local wall time `date` + `secondOfDay` in `timeZone`. */
export function zonedInstant(date: LocalDate, secondOfDay: number, timeZone: string): ZonedInstant {
  const w = new Date(Date.UTC(date.year, date.month - 1, date.day) + secondOfDay * 1000);
  const epochMs = wallTimeToEpoch(
    {
      year: w.getUTCFullYear(),
      month: w.getUTCMonth() + 1,
      day: w.getUTCDate(),
      hour: w.getUTCHours(),
      minute: w.getUTCMinutes(),
      second: w.getUTCSeconds(),
      ms: w.getUTCMilliseconds(),
    },
    timeZone,
  );
  return { epochMs, iso: formatZoned(epochMs, timeZone) };
}

/** Midnight at the start of a local day, as an instant. */
export function startOfDay(day: LocalDate, timeZone: string): Date {
  return new Date(zonedInstant(day, 0, timeZone).epochMs);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
