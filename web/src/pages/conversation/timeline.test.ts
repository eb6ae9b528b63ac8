import { describe, expect, it } from 'vitest';
import type { ConversationEvent, Hit, Turn } from '../../api/types.ts';
import { callTimeline, conversationDurationMs, transcriptItems } from './timeline.ts';

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

describe('callTimeline', () => {
  it('splits the call into talk per speaker, silence, overlap and hold that add up to its length', () => {
    const call: Turn[] = [
      { role: 'agent', text: '您好，请问有什么可以帮您？', startMs: 1000, endMs: 4000 },
      // the customer starts before the agent finished: 1 s of overlap
      { role: 'customer', text: '我家停电了', startMs: 3000, endMs: 6000 },
      { role: 'agent', text: '请您稍等', startMs: 7000, endMs: 8000 },
      { role: 'agent', text: '感谢您的耐心等待', startMs: 20_000, endMs: 23_000 },
    ];
    const tl = callTimeline(call, [
      { type: 'hold', startMs: 9000, endMs: 19_000 },
      { type: 'hangup', by: 'customer', atMs: 24_000 },
    ])!;
    expect(tl.durationMs).toBe(24_000);
    expect(tl.totals).toEqual({
      talkMs: { agent: 7000, customer: 3000 },
      silenceMs: 1000 + 1000 + 1000 + 1000 + 1000, // 0–1 s, 6–7 s, 8–9 s, 19–20 s, 23–24 s
      overlapMs: 1000,
      holdMs: 10_000,
      longestSilenceMs: 1000,
    });
    expect(tl.states).toEqual([
      { kind: 'silence', startMs: 0, endMs: 1000 },
      { kind: 'overlap', startMs: 3000, endMs: 4000 },
      { kind: 'silence', startMs: 6000, endMs: 7000 },
      { kind: 'silence', startMs: 8000, endMs: 9000 },
      { kind: 'hold', startMs: 9000, endMs: 19_000 },
      { kind: 'silence', startMs: 19_000, endMs: 20_000 },
      { kind: 'silence', startMs: 23_000, endMs: 24_000 },
    ]);
    expect(tl.talk.map((s) => [s.role, s.turn])).toEqual([
      ['agent', 0],
      ['customer', 1],
      ['agent', 2],
      ['agent', 3],
    ]);
    // every millisecond is talk by exactly one speaker, or one of the states
    const talkOnly = 7000 + 3000 - 2 * tl.totals.overlapMs;
    expect(talkOnly + tl.totals.silenceMs + tl.totals.overlapMs + tl.totals.holdMs).toBe(tl.durationMs);
  });

  it('counts two overlapping turns of one speaker once and not as overlap', () => {
    const tl = callTimeline(
      [
        { role: 'agent', text: '您好', startMs: 0, endMs: 3000 },
        { role: 'agent', text: '请讲', startMs: 2000, endMs: 4000 },
      ],
      [],
    )!;
    expect(tl.totals.talkMs).toEqual({ agent: 4000 });
    expect(tl.totals.overlapMs).toBe(0);
    expect(tl.states).toEqual([]);
  });

  it('merges a long silence into one segment and reports the longest', () => {
    const tl = callTimeline(
      [
        { role: 'agent', text: '您好', startMs: 0, endMs: 1000 },
        { role: 'customer', text: '喂？', startMs: 16_000, endMs: 17_000 },
      ],
      [],
    )!;
    expect(tl.states).toEqual([{ kind: 'silence', startMs: 1000, endMs: 16_000 }]);
    expect(tl.totals.longestSilenceMs).toBe(15_000);
  });

  it('has nothing to draw for turns without times', () => {
    expect(callTimeline([{ role: 'agent', text: '您好' }], [])).toBeNull();
    expect(
      callTimeline(
        [
          { role: 'agent', text: '您好', startMs: 0, endMs: 1000 },
          { role: 'customer', text: '你好' },
        ],
        [],
      ),
    ).toBeNull();
    expect(callTimeline([], [])).toBeNull();
  });
});
