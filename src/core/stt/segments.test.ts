import { describe, expect, it } from 'vitest';
import { segmentsToConversation, type SttSegment } from './segments.ts';

const base = { id: 'r-1', agentChannel: 1, minConfidence: 0.6, channels: 2 };

describe('segments to conversation', () => {
  it('stereo: the configured agent channel is the agent, the other the customer, turns in time order', () => {
    const segs: SttSegment[] = [
      { startMs: 3000, endMs: 4000, channel: 0, text: '我的卡被锁了', confidence: 0.9 },
      { startMs: 0, endMs: 2000, channel: 1, text: ' 您好，请讲 ', confidence: 0.95 },
      { startMs: 5000, endMs: 5100, channel: 1, text: '  ' },
    ];
    const c = segmentsToConversation(segs, { ...base, agentId: 'A001' });
    expect(c.turns.map((t) => [t.role, t.text, t.startMs])).toEqual([
      ['agent', '您好，请讲', 0],
      ['customer', '我的卡被锁了', 3000],
    ]);
    expect(c).toMatchObject({ id: 'r-1', channel: 'voice', agentId: 'A001', meta: { source: 'stt' } });
    expect(c.turns[0]?.meta).toEqual({ channel: 1, asrConfidence: 0.95 });
  });

  it('mono: roles from the speaker labels, first voice = agent unless told otherwise', () => {
    const segs: SttSegment[] = [
      { startMs: 0, endMs: 1000, channel: 0, speaker: 'spk1', text: '喂' },
      { startMs: 1500, endMs: 2500, channel: 0, speaker: 'spk0', text: '您好' },
    ];
    const auto = segmentsToConversation(segs, { ...base, channels: 1 });
    expect(auto.turns.map((t) => t.role)).toEqual(['agent', 'customer']);
    const told = segmentsToConversation(segs, { ...base, channels: 1, speakerRoles: { spk0: 'agent' } });
    expect(told.turns.map((t) => t.role)).toEqual(['customer', 'agent']);
  });

  it('marks the whole text of a segment below the confidence threshold', () => {
    const c = segmentsToConversation(
      [{ startMs: 0, endMs: 900, channel: 1, text: '你烦不烦', confidence: 0.42 }],
      base,
    );
    expect(c.turns[0]?.meta).toEqual({ channel: 1, asrConfidence: 0.42, lowConfidence: [[0, 4]] });
  });
});
