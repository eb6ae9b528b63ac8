import { describe, expect, it } from 'vitest';
import type { ConversationEvent, Hit, Turn } from '../../api/types.ts';
import { conversationDurationMs, transcriptItems } from './timeline.ts';

const turns: Turn[] = [
  { role: 'agent', text: '您好，请问有什么可以帮您？', startMs: 0, endMs: 3000 },
  { role: 'customer', text: '查一下我的订单。', startMs: 3500, endMs: 6000 },
  { role: 'agent', text: '感谢您的耐心等待。', startMs: 40_000, endMs: 43_000 },
];
const events: ConversationEvent[] = [
  { type: 'hangup', by: 'customer', atMs: 44_000 },
  { type: 'hold', startMs: 8000, endMs: 38_000 },
];
const hit: Hit = {
  rule: 'filler-word',
  category: 'language',
  turn: 1,
  start: 0,
  end: 1,
  text: '查',
  deduction: 1,
};

describe('transcriptItems', () => {
  it('places events between the turns where they happened', () => {
    const kinds = transcriptItems(turns, events, [hit]).map((i) =>
      i.kind === 'turn' ? `t${i.index}` : i.event.type,
    );
    expect(kinds).toEqual(['t0', 't1', 'hold', 't2', 'hangup']);
  });

  it('attaches hits to their turn', () => {
    const items = transcriptItems(turns, [], [hit]);
    expect(items[1]).toMatchObject({ kind: 'turn', index: 1, hits: [hit] });
    expect(items[0]).toMatchObject({ hits: [] });
  });

  it('puts events after the turns when turns have no times', () => {
    const untimed = turns.map((t) => ({ role: t.role, text: t.text }));
    const kinds = transcriptItems(untimed, events, []).map((i) => i.kind);
    expect(kinds).toEqual(['turn', 'turn', 'turn', 'event', 'event']);
  });

  it('measures the call up to its last turn or event', () => {
    expect(conversationDurationMs(turns, events)).toBe(44_000);
    expect(conversationDurationMs([{ role: 'agent', text: '你好' }], [])).toBeNull();
  });
});
