// Order a conversation for reading: turns in their order, with hold / hang-up / transfer events placed where
// they happened (by time), and the hits grouped by the turn they point at.
import type { ConversationEvent, Hit, Turn } from '../../api/types.ts';

export type TranscriptItem =
  { kind: 'turn'; index: number; turn: Turn; hits: Hit[] } | { kind: 'event'; event: ConversationEvent };

function eventAt(e: ConversationEvent): number {
  switch (e.type) {
    case 'hold':
      return e.startMs;
    case 'hangup':
    case 'transfer':
      return e.atMs;
  }
}

export function transcriptItems(
  turns: readonly Turn[],
  events: readonly ConversationEvent[],
  hits: readonly Hit[],
): TranscriptItem[] {
  const byTurn = new Map<number, Hit[]>();
  for (const h of hits) {
    const list = byTurn.get(h.turn) ?? [];
    list.push(h);
    byTurn.set(h.turn, list);
  }
  const timed = turns.every((t) => t.startMs !== undefined);
  const pending = [...events].sort((a, b) => eventAt(a) - eventAt(b));
  const items: TranscriptItem[] = [];
  turns.forEach((turn, index) => {
    // without turn times we cannot place events between turns; they all go after the last turn
    while (timed && pending.length > 0 && eventAt(pending[0]!) <= (turn.startMs ?? 0)) {
      items.push({ kind: 'event', event: pending.shift()! });
    }
    items.push({ kind: 'turn', index, turn, hits: byTurn.get(index) ?? [] });
  });
  for (const event of pending) items.push({ kind: 'event', event });
  return items;
}

/** Length of the call: the latest turn end, hold end or event time. */
export function conversationDurationMs(
  turns: readonly Turn[],
  events: readonly ConversationEvent[],
): number | null {
  let max: number | null = null;
  const see = (n: number | undefined) => {
    if (n !== undefined && (max === null || n > max)) max = n;
  };
  for (const t of turns) see(t.endMs ?? t.startMs);
  for (const e of events) see(e.type === 'hold' ? e.endMs : e.atMs);
  return max;
}

/** What the call was doing during a stretch of time. */
export type CallState = 'silence' | 'overlap' | 'hold';

export interface TalkSegment {
  kind: 'talk';
  role: Turn['role'];
  turn: number;
  startMs: number;
  endMs: number;
}

export interface StateSegment {
  kind: CallState;
  startMs: number;
  endMs: number;
}

export interface CallTimeline {
  durationMs: number;
  talk: TalkSegment[];
  /** Silence (nobody talks, not on hold), overlap (two speakers at once) and hold, merged and in order. */
  states: StateSegment[];
  totals: {
    /** Talk time per speaker (overlapping turns of one speaker counted once). */
    talkMs: Partial<Record<Turn['role'], number>>;
    silenceMs: number;
    overlapMs: number;
    holdMs: number;
    longestSilenceMs: number;
  };
}

/**
 * The call's timeline (talk per speaker, silence, overlap, hold), or null when the turns carry no times (most
 * chats): there is nothing to draw then. The call runs from 0 to its last turn end or event; every instant of it
 * is exactly one of talk by one speaker, overlap (two or more speakers), hold, or silence.
 */
export function callTimeline(
  turns: readonly Turn[],
  events: readonly ConversationEvent[],
): CallTimeline | null {
  const timed = turns.filter((t) => t.startMs !== undefined && t.endMs !== undefined && t.endMs >= t.startMs);
  if (turns.length === 0 || timed.length !== turns.length) return null;
  const durationMs = conversationDurationMs(turns, events) ?? 0;
  const talk: TalkSegment[] = turns.map((t, turn) => ({
    kind: 'talk',
    role: t.role,
    turn,
    startMs: t.startMs!,
    endMs: t.endMs!,
  }));
  const holds = events.flatMap((e) =>
    e.type === 'hold' && e.endMs > e.startMs ? [{ startMs: e.startMs, endMs: e.endMs }] : [],
  );

  const cuts = new Set<number>([0, durationMs]);
  for (const s of [...talk, ...holds]) {
    cuts.add(s.startMs);
    cuts.add(s.endMs);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= durationMs).sort((a, b) => a - b);
  const states: StateSegment[] = [];
  const talkMs: Partial<Record<Turn['role'], number>> = {};
  let silenceMs = 0;
  let overlapMs = 0;
  let holdMs = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const speakers = new Set(talk.filter((s) => s.startMs <= a && s.endMs >= b).map((s) => s.role));
    for (const role of speakers) talkMs[role] = (talkMs[role] ?? 0) + (b - a);
    const onHold = holds.some((h) => h.startMs <= a && h.endMs >= b);
    let state: CallState | null = null;
    if (speakers.size >= 2) state = 'overlap';
    else if (onHold) state = 'hold';
    else if (speakers.size === 0) state = 'silence';
    if (state === 'overlap') overlapMs += b - a;
    if (state === 'hold') holdMs += b - a;
    if (state === 'silence') silenceMs += b - a;
    if (state === null) continue;
    const prev = states[states.length - 1];
    if (prev && prev.kind === state && prev.endMs === a) prev.endMs = b;
    else states.push({ kind: state, startMs: a, endMs: b });
  }
  const longestSilenceMs = Math.max(
    0,
    ...states.filter((s) => s.kind === 'silence').map((s) => s.endMs - s.startMs),
  );
  return {
    durationMs,
    talk,
    states,
    totals: { talkMs, silenceMs, overlapMs, holdMs, longestSilenceMs },
  };
}
