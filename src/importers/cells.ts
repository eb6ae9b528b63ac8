// Cell values of a table (CSV gives text; XLSX also numbers and dates) and their conversion to the
// times of conversation v1, with the reason when a cell is not what its column needs.
import { offsetFromNumber, parseOffset, type IntegerUnit, type OffsetParse } from './times.ts';
import { excelDateToEpoch, looksLikeDateTime, parseDateTime, type DateTimeParse } from './zoned-time.ts';
import type { ColumnContent } from './columns.ts';

export type CellValue = string | number | boolean | Date | undefined;

/** Excel's day zero: time-only cells (00:01:23) come out of exceljs as dates on 1899-12-30 UTC. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_TIME_ONLY_LIMIT = Date.UTC(1900, 0, 2);

export function cellText(v: CellValue): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (v instanceof Date)
    return v
      .toISOString()
      .replace('T', ' ')
      .replace(/\.000Z$|Z$/, '');
  return String(v);
}

/** A turn offset from a cell; `undefined` for an empty cell. */
export function cellOffset(v: CellValue, unit: IntegerUnit): OffsetParse | undefined {
  if (v === undefined || v === '') return undefined;
  if (typeof v === 'number') return offsetFromNumber(v, unit);
  if (v instanceof Date) {
    if (v.getTime() >= EXCEL_TIME_ONLY_LIMIT || v.getTime() < EXCEL_EPOCH_MS) {
      return {
        ok: false,
        message: `expected a time offset within the call, got the date-time ${cellText(v)}`,
      };
    }
    return { ok: true, ms: Math.round(v.getTime() - EXCEL_EPOCH_MS) };
  }
  const s = cellText(v);
  return s === '' ? undefined : parseOffset(s, unit);
}

/** A calendar date-time from a cell; `undefined` for an empty cell. */
export function cellDateTime(v: CellValue, timeZone: string): DateTimeParse | undefined {
  if (v === undefined || v === '') return undefined;
  if (v instanceof Date) return { ok: true, epochMs: excelDateToEpoch(v, timeZone) };
  if (typeof v === 'number' && Number.isInteger(v)) return parseDateTime(String(v), timeZone);
  const s = cellText(v);
  return s === '' ? undefined : parseDateTime(s, timeZone);
}

function isDateTimeCell(v: CellValue): boolean {
  if (v instanceof Date) return v.getTime() >= EXCEL_TIME_ONLY_LIMIT;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1e9;
  return typeof v === 'string' && looksLikeDateTime(v);
}

/** Whether most of a column's first non-empty values are calendar date-times. */
export function columnContent(values: Iterable<CellValue>, sample = 20): ColumnContent {
  let seen = 0;
  let dateTimes = 0;
  for (const v of values) {
    if (v === undefined || cellText(v) === '') continue;
    seen++;
    if (isDateTimeCell(v)) dateTimes++;
    if (seen >= sample) break;
  }
  if (seen === 0) return 'empty';
  return dateTimes * 2 > seen ? 'date-time' : 'other';
}
