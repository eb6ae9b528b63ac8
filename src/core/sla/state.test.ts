import { describe, expect, it } from 'vitest';
import { parseDays } from '../time/index.ts';
import { DEFAULT_BUSINESS_HOURS } from './clock.ts';
import { computeSla, type OrderEvent, type SlaPolicyTerms } from './state.ts';

const opts = {
  timeZone: 'Asia/Shanghai',
  calendar: {
    holidays: parseDays(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']),
    workdays: parseDays(['2026-10-10']),
  },
  businessHours: DEFAULT_BUSINESS_HOURS,
};
const at = (s: string): number => Date.parse(`${s}+08:00`);
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const policy: SlaPolicyTerms = { reply: { workingDays: 1 }, resolve: { workingDays: 3 } };
const created = at('2026-10-19T10:00:00'); // Monday
const ev = (type: OrderEvent['type'], local: string): OrderEvent => ({ type, at: at(local) });

describe('computeSla', () => {
  it('is on track, then at risk, then breached as time passes without a reply', () => {
    expect(computeSla(created, [], policy, at('2026-10-19T12:00:00'), opts).state).toBe('on-track');
    expect(computeSla(created, [], policy, at('2026-10-20T06:00:00'), opts).state).toBe('at-risk');
    const late = computeSla(created, [], policy, at('2026-10-20T10:00:01'), opts);
    expect(late).toMatchObject({ state: 'breached', replyLate: true, orderState: 'open' });
    expect(iso(late.replyDueAt)).toBe(iso(at('2026-10-20T10:00:00')));
    expect(iso(late.resolveDueAt)).toBe(iso(at('2026-10-22T10:00:00')));
  });

  it('is met when replied and resolved in time, breached when the reply came late', () => {
    const ok = [ev('reply', '2026-10-19T15:00:00'), ev('resolve', '2026-10-21T09:00:00')];
    expect(computeSla(created, ok, policy, at('2026-10-30T00:00:00'), opts)).toMatchObject({
      state: 'met',
      orderState: 'resolved',
    });
    const lateReply = [ev('reply', '2026-10-20T11:00:00'), ev('resolve', '2026-10-21T09:00:00')];
    expect(computeSla(created, lateReply, policy, at('2026-10-30T00:00:00'), opts)).toMatchObject({
      state: 'breached',
      replyLate: true,
      resolveLate: false,
    });
  });

  it('stops the clocks while paused and moves the due times by the paused working time', () => {
    const events = [ev('reply', '2026-10-19T11:00:00'), ev('pause', '2026-10-20T10:00:00')];
    const paused = computeSla(created, events, policy, at('2026-10-26T10:00:00'), opts);
    expect(paused).toMatchObject({ state: 'paused', paused: true, resolveDueAt: null, nextDueAt: null });
    // Paused Tuesday 10:00 → resumed Friday 10:00: three working days later the due time is Monday 10:00.
    const resumed = computeSla(
      created,
      [...events, ev('resume', '2026-10-23T10:00:00')],
      policy,
      at('2026-10-23T12:00:00'),
      opts,
    );
    expect(iso(resumed.resolveDueAt)).toBe(iso(at('2026-10-27T10:00:00')));
    expect(resumed.state).toBe('on-track');
  });

  it('keeps the clock on a redo and counts bounce-backs and redos', () => {
    const events = [
      ev('bounce-back', '2026-10-19T11:00:00'),
      ev('reply', '2026-10-19T12:00:00'),
      ev('resolve', '2026-10-20T12:00:00'),
      ev('redo', '2026-10-21T09:00:00'),
    ];
    const s = computeSla(created, events, policy, at('2026-10-22T10:30:00'), opts);
    expect(s).toMatchObject({
      state: 'breached',
      orderState: 'replied',
      resolveLate: true,
      counts: { bounceBacks: 1, redos: 1 },
    });
  });

  it('starts a fresh cycle on reopen and remembers a breach of the earlier one', () => {
    const events = [
      ev('reply', '2026-10-19T11:00:00'),
      ev('resolve', '2026-10-20T11:00:00'),
      ev('reopen', '2026-10-26T10:00:00'),
    ];
    const s = computeSla(created, events, policy, at('2026-10-26T12:00:00'), opts);
    expect(s).toMatchObject({ state: 'on-track', cycles: 2, orderState: 'open' });
    expect(iso(s.replyDueAt)).toBe(iso(at('2026-10-27T10:00:00')));
    const late = [
      ev('reply', '2026-10-21T11:00:00'),
      ev('resolve', '2026-10-21T12:00:00'),
      ev('reopen', '2026-10-26T10:00:00'),
    ];
    expect(computeSla(created, late, policy, at('2026-10-26T12:00:00'), opts).state).toBe('breached');
  });

  it('recomputes exactly when the policy changes and ignores events after now', () => {
    const events = [ev('reply', '2026-10-20T08:00:00')];
    expect(computeSla(created, events, policy, at('2026-10-20T09:00:00'), opts).replyLate).toBe(false);
    const strict = { ...policy, reply: { workingHours: 4 } };
    const s = computeSla(created, events, strict, at('2026-10-20T09:00:00'), opts);
    expect(s).toMatchObject({ replyLate: true, state: 'breached' });
    expect(iso(s.replyDueAt)).toBe(iso(at('2026-10-19T14:00:00')));
    expect(computeSla(created, events, policy, at('2026-10-19T12:00:00'), opts).repliedAt).toBeNull();
  });

  it('runs over holidays and the 调休 Saturday', () => {
    const eve = at('2026-09-30T16:00:00');
    const s = computeSla(eve, [], { reply: { workingDays: 2 }, resolve: { workingHours: 20 } }, eve, opts);
    expect(iso(s.replyDueAt)).toBe(iso(at('2026-10-09T16:00:00')));
    // 2 h on 09-30, 9 h on 10-08, 9 h on 10-09 → 18:00 on Friday 10-09.
    expect(iso(s.resolveDueAt)).toBe(iso(at('2026-10-09T18:00:00')));
  });
});
