// Time zones without a clock: the offset of a zone at an instant is looked up with Intl (the runtime's tz data,
// not the current time). ARCHITECTURE.md: all days, months and deadlines are in the contact center's zone
// (ZHIJIAN_TZ, default Asia/Shanghai); times written without a zone are read in it.

/** The contact center's zone when nothing else is configured (ARCHITECTURE.md, settings). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached wall-clock formatter for the zone; throws RangeError naming an unknown zone. */
function formatter(timeZone: string): Intl.DateTimeFormat {
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
      throw new RangeError(
        `timeZone: unknown time zone "${timeZone}" (expected an IANA name such as Asia/Shanghai)`,
      );
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone known to this runtime. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Throws a RangeError naming the zone when it is not an IANA zone known to this runtime. */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone);
}

/** Calendar and clock fields of a wall time (month 1–12). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

/** What the clocks of `timeZone` show at `epochMs`. */
export function wallTimeOf(epochMs: number, timeZone: string): WallTime {
  const d = new Date(epochMs + zoneOffsetMinutes(epochMs, timeZone) * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
  };
}

/**
 * Offsets per zone and quarter hour. Intl formatting costs tens of microseconds, too much per row of a large
 * file; every zone transition of the IANA database since 1900 falls on a quarter hour, so the offset is
 * constant within one.
 */
const offsetCache = new Map<string, Map<number, number>>();
const QUARTER_HOUR_MS = 900_000;
const OFFSET_CACHE_LIMIT = 100_000;

/** Offset of `timeZone` from UTC at the instant `epochMs`, in minutes (Asia/Shanghai → 480). */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
  let cache = offsetCache.get(timeZone);
  if (!cache) {
    formatter(timeZone); // throws for an unknown zone before a cache is kept for it
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  const bucket = Math.floor(epochMs / QUARTER_HOUR_MS);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    if (cache.size >= OFFSET_CACHE_LIMIT) cache.clear();
    offset = computeOffsetMinutes(bucket * QUARTER_HOUR_MS, timeZone);
    cache.set(bucket, offset);
  }
  return offset;
}

function computeOffsetMinutes(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/** The instant at which the clocks of `timeZone` show `wall` (the earlier one in a DST overlap). */
export function wallTimeToEpoch(wall: WallTime, timeZone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.ms);
  // Two passes settle DST edges: the offset at the first guess may differ from the offset at the answer.
  const first = asUtc - zoneOffsetMinutes(asUtc, timeZone) * 60_000;
  return asUtc - zoneOffsetMinutes(first, timeZone) * 60_000;
}

/** ISO-8601 in `timeZone` with its numeric offset, e.g. 2026-10-08T09:30:00+08:00 (ms only when non-zero). */
export function formatZoned(epochMs: number, timeZone: string): string {
  return formatWithOffset(epochMs, zoneOffsetMinutes(epochMs, timeZone));
}

/** ISO-8601 at a fixed offset from UTC in minutes (ms only when non-zero). */
export function formatWithOffset(epochMs: number, offsetMinutes: number): string {
  const d = new Date(epochMs + offsetMinutes * 60_000);
  const ms = d.getUTCMilliseconds();
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    (ms ? `.${pad(ms, 3)}` : '') +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** Local wall-clock text to the minute, e.g. `2026-11-06 10:30` (statements and print views). */
export function formatLocalMinute(epochMs: number, timeZone: string): string {
  const w = wallTimeOf(epochMs, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
