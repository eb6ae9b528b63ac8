// Block periods (seed 003 系统支撑: 对指定的号码进行永远性限制、一个周期（月、周、天）限制来电): permanent, one
// day, one week, one month, or until a given instant. A period counts from the moment the entry becomes active
// (approval when a second person must approve) and ends at the same wall-clock time in the contact center's zone
// one day, seven days or one calendar month later (31 Jan + 1 month = 28/29 Feb, the month's last day).
import { addDays, formatLocalDate, parseLocalDate, zonedInstant, wallTimeOf } from '../time/index.ts';
import { addMonthsToDate } from '../time/months.ts';

export const BLOCK_PERIOD_KINDS = ['permanent', 'day', 'week', 'month', 'until'] as const;
export type BlockPeriodKind = (typeof BLOCK_PERIOD_KINDS)[number];

export type BlockPeriod =
  | { kind: 'permanent' }
  | { kind: 'day' }
  | { kind: 'week' }
  | { kind: 'month' }
  | { kind: 'until'; until: Date };

/** The API's spelling: "permanent" | "day" | "week" | "month" | {"until": ISO}. */
export type PeriodInput = 'permanent' | 'day' | 'week' | 'month' | { until: string };

export function periodFromInput(p: PeriodInput): BlockPeriod {
  if (typeof p === 'string') return { kind: p };
  return { kind: 'until', until: new Date(p.until) };
}

export function periodToInput(p: BlockPeriod): PeriodInput {
  return p.kind === 'until' ? { until: p.until.toISOString() } : p.kind;
}

/** When a restriction that starts at `from` ends; null when permanent. */
export function periodEnd(p: BlockPeriod, from: Date, timeZone: string): Date | null {
  switch (p.kind) {
    case 'permanent':
      return null;
    case 'until':
      return p.until;
    case 'day':
    case 'week':
    case 'month': {
      const w = wallTimeOf(from.getTime(), timeZone);
      const day = { year: w.year, month: w.month, day: w.day };
      const end =
        p.kind === 'month'
          ? parseLocalDate(addMonthsToDate(formatLocalDate(day), 1))
          : addDays(day, p.kind === 'day' ? 1 : 7);
      const second = w.hour * 3600 + w.minute * 60 + w.second;
      return new Date(zonedInstant(end, second, timeZone).epochMs + w.ms);
    }
  }
}
