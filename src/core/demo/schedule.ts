// When contacts arrive: a hotline staffed 08:00–22:00 local time, with the usual morning and
// afternoon peaks, a lunch dip, and quieter weekends.
import { addDays, dayOfWeek, type LocalDate, zonedInstant } from '../time/days.ts';
import type { Rng } from '../random/random.ts';

export const OPEN_HOUR = 8;
export const CLOSE_HOUR = 22;

/** Relative arrivals per local hour, 08:00 … 21:00 (contact-center intraday curve). */
const HOURLY: readonly number[] = [0.5, 1.2, 1.4, 1.2, 0.7, 0.8, 1.2, 1.3, 1.1, 0.9, 0.6, 0.6, 0.5, 0.3];
/** Relative volume by day of week, Sunday first. */
const WEEKDAY: readonly number[] = [0.6, 1.05, 1, 1, 1, 0.95, 0.7];

export interface Slot {
  date: LocalDate;
  /** Seconds since local midnight. */
  secondOfDay: number;
  epochMs: number;
  iso: string;
}

/**
 * `count` arrival times over the `days` local days ending with `end`, sorted by time. The last
 * contact of the day starts before closing; calls that run past 22:00 are finished, not cut.
 */
export function arrivals(rng: Rng, count: number, end: LocalDate, days: number, timeZone: string): Slot[] {
  const dates = Array.from({ length: days }, (_, i) => addDays(end, i - days + 1));
  const dayWeights = dates.map((d) => [d, WEEKDAY[dayOfWeek(d)] ?? 1] as const);
  const hourWeights = HOURLY.map((w, i) => [OPEN_HOUR + i, w] as const);
  const slots: Slot[] = [];
  for (let i = 0; i < count; i++) {
    const date = rng.weighted(dayWeights);
    const hour = rng.weighted(hourWeights);
    // Keep the last quarter hour free so even a long call ends near closing time.
    const maxSecond = hour === CLOSE_HOUR - 1 ? 45 * 60 - 1 : 3599;
    const secondOfDay = hour * 3600 + rng.int(0, maxSecond);
    const at = zonedInstant(date, secondOfDay, timeZone);
    slots.push({ date, secondOfDay, epochMs: at.epochMs, iso: at.iso });
  }
  return slots.sort((a, b) => a.epochMs - b.epochMs);
}
