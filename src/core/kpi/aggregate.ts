// Daily call statistics per agent → month totals. A row's date is a calendar day of the contact center's
// time zone (`YYYY-MM-DD`) or an instant with an explicit offset, which is first placed in that zone
// (docs/product.md: "all periods are in the contact center's time zone").
import { addCounts, ZERO_COUNTS, type CallCounts } from './counts.ts';
import { DEFAULT_TIME_ZONE, isCalendarDate, isMonth, localDateOf, monthOf } from '../time/index.ts';

export interface DailyStatsRow extends CallCounts {
  agentId: string;
  /** `YYYY-MM-DD` (local) or an ISO-8601 instant with offset, e.g. `2026-10-31T16:30:00Z`. */
  date: string;
}

export interface MonthlyStats extends CallCounts {
  agentId: string;
  month: string;
  /** Distinct days with at least one row. */
  days: number;
}

/** The row's local calendar date, or null when `date` is neither a calendar date nor a zoned instant. */
export function localDateOfRow(date: string, timeZone: string): string | null {
  if (isCalendarDate(date)) return date;
  return localDateOf(date, timeZone);
}

/**
 * Month totals per agent for `month`, sorted by agent id. Rows of other months are left out; several rows
 * of one agent and day (e.g. one per skill group) are summed. Throws on a date that is not a date.
 */
export function aggregateMonthlyStats(
  rows: readonly DailyStatsRow[],
  month: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): MonthlyStats[] {
  if (!isMonth(month)) throw new RangeError(`month must be YYYY-MM, got ${month}`);
  const totals = new Map<string, { counts: CallCounts; days: Set<string> }>();
  for (const row of rows) {
    const day = localDateOfRow(row.date, timeZone);
    if (day === null) throw new RangeError(`not a date: ${row.date}`);
    if (monthOf(day) !== month) continue;
    const t = totals.get(row.agentId) ?? { counts: { ...ZERO_COUNTS }, days: new Set<string>() };
    t.counts = addCounts(t.counts, row);
    t.days.add(day);
    totals.set(row.agentId, t);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([agentId, t]) => ({ agentId, month, days: t.days.size, ...t.counts }));
}
