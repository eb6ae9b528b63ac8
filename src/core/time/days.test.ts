import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  daysBetween,
  formatLocalDate,
  parseLocalDate,
  zonedInstant,
  zoneOffsetMinutes,
} from './index.ts';

describe('calendar days', () => {
  it('parses, formats and moves dates across months and leap days', () => {
    const d = parseLocalDate('2028-02-28');
    expect(formatLocalDate(addDays(d, 1))).toBe('2028-02-29');
    expect(formatLocalDate(addDays(d, 2))).toBe('2028-03-01');
    expect(formatLocalDate(addDays(parseLocalDate('2026-01-01'), -1))).toBe('2025-12-31');
    expect(daysBetween(parseLocalDate('2026-09-09'), parseLocalDate('2026-10-08'))).toBe(29);
    expect(dayOfWeek(parseLocalDate('2026-10-08'))).toBe(4); // a Thursday
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => parseLocalDate('2026-2-3')).toThrow(/YYYY-MM-DD/);
    expect(() => parseLocalDate('2026-02-30')).toThrow(/not a calendar date/);
  });

  it('places a Shanghai wall time at +08:00', () => {
    const at = zonedInstant(parseLocalDate('2026-10-08'), 9 * 3600 + 30 * 60, 'Asia/Shanghai');
    expect(at.iso).toBe('2026-10-08T09:30:00+08:00');
    expect(at.epochMs).toBe(Date.UTC(2026, 9, 8, 1, 30));
    expect(zoneOffsetMinutes(at.epochMs, 'Asia/Shanghai')).toBe(480);
  });

  it('follows daylight saving time in zones that have it', () => {
    const winter = zonedInstant(parseLocalDate('2026-01-15'), 10 * 3600, 'Europe/Berlin');
    const summer = zonedInstant(parseLocalDate('2026-07-15'), 10 * 3600, 'Europe/Berlin');
    expect(winter.iso).toBe('2026-01-15T10:00:00+01:00');
    expect(summer.iso).toBe('2026-07-15T10:00:00+02:00');
    expect(zonedInstant(parseLocalDate('2026-03-08'), 12 * 3600, 'America/New_York').iso).toBe(
      '2026-03-08T12:00:00-04:00',
    );
  });

  it('names an unknown zone', () => {
    expect(() => zonedInstant(parseLocalDate('2026-01-01'), 0, 'Mars/Olympus')).toThrow(/Mars\/Olympus/);
  });
});
