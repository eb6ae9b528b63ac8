// The state of the live-calls wall: the calls in progress loaded from GET /api/live/calls, then kept current by the
// server-sent events of GET /api/live/alerts/stream (`line`, `call`, `alert`). A pure reducer, so a missed or
// repeated event changes nothing twice: lines are keyed by their sequence number, alerts by id. A partial line
// (final: false) carries the sequence number its final version will get and is replaced by it.
import type { ResponseOf } from '../../api/typed.ts';

export type WallResponse = ResponseOf<'/api/live/calls', 'get'>;
export type CallDetail = ResponseOf<'/api/live/calls/{callId}', 'get'>;
export type Alert = WallResponse['items'][number]['alerts'][number];
export type Line = WallResponse['items'][number]['lines'][number];

export interface LineEvent {
  callId: string;
  agentId: string;
  seq: number;
  role: string;
  text: string;
  final: boolean;
}
export interface CallEvent {
  callId: string;
  agentId: string;
  teamId: string | null;
  state: 'live' | 'ended';
}

export interface WallCall {
  callId: string;
  agentId: string;
  teamId: string | null;
  /** ISO time; for a call first seen on the stream, when the page saw it open. */
  startedAt: string;
  lines: Line[];
  partial: Line | null;
}

export interface WallState {
  calls: Record<string, WallCall>;
  /** Every alert seen (wall, history, stream), by id; the panel shows the open ones. */
  alerts: Record<string, Alert>;
}

export type WallAction =
  | { type: 'loaded'; wall: WallResponse; openAlerts: readonly Alert[] }
  | { type: 'detail'; call: CallDetail }
  | { type: 'line'; event: LineEvent; at: string }
  | { type: 'call'; event: CallEvent; at: string }
  | { type: 'alert'; alert: Alert }
  | { type: 'handled'; alert: Alert };

export const EMPTY_WALL: WallState = { calls: {}, alerts: {} };

function mergeLines(a: readonly Line[], b: readonly Line[]): Line[] {
  const bySeq = new Map<number, Line>();
  for (const l of [...a, ...b]) bySeq.set(l.seq, l);
  return [...bySeq.values()].sort((x, y) => x.seq - y.seq);
}

function withAlerts(alerts: Record<string, Alert>, more: readonly Alert[]): Record<string, Alert> {
  const out = { ...alerts };
  for (const a of more) out[a.id] = a;
  return out;
}

export function wallReducer(s: WallState, action: WallAction): WallState {
  switch (action.type) {
    case 'loaded': {
      // The wall answer is the truth for which calls are live; lines already received are kept.
      const calls: Record<string, WallCall> = {};
      for (const c of action.wall.items) {
        const prev = s.calls[c.callId];
        calls[c.callId] = {
          callId: c.callId,
          agentId: c.agentId,
          teamId: c.teamId,
          startedAt: c.startedAt,
          lines: mergeLines(prev?.lines ?? [], c.lines),
          partial: prev?.partial ?? null,
        };
      }
      const openIds = new Set(action.openAlerts.map((a) => a.id));
      // an alert the stream showed open but the server no longer lists open was handled meanwhile: drop it
      const kept = Object.fromEntries(
        Object.entries(s.alerts).filter(([id, a]) => a.state !== 'open' || openIds.has(id)),
      );
      return {
        calls,
        alerts: withAlerts(kept, [...action.wall.items.flatMap((c) => c.alerts), ...action.openAlerts]),
      };
    }
    case 'detail': {
      const c = action.call;
      if (c.state === 'ended') {
        // an ended call (opened from an alert's link) shows in the drawer only, never back on the wall
        const calls = { ...s.calls };
        delete calls[c.callId];
        return { calls, alerts: withAlerts(s.alerts, c.alerts) };
      }
      const prev = s.calls[c.callId];
      const call: WallCall = {
        callId: c.callId,
        agentId: c.agentId,
        teamId: prev?.teamId ?? null,
        startedAt: c.startedAt,
        lines: mergeLines(prev?.lines ?? [], c.lines),
        partial: prev?.partial ?? null,
      };
      return { calls: { ...s.calls, [c.callId]: call }, alerts: withAlerts(s.alerts, c.alerts) };
    }
    case 'line': {
      const e = action.event;
      const prev: WallCall = s.calls[e.callId] ?? {
        callId: e.callId,
        agentId: e.agentId,
        teamId: null,
        startedAt: action.at,
        lines: [],
        partial: null,
      };
      const line = { seq: e.seq, role: e.role, text: e.text };
      const call: WallCall = e.final
        ? {
            ...prev,
            lines: mergeLines(prev.lines, [line]),
            partial: prev.partial && prev.partial.seq > e.seq ? prev.partial : null,
          }
        : { ...prev, partial: line };
      return { ...s, calls: { ...s.calls, [e.callId]: call } };
    }
    case 'call': {
      const e = action.event;
      if (e.state === 'ended') {
        const calls = { ...s.calls };
        delete calls[e.callId];
        return { ...s, calls };
      }
      if (s.calls[e.callId]) return s;
      const call: WallCall = {
        callId: e.callId,
        agentId: e.agentId,
        teamId: e.teamId,
        startedAt: action.at,
        lines: [],
        partial: null,
      };
      return { ...s, calls: { ...s.calls, [e.callId]: call } };
    }
    case 'alert':
    case 'handled':
      return { ...s, alerts: withAlerts(s.alerts, [action.alert]) };
  }
}

const SEVERITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 } as const;

/** Open alerts, newest first (the alerts panel). */
export function openAlerts(s: WallState): Alert[] {
  return Object.values(s.alerts)
    .filter((a) => a.state === 'open')
    .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
}

/** A call's alerts, open first, then newest first. */
export function alertsOfCall(s: WallState, callId: string): Alert[] {
  return Object.values(s.alerts)
    .filter((a) => a.callId === callId)
    .sort(
      (a, b) =>
        Number(b.state === 'open') - Number(a.state === 'open') ||
        b.at.localeCompare(a.at) ||
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity],
    );
}

/** Calls on the wall: those with open alerts first (most severe first), then the longest running. */
export function wallCalls(s: WallState): WallCall[] {
  const worst = (callId: string) =>
    Math.max(
      -1,
      ...Object.values(s.alerts)
        .filter((a) => a.callId === callId && a.state === 'open')
        .map((a) => SEVERITY_RANK[a.severity]),
    );
  return Object.values(s.calls).sort(
    (a, b) => worst(b.callId) - worst(a.callId) || a.startedAt.localeCompare(b.startedAt),
  );
}
