// Calendar arithmetic for the demo generator without a clock: dates are plain values and the
// zone offset of a local wall time is looked up with Intl (tz data, not the current time).
// Periods are in the contact center's zone (product.md: "all periods are in the contact center's time zone").

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

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw new RangeError(`unknown time zone "${timeZone}"`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset of `timeZone` from UTC, in minutes, at the instant `epochMs` (+480 for Asia/Shanghai). */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

export interface ZonedInstant {
  epochMs: number;
  /** ISO-8601 with the zone's offset, e.g. 2026-10-08T09:30:00+08:00. */
  iso: string;
}

/** The instant at local wall time `date` + `secondOfDay` in `timeZone`. */
export function zonedInstant(date: LocalDate, secondOfDay: number, timeZone: string): ZonedInstant {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + secondOfDay * 1000;
  // Two passes settle the offset around DST changes; zones without DST need one.
  let offset = zoneOffsetMinutes(timeZone, wall);
  offset = zoneOffsetMinutes(timeZone, wall - offset * 60_000);
  const epochMs = wall - offset * 60_000;
  return { epochMs, iso: formatIso(epochMs, offset) };
}

/** Format an instant as local ISO time with an explicit offset. */
export function formatIso(epochMs: number, offsetMinutes: number): string {
  const t = new Date(epochMs + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}` +
    `T${pad(t.getUTCHours(), 2)}:${pad(t.getUTCMinutes(), 2)}:${pad(t.getUTCSeconds(), 2)}` +
    `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
