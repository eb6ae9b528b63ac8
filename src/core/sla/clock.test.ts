import { describe, expect, it } from 'vitest';
import { createRng } from '../random/random.ts';
import { parseDays, WEEKENDS_ONLY } from '../time/index.ts';
import {
  budgetMs,
  clockKind,
  consume,
  DEFAULT_BUSINESS_HOURS,
  dueAt,
  elapsed,
  type SlaDuration,
} from './clock.ts';

const TZ = 'Asia/Shanghai';
// National Day 2026 as chinese-days lists it: 10-01…10-07 off, Saturday 10-10 worked (调休).
const calendar = {
  holidays: parseDays([
    '2026-10-01',
    '2026-10-02',
    '2026-10-03',
    '2026-10-04',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
  ]),
  workdays: parseDays(['2026-09-27', '2026-10-10']),
};
const ctx = { timeZone: TZ, calendar, businessHours: DEFAULT_BUSINESS_HOURS };
const at = (s: string): number => Date.parse(s);
const iso = (ms: number): string => new Date(ms).toISOString();

describe('dueAt', () => {
  it.each<[string, string, SlaDuration, string]>([
    [
      'Friday 16:00 + 1 working day = Monday 16:00',
      '2026-10-16T16:00:00+08:00',
      { workingDays: 1 },
      '2026-10-19T16:00:00+08:00',
    ],
    [
      'Monday 09:30 + 1 working day = Tuesday 09:30',
      '2026-10-19T09:30:00+08:00',
      { workingDays: 1 },
      '2026-10-20T09:30:00+08:00',
    ],
    [
      'Saturday: the clock starts Monday 00:00',
      '2026-10-17T10:00:00+08:00',
      { workingDays: 1 },
      '2026-10-20T00:00:00+08:00',
    ],
    [
      'eve of National Day skips the holiday week',
      '2026-09-30T10:00:00+08:00',
      { workingDays: 1 },
      '2026-10-08T10:00:00+08:00',
    ],
    [
      'the 调休 Saturday counts',
      '2026-09-30T10:00:00+08:00',
      { workingDays: 3 },
      '2026-10-10T10:00:00+08:00',
    ],
    [
      'after the 调休 Saturday comes Monday',
      '2026-09-30T10:00:00+08:00',
      { workingDays: 4 },
      '2026-10-12T10:00:00+08:00',
    ],
    [
      'working hours roll over the weekend',
      '2026-10-16T17:00:00+08:00',
      { workingHours: 2 },
      '2026-10-19T10:00:00+08:00',
    ],
    [
      'working hours start at 09:00 when created at night',
      '2026-10-19T22:00:00+08:00',
      { workingHours: 4 },
      '2026-10-20T13:00:00+08:00',
    ],
    [
      'working hours on a 调休 Sunday',
      '2026-09-26T12:00:00+08:00',
      { workingHours: 3 },
      '2026-09-27T12:00:00+08:00',
    ],
    [
      'plain hours ignore the calendar',
      '2026-10-01T10:00:00+08:00',
      { hours: 48 },
      '2026-10-03T10:00:00+08:00',
    ],
  ])('%s', (_name, start, d, due) => {
    expect(iso(dueAt(at(start), d, ctx))).toBe(iso(at(due)));
  });

  it('reads working days in the contact center’s zone, not UTC', () => {
    // Friday 2026-10-16 23:30 +08:00 is 15:30Z: still Friday locally → Monday 23:30 local.
    expect(iso(dueAt(at('2026-10-16T15:30:00Z'), { workingDays: 1 }, ctx))).toBe('2026-10-19T15:30:00.000Z');
    const weekends = { ...ctx, calendar: WEEKENDS_ONLY };
    expect(iso(dueAt(at('2026-09-30T10:00:00+08:00'), { workingDays: 1 }, weekends))).toBe(
      iso(at('2026-10-01T10:00:00+08:00')),
    );
  });

  it('a span that ends before the budget leaves the due time unknown', () => {
    const start = at('2026-10-19T10:00:00+08:00');
    expect(
      consume('workingDays', budgetMs({ workingDays: 1 }), [[start, start + 3_600_000]], ctx),
    ).toBeNull();
  });
});

// Property tests over a seeded generator (src/core/random): starts anywhere from September to December 2026.
describe('clock properties', () => {
  const rng = createRng(20261016);
  const kinds = (n: number): SlaDuration[] => [{ workingDays: n }, { workingHours: n }, { hours: n }];
  const randomStart = (): number => at('2026-09-01T00:00:00+08:00') + rng.int(0, 120 * 24 * 60) * 60_000;

  it('the clock measured from start to due is exactly the budget', () => {
    for (let i = 0; i < 300; i++) {
      const start = randomStart();
      for (const d of kinds(rng.int(0, 12))) {
        const due = dueAt(start, d, ctx);
        expect(elapsed(clockKind(d), [[start, Infinity]], due, ctx)).toBe(budgetMs(d));
      }
    }
  });

  it('is monotone and additive: a + b from start equals b from (a from start)', () => {
    for (let i = 0; i < 300; i++) {
      const start = randomStart();
      const [a, b] = [rng.int(0, 6), rng.int(0, 6)];
      for (const [da, db, dab] of [0, 1, 2].map(
        (k) => [kinds(a)[k]!, kinds(b)[k]!, kinds(a + b)[k]!] as const,
      )) {
        const mid = dueAt(start, da, ctx);
        expect(mid).toBeGreaterThanOrEqual(start);
        expect(dueAt(mid, db, ctx)).toBe(dueAt(start, dab, ctx));
      }
    }
  });

  it('a pause shifts an hours clock by its length and never brings a due time forward', () => {
    for (let i = 0; i < 300; i++) {
      const start = randomStart();
      const p = start + rng.int(0, 48) * 3_600_000;
      const len = rng.int(1, 96) * 3_600_000;
      const spans = [[start, p] as const, [p + len, Infinity] as const];
      const hours = { hours: rng.int(49, 200) };
      expect(consume('hours', budgetMs(hours), spans, ctx)).toBe(dueAt(start, hours, ctx) + len);
      for (const d of [{ workingDays: rng.int(1, 5) }, { workingHours: rng.int(1, 40) }]) {
        const paused = consume(clockKind(d), budgetMs(d), spans, ctx)!;
        expect(paused).toBeGreaterThanOrEqual(dueAt(start, d, ctx));
      }
    }
  });
});
