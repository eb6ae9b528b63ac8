import { describe, expect, it } from 'vitest';
import { parseLocalDate } from './days.ts';
import {
  isWorkingDay,
  parseDays,
  periodOf,
  previousPeriod,
  WEEKENDS_ONLY,
  workingDaysDeadline,
} from './working-days.ts';

const TZ = 'Asia/Shanghai';

describe('workingDaysDeadline', () => {
  it('skips the weekend: finalized Friday afternoon → open through Wednesday', () => {
    const d = workingDaysDeadline(new Date('2026-10-16T15:00:00+08:00'), 3, TZ, WEEKENDS_ONLY);
    expect(d.toISOString()).toBe('2026-10-21T16:00:00.000Z'); // Thursday 2026-10-22 00:00 +08:00
  });

  it('counts days in the contact center’s zone, not in UTC', () => {
    // 2026-10-19 23:30 +08:00 is Monday locally (15:30Z): Tue, Wed, Thu → closes Friday 00:00 local.
    const d = workingDaysDeadline(new Date('2026-10-19T15:30:00Z'), 3, TZ, WEEKENDS_ONLY);
    expect(d.toISOString()).toBe('2026-10-22T16:00:00.000Z');
  });

  it('skips configured holidays and counts make-up working days (调休)', () => {
    const cal = {
      holidays: parseDays(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']),
      workdays: parseDays(['2026-10-10']),
    };
    // Finalized Wed 2026-09-30: Oct 1–7 off except weekdays listed as holidays; Thu 8, Fri 9, Sat 10 (调休).
    const d = workingDaysDeadline(new Date('2026-09-30T10:00:00+08:00'), 3, TZ, cal);
    expect(d.toISOString()).toBe('2026-10-10T16:00:00.000Z');
    expect(isWorkingDay(parseLocalDate('2026-10-10'), cal)).toBe(true);
    expect(isWorkingDay(parseLocalDate('2026-10-05'), cal)).toBe(false);
  });

  it('rejects malformed calendar days', () => {
    expect(() => parseDays(['2026-02-30'])).toThrow(RangeError);
  });
});

describe('periods', () => {
  it('gives day, Monday-based week and month bounds in the zone', () => {
    const day = parseLocalDate('2026-10-08'); // a Thursday
    expect(periodOf('day', day, TZ).from.toISOString()).toBe('2026-10-07T16:00:00.000Z');
    const w = periodOf('week', day, TZ);
    expect([w.from.toISOString(), w.to.toISOString()]).toEqual([
      '2026-10-04T16:00:00.000Z',
      '2026-10-11T16:00:00.000Z',
    ]);
    const m = periodOf('month', parseLocalDate('2026-12-31'), TZ);
    expect([m.from.toISOString(), m.to.toISOString()]).toEqual([
      '2026-11-30T16:00:00.000Z',
      '2026-12-31T16:00:00.000Z',
    ]);
  });

  it('previousPeriod is the last complete one', () => {
    const now = new Date('2026-11-01T01:00:00+08:00');
    expect(previousPeriod('day', now, TZ).from.toISOString()).toBe('2026-10-30T16:00:00.000Z');
    expect(previousPeriod('month', now, TZ).from.toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(previousPeriod('week', now, TZ).to.toISOString()).toBe('2026-10-25T16:00:00.000Z');
  });
});
