// Callback (回访) rules of seed 002 二 (三) 扣罚事项-回访不及时 (file 002_*.txt):
//   "未对前一天的客诉做到隔天回访,每次扣罚50元;" — a complaint received on day D is called back on the next day;
//   "对下班结束后的留言顾客,第二天未回电,每次扣罚50元;" — a message left after closing on day D is returned next day.
// Decided readings (docs/product.md "Service operations"):
// - "隔天 / 第二天" is the next WORKING day of the contact center's calendar (weekends, holidays and 调休 as in
//   src/core/time/working-days.ts): the rule speaks of 下班 (closing time), so the desk keeps office days, and a
//   Friday complaint is due on Monday, a complaint before a holiday on the first day back. The callback is due by
//   the end of that day (local midnight).
// - A callback is on time when its FIRST attempt is made before the due moment, reached or not: the seed fines not
//   calling back (未回电), and whether the customer answers is not the vendor's to control. A task still open at
//   the due moment is late at once (it is charged even if never done).
// - Three unanswered attempts close the task as unreachable (无法联系).
import {
  addDays,
  formatLocalDate,
  isWorkingDay,
  localDay,
  parseLocalDate,
  startOfDay,
  type LocalDate,
  type WorkCalendar,
} from '../time/index.ts';

/** seed 002 (三): 50元 per late callback (policy lateCallbackFen carries the amount). */
export const LATE_CALLBACK_YUAN = 50;
export const MAX_CALLBACK_ATTEMPTS = 3;

export interface CallbackDue {
  /** Local day the callback is due. */
  dueOn: string;
  /** End of that day (exclusive): a first attempt at or after it is late. */
  dueAt: Date;
}

/** The next working day after `originOn` (a local `YYYY-MM-DD`) and the moment it ends. */
export function callbackDue(originOn: string, timeZone: string, cal: WorkCalendar): CallbackDue {
  let day: LocalDate = parseLocalDate(originOn);
  // a calendar of nothing but holidays still ends: ten years at most
  for (let guard = 0; guard < 3660; guard++) {
    day = addDays(day, 1);
    if (isWorkingDay(day, cal)) break;
  }
  return { dueOn: formatLocalDate(day), dueAt: startOfDay(addDays(day, 1), timeZone) };
}

/** The local day an instant falls on (the voicemail's day). */
export function originDayOf(at: Date, timeZone: string): string {
  return formatLocalDate(localDay(at, timeZone));
}

export interface CallbackTiming {
  dueAt: Date;
  firstAttemptAt: Date | null;
}

/** Late: the first attempt came at or after the due moment, or there is none and the moment has passed. */
export function isCallbackLate(t: CallbackTiming, now: Date): boolean {
  if (t.firstAttemptAt) return t.firstAttemptAt.getTime() >= t.dueAt.getTime();
  return now.getTime() >= t.dueAt.getTime();
}

export type CallbackStatus = 'open' | 'done' | 'unreachable';

/** Status after one more attempt: reached → done; the third unanswered attempt → unreachable. */
export function statusAfterAttempt(attemptsBefore: number, reached: boolean): CallbackStatus {
  if (reached) return 'done';
  return attemptsBefore + 1 >= MAX_CALLBACK_ATTEMPTS ? 'unreachable' : 'open';
}

/** How the inbox files a task: due today, overdue (past due and still open), upcoming, closed. */
export function callbackBucket(
  t: { status: CallbackStatus; dueOn: string; dueAt: Date },
  now: Date,
  timeZone: string,
): 'overdue' | 'today' | 'upcoming' | 'closed' {
  if (t.status !== 'open') return 'closed';
  if (now.getTime() >= t.dueAt.getTime()) return 'overdue';
  return t.dueOn === originDayOf(now, timeZone) ? 'today' : 'upcoming';
}
