import { describe, expect, it } from 'vitest';
import {
  formatLocalMinute,
  formatZoned,
  isTimeZone,
  localDateText,
  localDays,
  wallTimeOf,
  zoneOffsetMinutes,
} from './index.ts';

describe('zones', () => {
  it('takes the instant first and the zone second, at every call site', () => {
    const at = Date.parse('2026-07-01T12:00:00Z');
    expect(zoneOffsetMinutes(at, 'Asia/Shanghai')).toBe(480);
    expect(zoneOffsetMinutes(at, 'America/New_York')).toBe(-240);
    expect(zoneOffsetMinutes(Date.parse('2026-01-01T12:00:00Z'), 'America/New_York')).toBe(-300);
  });

  it('reads wall times and formats them with the offset of that instant', () => {
    const at = Date.parse('2026-10-31T17:30:05.250Z');
    expect(wallTimeOf(at, 'Asia/Shanghai')).toEqual({
      year: 2026,
      month: 11,
      day: 1,
      hour: 1,
      minute: 30,
      second: 5,
      ms: 250,
    });
    expect(formatZoned(at, 'Asia/Shanghai')).toBe('2026-11-01T01:30:05.250+08:00');
    expect(formatLocalMinute(at, 'Asia/Shanghai')).toBe('2026-11-01 01:30');
    expect(localDateText(new Date(at), 'Europe/London')).toBe('2026-10-31');
  });

  it('lists the local days a half-open range touches', () => {
    const from = new Date('2026-10-30T16:00:00Z'); // 2026-10-31 00:00 in Shanghai
    const to = new Date('2026-11-01T16:00:00Z'); // 2026-11-02 00:00, excluded
    expect(localDays(from, to, 'Asia/Shanghai')).toEqual(['2026-10-31', '2026-11-01']);
    expect(localDays(to, from, 'Asia/Shanghai')).toEqual([]);
  });

  it('tells a known zone from an unknown one', () => {
    expect([isTimeZone('Asia/Shanghai'), isTimeZone('Mars/Olympus')]).toEqual([true, false]);
  });
});
