// The working-day calendar seeded from the chinese-days package: 国庆 and 春节 are holidays and their 调休 Saturdays
// and Sundays working days from the first start; an admin's edits survive later starts; a missing year warns.
import { describe, expect, it } from 'vitest';
import { listAudit, listWorkCalendar, replaceWorkCalendar } from '../store/index.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import {
  calendarWarnings,
  loadPackageCalendar,
  seedHolidayCalendar,
  type PackageCalendar,
} from './holidays.ts';

const TZ = 'Asia/Shanghai';

describe('the chinese-days package data', () => {
  it('covers 2026 with 国庆, 春节 and their 调休 days', () => {
    const cal = loadPackageCalendar();
    expect(cal.source).toMatch(/^chinese-days@\d+\.\d+\.\d+$/);
    const days = cal.years.get(2026)!;
    expect(days).toContainEqual({ day: '2026-10-01', kind: 'holiday', name: '国庆节' });
    expect(days).toContainEqual({ day: '2026-02-17', kind: 'holiday', name: '春节' });
    expect(days).toContainEqual({ day: '2026-10-10', kind: 'workday', name: '国庆节调休' });
  });
});

describe.each(await testDrivers())('holiday calendar seeding on $kind', (driver) => {
  const t = useTestStore(driver);

  it('seeds last year on once, keeps admin edits, and audits', async () => {
    const store = t.store();
    const now = new Date('2026-12-06T02:00:00Z');
    // an admin entered a day before the first start: it wins over the package
    await replaceWorkCalendar(store, { from: '2026-10-08', to: '2026-10-08' }, [
      { day: '2026-10-08', kind: 'holiday', name: '本中心调休' },
    ]);
    const first = await seedHolidayCalendar(store, now, TZ);
    expect(first.seeded.map((s) => s.year)).toContain(2026);
    expect(first.seeded.map((s) => s.year)).not.toContain(2024);
    const cal = await listWorkCalendar(store);
    expect(cal).toContainEqual({ day: '2026-10-01', kind: 'holiday', name: '国庆节' });
    expect(cal).toContainEqual({ day: '2026-10-10', kind: 'workday', name: '国庆节调休' });
    expect(cal).toContainEqual({ day: '2026-10-08', kind: 'holiday', name: '本中心调休' });

    // the admin removes 2026-10-02; a later start does not bring it back
    await replaceWorkCalendar(store, { from: '2026-10-02', to: '2026-10-02' }, []);
    expect((await seedHolidayCalendar(store, now, TZ)).seeded).toEqual([]);
    expect((await listWorkCalendar(store)).map((d) => d.day)).not.toContain('2026-10-02');

    const audit = await listAudit(store, { entity: 'work_calendar', entityId: '2026' });
    expect(audit.map((a) => a.action)).toEqual(['calendar.seed']);
  });

  it('warns when the next year is missing from October on, and not once an admin entered it', async () => {
    const store = t.store();
    const only2026: PackageCalendar = { source: 'test@1.0.0', years: new Map([[2026, []]]) };
    expect(await calendarWarnings(store, new Date('2026-06-01T00:00:00Z'), TZ, only2026)).toEqual([]);
    const [warning] = await calendarWarnings(store, new Date('2026-12-06T00:00:00Z'), TZ, only2026);
    expect(warning).toContain('no holidays for 2027');
    await replaceWorkCalendar(store, { from: '2027-01-01', to: '2027-01-01' }, [
      { day: '2027-01-01', kind: 'holiday', name: '元旦' },
    ]);
    expect(await calendarWarnings(store, new Date('2026-12-06T00:00:00Z'), TZ, only2026)).toEqual([]);
  });
});
