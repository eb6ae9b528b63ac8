// Times are shown in the contact center's zone (Asia/Shanghai), whatever the browser's zone is: the API gives
// ISO timestamps with offsets, and the date filters send the zone's midnights back with the right offset.
export const DISPLAY_ZONE = 'Asia/Shanghai';

const dateTimeFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISPLAY_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function parts(date: Date, fmt: Intl.DateTimeFormat): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of fmt.formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** `2026-10-08 09:30:05` in the display zone; the empty string for a missing or unparsable value. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = parts(d, dateTimeFormat);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** The calendar day (YYYY-MM-DD) of an instant in the display zone. */
export function zonedDate(instant: Date, zone = DISPLAY_ZONE): string {
  const p = parts(
    instant,
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  );
  return `${p.year}-${p.month}-${p.day}`;
}

/** Offset of `zone` at an instant as `+08:00`. */
export function zoneOffset(instant: Date, zone = DISPLAY_ZONE): string {
  const name = parts(
    instant,
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }),
  )['timeZoneName'];
  const m = /GMT([+-]\d{2}:\d{2})?/.exec(name ?? '');
  return m?.[1] ?? '+00:00';
}

/** The instant a calendar day starts in `zone`, as ISO with the zone's offset: `2026-10-08T00:00:00+08:00`. */
export function startOfZonedDay(ymd: string, zone = DISPLAY_ZONE): string {
  // the offset at noon UTC of that day is the day's offset for every zone without a midnight DST switch
  const offset = zoneOffset(new Date(`${ymd}T12:00:00Z`), zone);
  return `${ymd}T00:00:00${offset}`;
}

/** The calendar day after `ymd` (pure date arithmetic, no zone involved). */
export function nextDay(ymd: string): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A picked day range as the half-open interval [from, to) the API filters on. */
export function dayRangeToQuery(
  fromYmd: string,
  toYmd: string,
  zone = DISPLAY_ZONE,
): { from: string; to: string } {
  return { from: startOfZonedDay(fromYmd, zone), to: startOfZonedDay(nextDay(toYmd), zone) };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Offset from the start of a call: `mm:ss`, or `h:mm:ss` past an hour. */
export function formatOffset(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad2(m)}:${pad2(s)}` : `${pad2(m)}:${pad2(s)}`;
}

/** A duration, same shape as an offset; empty for unknown. */
export function formatDuration(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? '' : formatOffset(ms);
}
