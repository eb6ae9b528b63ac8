// Working days and periods in the contact center's time zone (docs/product.md: all periods are in the contact
// center's zone). Appeals are open for 3 working days after a review is finalized (docs/product.md, appeals);
// weekends do not count, nor do configured public holidays, while configured make-up working days (调休, a Saturday
// or Sunday worked in exchange for a holiday) do.
import {
  addDays,
  dayOfWeek,
  formatLocalDate,
  localDay,
  parseLocalDate,
  startOfDay,
  type LocalDate,
} from './days.ts';

export const DEFAULT_APPEAL_WORKING_DAYS = 3;

export interface WorkCalendar {
  /** `YYYY-MM-DD` days off although on a weekday (法定节假日). */
  readonly holidays: ReadonlySet<string>;
  /** `YYYY-MM-DD` weekend days that are worked (调休). */
  readonly workdays: ReadonlySet<string>;
}

export const WEEKENDS_ONLY: WorkCalendar = { holidays: new Set(), workdays: new Set() };

export function isWorkingDay(day: LocalDate, cal: WorkCalendar): boolean {
  const text = formatLocalDate(day);
  if (cal.workdays.has(text)) return true;
  if (cal.holidays.has(text)) return false;
  const dow = dayOfWeek(day);
  return dow !== 0 && dow !== 6;
}

/**
 * The end of the `n`-th working day after the day of `from` (exclusive bound: filing is allowed while now is before
 * it). Finalized Friday 15:00 with n = 3 → Monday, Tuesday, Wednesday → closes at Thursday 00:00 local time.
 */
export function workingDaysDeadline(from: Date, n: number, timeZone: string, cal: WorkCalendar): Date {
  let day = localDay(from, timeZone);
  let left = n;
  // A calendar with a whole year of holidays would still terminate: cap the walk at ten years.
  for (let guard = 0; left > 0 && guard < 3660; guard++) {
    day = addDays(day, 1);
    if (isWorkingDay(day, cal)) left--;
  }
  return startOfDay(addDays(day, 1), timeZone);
}

export const PERIOD_KINDS = ['day', 'week', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The period (day, ISO week from Monday, calendar month) containing `day`, as [from, to) instants. */
export function periodOf(kind: PeriodKind, day: LocalDate, timeZone: string): { from: Date; to: Date } {
  switch (kind) {
    case 'day':
      return { from: startOfDay(day, timeZone), to: startOfDay(addDays(day, 1), timeZone) };
    case 'week': {
      const monday = addDays(day, -((dayOfWeek(day) + 6) % 7));
      return { from: startOfDay(monday, timeZone), to: startOfDay(addDays(monday, 7), timeZone) };
    }
    case 'month': {
      const first = { year: day.year, month: day.month, day: 1 };
      const next =
        day.month === 12 ? { year: day.year + 1, month: 1, day: 1 } : { ...first, month: day.month + 1 };
      return { from: startOfDay(first, timeZone), to: startOfDay(next, timeZone) };
    }
  }
}

/** The last complete period before `now`: what a scheduled run samples (yesterday, last week, last month). */
export function previousPeriod(kind: PeriodKind, now: Date, timeZone: string): { from: Date; to: Date } {
  const current = periodOf(kind, localDay(now, timeZone), timeZone);
  return periodOf(kind, localDay(new Date(current.from.getTime() - 1), timeZone), timeZone);
}

/** Parse a list of `YYYY-MM-DD` texts (throws RangeError naming a bad one). */
export function parseDays(days: readonly string[]): Set<string> {
  return new Set(days.map((d) => formatLocalDate(parseLocalDate(d))));
}
