// Years of the working-day calendar (work_calendar_days) filled from the holiday package (src/ops/holidays.ts).
// A year is seeded once: what an admin changes afterwards is never overwritten by a later start.
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const workCalendarSeeds = pgTable('work_calendar_seeds', {
  year: integer('year').primaryKey(),
  /** The package and version the days came from, e.g. `chinese-days@1.5.7`. */
  source: text('source').notNull(),
  seededAt: timestamp('seeded_at', { withTimezone: true }).notNull().defaultNow(),
});
