// Date-times of conversations and chat messages. docs/product.md: "times carry a zone" and "all periods are in the
// contact center's time zone", so a wall-clock time without a zone (what Excel and most exports write) is read
// in the contact center's zone, passed in by the caller; nothing here reads the clock or the environment.
// Zone arithmetic is the core's (src/core/time); this module only reads the texts exports write.
import { wallTimeToEpoch, type WallTime } from '../core/time/index.ts';

/** Epoch milliseconds of a parsed date-time, or the reason it is not one. */
export type DateTimeParse = { ok: true; epochMs: number } | { ok: false; message: string };

const ISO_ZONED =
  /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;
const LOCAL =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:T|\s+|(?<=日))(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:[.,](\d{1,9}))?\s*秒?)?)?$/i;

/**
 * Parse a date-time written in an export: ISO with a zone (kept as that instant), a wall-clock time
 * `YYYY-MM-DD HH:mm[:ss[.SSS]]` / `YYYY/M/D H:mm` / `YYYY年M月D日 HH:mm:ss` / date only (read in `timeZone`),
 * or a Unix epoch in seconds (10 digits) or milliseconds (13 digits).
 */
export function parseDateTime(raw: string, timeZone: string): DateTimeParse {
  const s = raw.trim();
  if (/^\d{10}$/.test(s)) return { ok: true, epochMs: Number(s) * 1000 };
  if (/^\d{13}$/.test(s)) return { ok: true, epochMs: Number(s) };
  const z = ISO_ZONED.exec(s);
  if (z) {
    const wall = toWall(z);
    if (!wall) return invalid(raw);
    const zone = (z[8] ?? 'Z').toUpperCase();
    const offset = zone === 'Z' ? 0 : parseOffset(zone);
    const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.ms);
    return { ok: true, epochMs: asUtc - offset * 60_000 };
  }
  const l = LOCAL.exec(s);
  if (l) {
    const wall = toWall(l);
    return wall ? { ok: true, epochMs: wallTimeToEpoch(wall, timeZone) } : invalid(raw);
  }
  return invalid(raw);
}

/** True when the text looks like a calendar date-time (used to tell 开始时间 = call start from a turn offset). */
export function looksLikeDateTime(raw: string): boolean {
  const s = raw.trim();
  return /^\d{10}$|^\d{13}$/.test(s) || ISO_ZONED.test(s) || LOCAL.test(s);
}

/**
 * A JS Date read by exceljs from a date cell: Excel stores wall-clock time without a zone and exceljs exposes
 * it as if it were UTC, so its UTC fields are the wall time in the contact center's zone.
 */
export function excelDateToEpoch(d: Date, timeZone: string): number {
  return wallTimeToEpoch(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      ms: d.getUTCMilliseconds(),
    },
    timeZone,
  );
}

function toWall(m: RegExpExecArray): WallTime | undefined {
  const n = (i: number): number => Number(m[i] ?? 0);
  const wall: WallTime = {
    year: n(1),
    month: n(2),
    day: n(3),
    hour: n(4),
    minute: n(5),
    second: n(6),
    ms: Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000),
  };
  const daysInMonth = new Date(Date.UTC(wall.year, wall.month, 0)).getUTCDate();
  if (wall.month < 1 || wall.month > 12 || wall.day < 1 || wall.day > daysInMonth) return undefined;
  if (wall.hour > 23 || wall.minute > 59 || wall.second > 59) return undefined;
  return wall;
}

function parseOffset(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
}

function invalid(raw: string): DateTimeParse {
  return {
    ok: false,
    message: `not a date-time: "${raw}" (expected e.g. 2026-10-08 09:30:00 or 2026-10-08T09:30:00+08:00)`,
  };
}
