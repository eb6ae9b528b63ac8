// Seed 002 (三) callback deadlines on the working calendar, and what counts as late.
import { describe, expect, it } from 'vitest';
import { WEEKENDS_ONLY } from '../time/index.ts';
import { callbackBucket, callbackDue, isCallbackLate, statusAfterAttempt } from './callbacks.ts';

const TZ = 'Asia/Shanghai';

describe('callbackDue', () => {
  it('is the next day, ending at local midnight', () => {
    const d = callbackDue('2026-10-20', TZ, WEEKENDS_ONLY); // Tuesday
    expect(d.dueOn).toBe('2026-10-21');
    expect(d.dueAt.toISOString()).toBe('2026-10-21T16:00:00.000Z');
  });
  it('skips the weekend: Friday → Monday, Saturday → Monday', () => {
    expect(callbackDue('2026-10-23', TZ, WEEKENDS_ONLY).dueOn).toBe('2026-10-26');
    expect(callbackDue('2026-10-24', TZ, WEEKENDS_ONLY).dueOn).toBe('2026-10-26');
  });
  it('skips configured holidays and counts a 调休 Saturday', () => {
    const cal = { holidays: new Set(['2026-10-21']), workdays: new Set(['2026-10-24']) };
    expect(callbackDue('2026-10-20', TZ, cal).dueOn).toBe('2026-10-22');
    expect(callbackDue('2026-10-23', TZ, cal).dueOn).toBe('2026-10-24');
  });
});

describe('lateness', () => {
  const dueAt = new Date('2026-10-21T16:00:00Z');
  it('an attempt before the due moment is on time even if judged later', () => {
    const t = { dueAt, firstAttemptAt: new Date('2026-10-21T15:59:00Z') };
    expect(isCallbackLate(t, new Date('2026-10-30T00:00:00Z'))).toBe(false);
  });
  it('an attempt at or after it is late; no attempt is late once the moment passes', () => {
    expect(isCallbackLate({ dueAt, firstAttemptAt: dueAt }, dueAt)).toBe(true);
    expect(isCallbackLate({ dueAt, firstAttemptAt: null }, new Date(dueAt.getTime() - 1))).toBe(false);
    expect(isCallbackLate({ dueAt, firstAttemptAt: null }, dueAt)).toBe(true);
  });
  it('three unanswered attempts close the task as unreachable', () => {
    expect(statusAfterAttempt(0, false)).toBe('open');
    expect(statusAfterAttempt(1, false)).toBe('open');
    expect(statusAfterAttempt(2, false)).toBe('unreachable');
    expect(statusAfterAttempt(1, true)).toBe('done');
  });
  it('files tasks as overdue, due today, upcoming or closed', () => {
    const t = { status: 'open' as const, dueOn: '2026-10-21', dueAt };
    expect(callbackBucket(t, new Date('2026-10-21T02:00:00Z'), TZ)).toBe('today');
    expect(callbackBucket(t, new Date('2026-10-20T02:00:00Z'), TZ)).toBe('upcoming');
    expect(callbackBucket(t, dueAt, TZ)).toBe('overdue');
    expect(callbackBucket({ ...t, status: 'done' }, dueAt, TZ)).toBe('closed');
  });
});
