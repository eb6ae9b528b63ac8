import { describe, expect, it } from 'vitest';
import {
  alertsOfCall,
  EMPTY_WALL,
  openAlerts,
  wallCalls,
  wallReducer,
  type Alert,
  type WallAction,
  type WallState,
} from './wall-state.ts';

const AT = '2026-10-20T04:00:00.000Z';
const alert = (id: string, over: Partial<Alert> = {}): Alert => ({
  id,
  callId: 'L1',
  agentId: 'A001',
  rule: 'forbidden-phrase',
  text: '这个我不知道',
  turn: 1,
  at: AT,
  severity: 'high',
  state: 'open',
  escalated: false,
  ...over,
});
const run = (...actions: WallAction[]): WallState => actions.reduce(wallReducer, EMPTY_WALL);
const loaded = (alerts: Alert[] = []): WallAction => ({
  type: 'loaded',
  wall: {
    items: [
      {
        callId: 'L1',
        agentId: 'A001',
        teamId: 'T1',
        startedAt: AT,
        lines: [{ seq: 0, role: 'customer', text: '你好' }],
        alerts,
      },
    ],
    actions: { handle: true, configure: false },
  },
  openAlerts: alerts,
});
const line = (seq: number, text: string, final: boolean): WallAction => ({
  type: 'line',
  event: { callId: 'L1', agentId: 'A001', seq, role: 'agent', text, final },
  at: AT,
});

describe('the live wall state', () => {
  it('shows a partial line until its final version with the same sequence number arrives', () => {
    const partial = run(loaded(), line(1, '这个我', false));
    expect(partial.calls.L1?.partial).toEqual({ seq: 1, role: 'agent', text: '这个我' });
    const final = wallReducer(partial, line(1, '这个我不知道', true));
    expect(final.calls.L1?.partial).toBeNull();
    expect(final.calls.L1?.lines.map((l) => l.text)).toEqual(['你好', '这个我不知道']);
    // a repeated event (reconnect, reload) changes nothing
    expect(wallReducer(final, line(1, '这个我不知道', true)).calls.L1?.lines).toHaveLength(2);
  });

  it('adds a call opened on the stream and drops it when it ends', () => {
    const opened = run({
      type: 'call',
      event: { callId: 'L2', agentId: 'A002', teamId: 'T1', state: 'live' },
      at: AT,
    });
    expect(Object.keys(opened.calls)).toEqual(['L2']);
    const ended = wallReducer(opened, {
      type: 'call',
      event: { callId: 'L2', agentId: 'A002', teamId: 'T1', state: 'ended' },
      at: AT,
    });
    expect(ended.calls).toEqual({});
  });

  it('keeps open alerts newest first and removes handled ones from the panel, not from the call', () => {
    const s = run(
      loaded([alert('a1')]),
      { type: 'alert', alert: alert('a2', { at: '2026-10-20T04:00:05.000Z', severity: 'critical' }) },
      { type: 'handled', alert: alert('a1', { state: 'acknowledged' }) },
    );
    expect(openAlerts(s).map((a) => a.id)).toEqual(['a2']);
    expect(alertsOfCall(s, 'L1').map((a) => [a.id, a.state])).toEqual([
      ['a2', 'open'],
      ['a1', 'acknowledged'],
    ]);
  });

  it('forgets an alert shown open when a reload no longer lists it open (handled elsewhere)', () => {
    const s = run({ type: 'alert', alert: alert('a9') }, loaded([]));
    expect(openAlerts(s)).toEqual([]);
  });

  it('keeps an ended call opened from an alert link off the wall, with its alerts', () => {
    const s = run({
      type: 'detail',
      call: {
        callId: 'L3',
        agentId: 'A003',
        state: 'ended',
        startedAt: AT,
        endedAt: AT,
        lines: [],
        liveHits: [],
        alerts: [alert('e1', { callId: 'L3', state: 'acknowledged' })],
        diff: null,
        actions: { handle: true, configure: false },
      },
    });
    expect(s.calls).toEqual({});
    expect(alertsOfCall(s, 'L3').map((a) => a.id)).toEqual(['e1']);
  });

  it('puts calls with the worst open alert first', () => {
    const s = run(
      loaded(),
      { type: 'call', event: { callId: 'L2', agentId: 'A002', teamId: 'T1', state: 'live' }, at: AT },
      { type: 'alert', alert: alert('c', { callId: 'L2', severity: 'critical' }) },
    );
    expect(wallCalls(s).map((c) => c.callId)).toEqual(['L2', 'L1']);
  });
});
