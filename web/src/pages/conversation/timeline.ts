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
