import { describe, expect, it } from 'vitest';
import { assertTimeZone, formatZoned } from '../core/time/index.ts';
import { excelDateToEpoch, parseDateTime } from './zoned-time.ts';

const SH = 'Asia/Shanghai';
const at = (iso: string): number => Date.parse(iso);

describe('parseDateTime', () => {
  it.each([
    ['2026-10-08 09:30:00', '2026-10-08T01:30:00Z'],
    ['2026-10-08 09:30', '2026-10-08T01:30:00Z'],
    ['2026/10/8 9:30', '2026-10-08T01:30:00Z'],
    ['2026.10.08 09:30:05.250', '2026-10-08T01:30:05.250Z'],
    ['2026年10月8日 09:30:00', '2026-10-08T01:30:00Z'],
    ['2026年10月8日09时30分05秒', '2026-10-08T01:30:05Z'],
    ['2026-10-08T09:30:00', '2026-10-08T01:30:00Z'],
    ['2026-10-08', '2026-10-07T16:00:00Z'],
    ['2026-10-08T09:30:00+08:00', '2026-10-08T01:30:00Z'],
    ['2026-10-08T09:30:00Z', '2026-10-08T09:30:00Z'],
    ['2026-10-08 09:30:00 +0900', '2026-10-08T00:30:00Z'],
    ['1791423000', '2026-10-08T01:30:00Z'],
    ['1791423000000', '2026-10-08T01:30:00Z'],
  ])('%s → %s', (raw, iso) => {
    expect(parseDateTime(raw, SH)).toEqual({ ok: true, epochMs: at(iso) });
  });

  it('reads a wall-clock time in the given zone, including across a DST change', () => {
    expect(parseDateTime('2026-07-01 09:00:00', 'America/New_York')).toEqual({
      ok: true,
      epochMs: at('2026-07-01T13:00:00Z'),
    });
    expect(parseDateTime('2026-12-01 09:00:00', 'America/New_York')).toEqual({
      ok: true,
      epochMs: at('2026-12-01T14:00:00Z'),
    });
  });

  it.each(['2026-02-30 10:00:00', '2026-13-01', '2026-10-08 24:00:00', '昨天晚上', '10:30', ''])(
    'rejects %j',
    (raw) => {
      expect(parseDateTime(raw, SH).ok).toBe(false);
    },
  );
});

describe('formatZoned', () => {
  it('writes ISO with the zone offset of that instant', () => {
    expect(formatZoned(at('2026-10-08T01:30:00Z'), SH)).toBe('2026-10-08T09:30:00+08:00');
    expect(formatZoned(at('2026-10-08T01:30:00.120Z'), SH)).toBe('2026-10-08T09:30:00.120+08:00');
    expect(formatZoned(at('2026-12-01T14:00:00Z'), 'America/New_York')).toBe('2026-12-01T09:00:00-05:00');
    expect(formatZoned(at('2026-10-08T01:30:00Z'), 'Asia/Kolkata')).toBe('2026-10-08T07:00:00+05:30');
  });
});

describe('excelDateToEpoch', () => {
  it('reads the wall time exceljs exposes as UTC in the contact center zone', () => {
    expect(excelDateToEpoch(new Date(Date.UTC(2026, 9, 8, 9, 30)), SH)).toBe(at('2026-10-08T01:30:00Z'));
  });
});

describe('assertTimeZone', () => {
  it('accepts IANA names and rejects unknown ones', () => {
    expect(() => assertTimeZone('Asia/Shanghai')).not.toThrow();
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(/timeZone: unknown time zone "Mars\/Olympus"/);
  });
});
