import { describe, expect, it } from 'vitest';
import {
  dayRangeToQuery,
  formatDateTime,
  formatOffset,
  nextDay,
  startOfZonedDay,
  zonedDate,
} from './time.ts';

describe('display times (Asia/Shanghai)', () => {
  it('shows an instant in Shanghai whatever zone it was written in', () => {
    expect(formatDateTime('2026-10-08T09:30:05+08:00')).toBe('2026-10-08 09:30:05');
    expect(formatDateTime('2026-10-08T01:30:05Z')).toBe('2026-10-08 09:30:05');
    expect(formatDateTime('2026-10-07T20:00:00-05:00')).toBe('2026-10-08 09:00:00');
  });

  it('leaves missing values empty and unparsable ones visible', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('yesterday')).toBe('yesterday');
  });

  it('finds the Shanghai calendar day of an instant', () => {
    expect(zonedDate(new Date('2026-10-07T16:30:00Z'))).toBe('2026-10-08');
    expect(zonedDate(new Date('2026-10-07T15:59:59Z'))).toBe('2026-10-07');
  });

  it('turns picked days into the half-open period the API filters on', () => {
    expect(startOfZonedDay('2026-10-08')).toBe('2026-10-08T00:00:00+08:00');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(dayRangeToQuery('2026-10-01', '2026-10-31')).toEqual({
      from: '2026-10-01T00:00:00+08:00',
      to: '2026-11-01T00:00:00+08:00',
    });
  });

  it('uses the offset of other zones, daylight saving included', () => {
    expect(startOfZonedDay('2026-07-01', 'Europe/Berlin')).toBe('2026-07-01T00:00:00+02:00');
    expect(startOfZonedDay('2026-01-01', 'Europe/Berlin')).toBe('2026-01-01T00:00:00+01:00');
    expect(startOfZonedDay('2026-01-01', 'UTC')).toBe('2026-01-01T00:00:00+00:00');
  });

  it('formats offsets from the start of a call', () => {
    expect(formatOffset(0)).toBe('00:00');
    expect(formatOffset(65_999)).toBe('01:05');
    expect(formatOffset(3_725_000)).toBe('1:02:05');
  });
});
