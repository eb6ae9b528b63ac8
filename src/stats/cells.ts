// Reading one cell as a count, a score, an agent id, a date or a month, with a message when it cannot be.
import { isCalendarDate, localDateOf } from '../core/time/index.ts';
import type { Cell } from './table.ts';

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = <T>(message: string): CellResult<T> => ({ ok: false, message });

function text(c: Cell): string {
  return c === null ? '' : c instanceof Date ? c.toISOString() : String(c).normalize('NFKC').trim();
}

/** A non-negative whole number; an empty cell is 0 (exports leave zero counts blank). "1,234" is accepted. */
export function readCount(c: Cell): CellResult<number> {
  if (c instanceof Date) return bad('expected a number, got a date');
  let n: number;
  if (typeof c === 'number') n = c;
  else {
    const t = text(c);
    if (t === '') return ok(0);
    const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, '') : t;
    if (!/^-?\d+(\.\d+)?$/.test(plain)) return bad(`expected a whole number, got "${t}"`);
    n = Number(plain);
  }
  if (!Number.isFinite(n) || !Number.isInteger(n)) return bad(`expected a whole number, got ${text(c)}`);
  if (n < 0) return bad(`must not be negative, got ${n}`);
  if (!Number.isSafeInteger(n)) return bad(`too large: ${n}`);
  return ok(n);
}

/** A QA score between 0 and 100 (decimals allowed: seed 002 deducts 0.5 points). */
export function readScore(c: Cell): CellResult<number> {
  if (c instanceof Date) return bad('expected a score, got a date');
  const t = text(c);
  if (t === '') return bad('missing QA score');
  const n = typeof c === 'number' ? c : /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
  if (!Number.isFinite(n)) return bad(`expected a score, got "${t}"`);
  if (n < 0 || n > 100) return bad(`must be between 0 and 100, got ${n}`);
  return ok(n);
}

export function readAgentId(c: Cell): CellResult<string> {
  const t = c instanceof Date ? '' : text(c);
  if (t === '') return bad('missing agent id');
  if (t.length > 100) return bad('agent id longer than 100 characters');
  return ok(t);
}

function ymd(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Excel's day serial (1 = 1900-01-01, with its 1900 leap-year bug) → calendar date. */
function excelSerialDate(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 61 || serial > 2_958_465) return null;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A calendar day of the contact center: 2026-10-01, 2026/10/1, 2026.10.1, 20261001, 2026年10月1日, a
 * timestamp without zone (its date part), an instant with zone (placed in `timeZone`), or an XLSX date.
 */
export function readDate(c: Cell, timeZone: string): CellResult<string> {
  // exceljs returns dates as the UTC instant of the sheet's wall-clock value.
  if (c instanceof Date)
    return Number.isNaN(c.getTime()) ? bad('invalid date') : ok(c.toISOString().slice(0, 10));
  if (typeof c === 'number') {
    const d = excelSerialDate(c);
    return d === null ? bad(`expected a date, got ${c}`) : ok(d);
  }
  const t = text(c);
  if (t === '') return bad('missing date');
  const zoned = localDateOf(t.replace(' ', 'T'), timeZone);
  if (zoned !== null) return ok(zoned);
  const m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(t) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(t) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (!m) return bad(`expected a date such as 2026-10-01, got "${t}"`);
  const date = ymd(m[1]!, m[2]!, m[3]!);
  return isCalendarDate(date) ? ok(date) : bad(`no such day: "${t}"`);
}

/** A month: 2026-10, 2026/10, 2026.10, 202610, 2026年10月, or any date of it. */
export function readMonth(c: Cell, timeZone: string): CellResult<string> {
  if (c instanceof Date)
    return readDate(c, timeZone).ok ? ok(c.toISOString().slice(0, 7)) : bad('invalid date');
  const t = text(c);
  if (t === '') return bad('missing month');
  const m =
    /^(\d{4})[-/.](\d{1,2})$/.exec(t) ?? /^(\d{4})(\d{2})$/.exec(t) ?? /^(\d{4})年(\d{1,2})月$/.exec(t);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return bad(`no such month: "${t}"`);
    return ok(`${m[1]}-${String(month).padStart(2, '0')}`);
  }
  const d = readDate(c, timeZone);
  return d.ok ? ok(d.value.slice(0, 7)) : bad(`expected a month such as 2026-10, got "${t}"`);
}
