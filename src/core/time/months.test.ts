import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addMonthsToDate,
  assertTimeZone,
  dayOfMonth,
  isCalendarDate,
  isMonth,
  localDateOf,
} from './index.ts';

describe('periods', () => {
  it('validates months and calendar dates, leap years included', () => {
    expect([isMonth('2026-10'), isMonth('2026-13'), isMonth('2026-1')]).toEqual([true, false, false]);
    expect([
      isCalendarDate('2028-02-29'),
      isCalendarDate('2026-02-29'),
      isCalendarDate('2026-10-32'),
    ]).toEqual([true, false, false]);
  });

  it('moves by months, clamping the day', () => {
    expect([addMonths('2026-12', 1), addMonths('2026-01', -1), addMonths('2026-10', -22)]).toEqual([
      '2027-01',
      '2025-12',
      '2024-12',
    ]);
    expect([addMonthsToDate('2026-03-31', -1), addMonthsToDate('2028-02-29', -12)]).toEqual([
      '2026-02-28',
      '2027-02-28',
    ]);
    expect([dayOfMonth('2026-11', 5), dayOfMonth('2026-02', 31)]).toEqual(['2026-11-05', '2026-02-28']);
  });

  it('places an instant with an offset on the contact center’s calendar', () => {
    expect(localDateOf('2026-10-31T16:30:00Z', 'Asia/Shanghai')).toBe('2026-11-01');
    expect(localDateOf('2026-11-01T00:30:00+08:00', 'Europe/London')).toBe('2026-10-31');
    expect(localDateOf('2026-10-31 16:30', 'Asia/Shanghai')).toBeNull(); // no zone: not an instant
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(/unknown time zone/);
  });
});
