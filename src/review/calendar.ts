// The working-day calendar (workdays, holidays and make-up days, 调休) that appeal deadlines, callback due dates and
// SLA clocks count on. The replace command checks the days and stores them with their audit entry in one
// transaction: every day listed once, inside [from, to], which replaces that whole range.
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import { parseDays } from '../core/time/index.ts';
import {
  appendAudit,
  inTransaction,
  listWorkCalendar,
  replaceWorkCalendar,
  type Store,
  type WorkCalendarDayRow,
} from '../store/index.ts';

export async function replaceWorkingDays(
  store: Store,
  p: Principal,
  b: { from: string; to: string; days: readonly WorkCalendarDayRow[] },
): Promise<void> {
  const { from, to, days } = b;
  try {
    parseDays([from, to, ...days.map((d) => d.day)]);
  } catch (e) {
    throw new AppError('BAD_INPUT', (e as Error).message);
  }
  if (from > to) throw new AppError('BAD_INPUT', '`from` must not be after `to`');
  if (days.some((d) => d.day < from || d.day > to))
    throw new AppError('BAD_INPUT', 'Every day must lie within [from, to]');
  if (new Set(days.map((d) => d.day)).size !== days.length)
    throw new AppError('BAD_INPUT', 'A day is listed twice');
  await inTransaction(store, async (s) => {
    const before = (await listWorkCalendar(s)).filter((d) => d.day >= from && d.day <= to);
    await replaceWorkCalendar(s, { from, to }, days);
    await appendAudit(s, {
      actorUserId: p.id,
      action: 'setting.change',
      entity: 'work_calendar',
      entityId: `${from}..${to}`,
      before,
      after: days,
    });
  });
}
