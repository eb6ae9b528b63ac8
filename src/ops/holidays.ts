// The working-day calendar (weekends, statutory holidays and 调休 make-up working days, used for appeal deadlines)
// seeded from the maintained `chinese-days` package (MIT; data from the State Council's yearly notice
// 国务院办公厅关于部分节假日安排的通知), so 国庆 and 春节 do not count as working days on a fresh install.
//
// Each year from last year on that the package covers is written once (work_calendar_seeds records it) and only
// where an admin has not set the day already; later edits on the calendar screen are kept across restarts and
// package upgrades. The next year's notice is published in Q4: from 1 October, a missing next year is a warning
// (start-up log and GET /api/ready), as is a missing current year at any time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inArray } from 'drizzle-orm';
import { workCalendarDays, workCalendarSeeds } from '../store/schema/index.ts';
import type { Store } from '../store/store.ts';
import { appendAudit } from '../store/repo/audit.ts';

export interface HolidayDay {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface PackageCalendar {
  source: string;
  /** Days per covered year. */
  years: Map<number, HolidayDay[]>;
}

const require = createRequire(import.meta.url);

/** The package's data: `{ holidays: {day: "English,中文,n"}, workdays: {…} }` (weekend days of a holiday included). */
export function loadPackageCalendar(): PackageCalendar {
  const data = JSON.parse(readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8')) as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };
  const { version } = require('chinese-days/package.json') as { version: string };
  const years = new Map<number, HolidayDay[]>();
  const add = (entries: Record<string, string>, kind: HolidayDay['kind']) => {
    for (const [day, label] of Object.entries(entries)) {
      const year = Number(day.slice(0, 4));
      const name = label.split(',')[1] ?? label;
      const list = years.get(year) ?? [];
      list.push({ day, kind, name: kind === 'workday' ? `${name}调休` : name });
      years.set(year, list);
    }
  };
  add(data.holidays, 'holiday');
  add(data.workdays, 'workday');
  for (const list of years.values()) list.sort((a, b) => a.day.localeCompare(b.day));
  return { source: `chinese-days@${version}`, years };
}

/** The year of an instant in the contact center's zone. */
function yearIn(now: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(now));
}

export interface SeedOutcome {
  seeded: { year: number; days: number }[];
}

/** Write the package's days for every covered year from last year on that was never seeded. Audited. */
export async function seedHolidayCalendar(
  store: Store,
  now: Date,
  timeZone: string,
  calendar: PackageCalendar = loadPackageCalendar(),
): Promise<SeedOutcome> {
  const from = yearIn(now, timeZone) - 1;
  const candidates = [...calendar.years.keys()].filter((y) => y >= from).sort();
  if (candidates.length === 0) return { seeded: [] };
  const done = new Set(
    (
      await store.db
        .select({ year: workCalendarSeeds.year })
        .from(workCalendarSeeds)
        .where(inArray(workCalendarSeeds.year, candidates))
    ).map((r) => r.year),
  );
  const seeded: SeedOutcome['seeded'] = [];
  for (const year of candidates) {
    if (done.has(year)) continue;
    const days = calendar.years.get(year)!;
    await store.db.transaction(async (tx) => {
      // a day an admin entered before the first seeding wins
      const inserted = await tx.insert(workCalendarDays).values(days).onConflictDoNothing().returning();
      const claimed = await tx
        .insert(workCalendarSeeds)
        .values({ year, source: calendar.source, seededAt: now })
        .onConflictDoNothing()
        .returning();
      if (claimed.length === 0) return; // another process seeded it meanwhile
      await appendAudit(
        { db: tx },
        {
          actorUserId: null,
          action: 'calendar.seed',
          entity: 'work_calendar',
          entityId: String(year),
          after: { source: calendar.source, days: inserted.length },
        },
      );
      seeded.push({ year, days: inserted.length });
    });
  }
  return { seeded };
}

/**
 * Warnings about years the calendar lacks: the current year, and from 1 October the next one. A year counts as
 * present when the package covers it or an admin entered any day of it.
 */
export async function calendarWarnings(
  store: Store,
  now: Date,
  timeZone: string,
  calendar: PackageCalendar = loadPackageCalendar(),
): Promise<string[]> {
  const year = yearIn(now, timeZone);
  const month = Number(new Intl.DateTimeFormat('en-US', { timeZone, month: 'numeric' }).format(now));
  const wanted = month >= 10 ? [year, year + 1] : [year];
  const warnings: string[] = [];
  for (const y of wanted) {
    if (calendar.years.has(y)) continue;
    const { rows } = await store.sql<{ n: number }>(
      `select count(*)::int as n from work_calendar_days where day >= $1::date and day <= $2::date`,
      [`${y}-01-01`, `${y}-12-31`],
    );
    if ((rows[0]?.n ?? 0) > 0) continue;
    warnings.push(
      `working-day calendar: no holidays for ${y} (${calendar.source} covers up to ${Math.max(...calendar.years.keys())}); ` +
        `enter ${y}'s holidays and 调休 days on the calendar screen once the State Council publishes them, or ` +
        'upgrade zhijian with a newer chinese-days; until then appeal deadlines count only weekends',
    );
  }
  return warnings;
}
