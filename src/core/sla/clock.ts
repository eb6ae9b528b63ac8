// The SLA clock of a work order (docs/product.md "Integration endpoints", seed 004 提升后臺處理時效: branches are
// assessed on replying to and resolving work orders in time). A duration runs on one of three clocks:
//   {hours: n}         wall-clock hours, every day;
//   {workingDays: n}   whole working days: time runs only on working days, 24 h each, so a working day ends at the
//                      same clock time on the next working day (Friday 16:00 + 1 working day = Monday 16:00);
//   {workingHours: n}  hours inside the daily business window on working days.
// Working days follow the calendar (weekends, 法定节假日 and 调休 make-up days) in the contact center's zone. Time
// while the order is paused (waiting for the customer) does not count. Pure: no clock, `now` is a parameter.
import { z } from 'zod';
import {
  addDays,
  isWorkingDay,
  localDay,
  zonedInstant,
  type LocalDate,
  type WorkCalendar,
} from '../time/index.ts';

export type SlaDuration = { workingDays: number } | { workingHours: number } | { hours: number };

const durationCount = z.number().int().min(0).max(10_000);
/** A reply or resolve time limit as data: the SLA policy API accepts it and stored policies are read through it. */
export const slaDurationSchema: z.ZodType<SlaDuration> = z.union([
  z.object({ workingDays: durationCount }).strict(),
  z.object({ workingHours: durationCount }).strict(),
  z.object({ hours: durationCount }).strict(),
]);

export interface BusinessHours {
  /** Minutes after local midnight the business day starts and ends (09:00–18:00 by default). */
  startMinute: number;
  endMinute: number;
}

export const DEFAULT_BUSINESS_HOURS: BusinessHours = { startMinute: 9 * 60, endMinute: 18 * 60 };

export interface ClockContext {
  timeZone: string;
  calendar: WorkCalendar;
  businessHours: BusinessHours;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Ten years of days: a calendar made only of holidays still terminates. */
const MAX_DAYS = 3660;

/** The budget of a duration in milliseconds of its own clock. */
export function budgetMs(d: SlaDuration): number {
  if ('workingDays' in d) return d.workingDays * DAY_MS;
  if ('workingHours' in d) return d.workingHours * HOUR_MS;
  return d.hours * HOUR_MS;
}

type ClockKind = 'hours' | 'workingDays' | 'workingHours';

export function clockKind(d: SlaDuration): ClockKind {
  return 'workingDays' in d ? 'workingDays' : 'workingHours' in d ? 'workingHours' : 'hours';
}

/** The instants [from, to) during which the clock runs on the local day `day`, or null when it stands still. */
function runningWindow(kind: ClockKind, day: LocalDate, ctx: ClockContext): [number, number] | null {
  const start = zonedInstant(day, 0, ctx.timeZone).epochMs;
  const next = zonedInstant(addDays(day, 1), 0, ctx.timeZone).epochMs;
  if (kind === 'hours') return [start, next];
  if (!isWorkingDay(day, ctx.calendar)) return null;
  if (kind === 'workingDays') return [start, next];
  const { startMinute, endMinute } = ctx.businessHours;
  return [
    zonedInstant(day, startMinute * 60, ctx.timeZone).epochMs,
    zonedInstant(day, endMinute * 60, ctx.timeZone).epochMs,
  ];
}

/** A half-open interval of instants in epoch ms. */
export type Span = readonly [number, number];

/**
 * Consume `budget` ms of the clock across the running `spans` (ordered, disjoint; the last may be open-ended with
 * Infinity). Returns the instant the budget runs out, or null when the spans end first (the order is paused).
 */
export function consume(
  kind: ClockKind,
  budget: number,
  spans: readonly Span[],
  ctx: ClockContext,
): number | null {
  // The due instant is the first at which the clock has run the budget: a zero budget is due at once.
  if (budget <= 0) return spans[0]?.[0] ?? null;
  let left = budget;
  for (const [from, to] of spans) {
    if (kind === 'hours') {
      if (from + left <= to) return from + left;
      left -= to - from;
      continue;
    }
    let day = localDay(new Date(from), ctx.timeZone);
    for (let guard = 0; guard < MAX_DAYS; guard++, day = addDays(day, 1)) {
      const w = runningWindow(kind, day, ctx);
      if (w) {
        const a = Math.max(w[0], from);
        const b = Math.min(w[1], to);
        if (b > a) {
          if (a + left <= b) return a + left;
          left -= b - a;
        }
      }
      if (w ? w[1] >= to : zonedInstant(addDays(day, 1), 0, ctx.timeZone).epochMs >= to) break;
    }
  }
  return null;
}

/** Milliseconds of the clock that run within [from, to) across `spans` (used for remaining-time and risk). */
export function elapsed(kind: ClockKind, spans: readonly Span[], to: number, ctx: ClockContext): number {
  let total = 0;
  for (const [a0, b0] of spans) {
    const from = a0;
    const until = Math.min(b0, to);
    if (until <= from) continue;
    if (kind === 'hours') {
      total += until - from;
      continue;
    }
    let day = localDay(new Date(from), ctx.timeZone);
    for (let guard = 0; guard < MAX_DAYS; guard++, day = addDays(day, 1)) {
      const w = runningWindow(kind, day, ctx);
      const dayEnd = zonedInstant(addDays(day, 1), 0, ctx.timeZone).epochMs;
      if (w) total += Math.max(0, Math.min(w[1], until) - Math.max(w[0], from));
      if (dayEnd >= until) break;
    }
  }
  return total;
}

/** The due instant of `d` started at `start` with no pauses. */
export function dueAt(start: number, d: SlaDuration, ctx: ClockContext): number {
  return consume(clockKind(d), budgetMs(d), [[start, Infinity]], ctx)!;
}
