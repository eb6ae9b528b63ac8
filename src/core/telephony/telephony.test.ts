import { describe, expect, it } from 'vitest';
import {
  blocksAt,
  compare,
  countRepeatCalls,
  decideIvr,
  DEFAULT_AUTO_BLOCK_POLICY,
  DEFAULT_IVR_POLICY,
  findCandidates,
  hangupRatio,
  newEntry,
  normaliseNumber,
  periodEnd,
  tallyBy,
  transition,
  type PeriodFigures,
} from './index.ts';

const TZ = 'Asia/Shanghai';

describe('normaliseNumber', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['0086-138-0013-8000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['013800138000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['010-12345678', '01012345678'],
    ['(021) 8765 4321', '02187654321'],
    ['+86 10 1234 5678', '01012345678'],
    ['0086 0755 1234567', '07551234567'],
    ['95588', '95588'],
    ['+1 415 555 0100', '+14155550100'],
    ['abc', null],
    ['12', null],
  ])('%s → %s', (raw, want) => {
    expect(normaliseNumber(raw)).toBe(want);
  });
});

describe('periodEnd', () => {
  const from = new Date('2026-01-31T10:15:00+08:00');
  it.each([
    ['permanent', null],
    ['day', '2026-02-01T02:15:00.000Z'],
    ['week', '2026-02-07T02:15:00.000Z'],
    ['month', '2026-02-28T02:15:00.000Z'],
  ] as const)('%s', (kind, want) => {
    expect(periodEnd({ kind }, from, TZ)?.toISOString() ?? null).toBe(want);
  });
  it('until is the given instant', () => {
    const until = new Date('2026-12-31T00:00:00+08:00');
    expect(periodEnd({ kind: 'until', until }, from, TZ)).toEqual(until);
  });
});

describe('blocklist entry', () => {
  const t0 = new Date('2026-03-01T09:00:00+08:00');
  const base = { period: { kind: 'week' as const }, decidedBy: 'lead', operatedBy: 'desk' };

  it('without approval is active at once with its end', () => {
    const e = newEntry(base, false, t0, TZ);
    expect(e.state).toBe('active');
    expect(e.until?.toISOString()).toBe('2026-03-08T01:00:00.000Z');
    expect(blocksAt(e, t0)).toBe(true);
  });

  it('needs a second person, and the period starts at approval', () => {
    const e = newEntry(base, true, t0, TZ);
    expect(e.state).toBe('pending');
    expect(blocksAt(e, t0)).toBe(false);
    expect(transition(e, { type: 'approve', by: 'desk', at: t0 }, TZ)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const at = new Date('2026-03-02T09:00:00+08:00');
    const r = transition(e, { type: 'approve', by: 'admin', at }, TZ);
    expect(r.ok && r.next).toMatchObject({ state: 'active', approvedBy: 'admin', activatedAt: at });
    expect(r.ok && r.next.until?.toISOString()).toBe('2026-03-09T01:00:00.000Z');
  });

  it.each([
    ['active', 'lift', true],
    ['pending', 'lift', true],
    ['lifted', 'lift', false],
    ['expired', 'approve', false],
    ['active', 'reject', false],
  ] as const)('%s + %s allowed: %s', (state, type, ok) => {
    const e = { ...newEntry(base, false, t0, TZ), state };
    expect(transition(e, { type, by: 'other', at: t0 }, TZ).ok).toBe(ok);
  });

  it('expires only once its end passed', () => {
    const e = newEntry({ ...base, period: { kind: 'day' } }, false, t0, TZ);
    const before = new Date(e.until!.getTime() - 1);
    expect(transition(e, { type: 'expire', at: before }, TZ).ok).toBe(false);
    expect(blocksAt(e, before)).toBe(true);
    expect(blocksAt(e, e.until!)).toBe(false);
    expect(transition(e, { type: 'expire', at: e.until! }, TZ)).toMatchObject({
      ok: true,
      next: { state: 'expired' },
    });
  });
});

describe('decideIvr (seed 001 defaults: > 3 repeats, > 5 minutes)', () => {
  const q = (intent: string, n: number, text = '') => Array.from({ length: n }, () => ({ intent, text }));
  it.each([
    ['3 repeats continue', { elapsedMs: 60_000, questions: q('bill', 3) }, 'continue', false, []],
    [
      '4 repeats → human',
      { elapsedMs: 60_000, questions: q('bill', 4) },
      'human',
      true,
      ['repeated-question'],
    ],
    ['5 min continue', { elapsedMs: 300_000, questions: q('bill', 1) }, 'continue', false, []],
    ['5 min 1 s → human', { elapsedMs: 301_000, questions: [] }, 'human', true, ['time-in-ivr']],
    [
      'asked for a person',
      { elapsedMs: 1000, questions: q('x', 1, '我要转人工') },
      'human',
      false,
      ['asked-for-human'],
    ],
  ] as const)('%s', (_n, s, action, priority, reasons) => {
    const d = decideIvr({ ...s, callerClass: 'regular' });
    expect(d).toMatchObject({ action, priority, reasons });
  });

  it('non-routine callers skip the loops; harassment gets no person on request', () => {
    expect(decideIvr({ elapsedMs: 0, questions: [], callerClass: 'non-routine' }).reasons).toEqual([
      'caller-class',
    ]);
    expect(
      decideIvr({ elapsedMs: 0, questions: q('x', 1, '转人工'), callerClass: 'harassment' }).action,
    ).toBe('continue');
  });

  it('offers a callback when the queue is long', () => {
    const d = decideIvr(
      { elapsedMs: 400_000, questions: [], callerClass: 'regular', queueWaitMs: 600_000 },
      { ...DEFAULT_IVR_POLICY, callbackAboveWaitMs: 120_000 },
    );
    expect(d).toMatchObject({ action: 'callback', reasons: ['time-in-ivr', 'queue-wait'] });
  });
});

describe('findCandidates', () => {
  const t = (min: number) => new Date(Date.UTC(2026, 2, 1, 0, min));
  const calls = [
    ...[0, 10, 20, 30, 40].map((m) => ({ number: 'A', at: t(m), callClass: 'harassment' })),
    ...[0, 30, 61, 92, 123].map((m) => ({ number: 'B', at: t(m), callClass: 'harassment' })),
    ...[0, 1, 2, 3, 4].map((m) => ({ number: 'C', at: t(m), callClass: 'regular' })),
  ];
  const none = { blocked: new Set<string>(), dismissedUntil: new Map<string, Date>() };
  it('finds ≥ N classed calls inside one window only', () => {
    expect(
      findCandidates(calls, DEFAULT_AUTO_BLOCK_POLICY, none, t(200)).map((c) => [c.number, c.calls]),
    ).toEqual([['A', 5]]);
  });
  it('skips blocked numbers and live dismissals, not expired ones', () => {
    const p = DEFAULT_AUTO_BLOCK_POLICY;
    expect(findCandidates(calls, p, { ...none, blocked: new Set(['A']) }, t(200))).toEqual([]);
    expect(findCandidates(calls, p, { ...none, dismissedUntil: new Map([['A', t(300)]]) }, t(200))).toEqual(
      [],
    );
    expect(
      findCandidates(calls, p, { ...none, dismissedUntil: new Map([['A', t(100)]]) }, t(200)),
    ).toHaveLength(1);
  });
});

describe('hang-up ratio', () => {
  it('writes the demo figures as seed 003 does', () => {
    expect(hangupRatio({ agent: 74, customer: 335 })?.text).toBe('18:82');
    expect(hangupRatio({ agent: 0, customer: 0 })).toBeNull();
  });
  it('splits agent hang-ups by the rule', () => {
    const t = tallyBy([
      { key: 'a', by: 'agent', agentHangupHit: false },
      { key: 'a', by: 'agent', agentHangupHit: true },
      { key: 'a', by: 'customer', agentHangupHit: false },
      { key: 'a', by: null, agentHangupHit: false },
    ]).get('a');
    expect(t).toEqual({
      calls: 4,
      agent: 2,
      customer: 1,
      system: 0,
      unknown: 1,
      agentAllowed: 1,
      agentNotAllowed: 1,
    });
  });
  it('compares before and after', () => {
    const f = (o: Partial<PeriodFigures>): PeriodFigures => ({
      calls: 1000,
      agentHangups: 0,
      customerHangups: 0,
      agentShare: 0.1,
      agentNotAllowed: 0,
      satisfaction: 0.9,
      complaints: 10,
      repeatCalls: 100,
      ...o,
    });
    const c = compare(f({}), f({ agentShare: 0.18, satisfaction: 0.88, complaints: 12, repeatCalls: 80 }));
    expect(c.delta.agentShare).toBeCloseTo(0.08);
    expect(c.delta.satisfaction).toBeCloseTo(-0.02);
    expect(c.delta.complaintsPerThousandCalls).toBeCloseTo(2);
    expect(c.delta.repeatRate).toBeCloseTo(-0.02);
  });
  it('counts repeat calls within the window', () => {
    const calls = [
      { number: 'x', at: 0 },
      { number: 'x', at: 1000 },
      { number: 'x', at: 100_000 },
      { number: 'y', at: 500 },
    ];
    expect(countRepeatCalls(calls, 5000)).toBe(1);
  });
});
