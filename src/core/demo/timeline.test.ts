import { describe, expect, it } from 'vitest';
import { createRng } from '../random/random.ts';
import { chatTimeline, voiceTimeline, type Script } from './timeline.ts';

const script = (ending: Script['ending']): Script => ({
  lines: [
    { role: 'agent', text: '您好，很高兴为您服务，请问有什么可以帮您？', gap: { kind: 'normal' } },
    { role: 'customer', text: '我想查一下这个月的账单是多少，还款日是哪天。', gap: { kind: 'normal' } },
    { role: 'agent', text: '好的，请稍等，我帮您查一下。', gap: { kind: 'overlap' } },
    { role: 'agent', text: '感谢您的耐心等待，已经查到了。', gap: { kind: 'hold' } },
    { role: 'customer', text: '好的。', gap: { kind: 'pause', ms: 25_000 } },
  ],
  ending,
});

describe('voiceTimeline', () => {
  const { turns, events, durationMs } = voiceTimeline(createRng(1), script({ by: 'customer' }));
  const [greeting, problem, wait, back, ack] = turns;

  it('times speech at 4–5 characters a second with short gaps between speakers', () => {
    expect(greeting!.startMs).toBeGreaterThan(0);
    const seconds = (greeting!.endMs! - greeting!.startMs!) / 1000;
    expect(17 / seconds).toBeGreaterThan(3.5);
    expect(17 / seconds).toBeLessThan(5.2);
    const gap = problem!.startMs! - greeting!.endMs!;
    expect(gap).toBeGreaterThanOrEqual(300);
    expect(gap).toBeLessThanOrEqual(2000);
  });

  it('starts an overlapping line inside the previous one', () => {
    expect(wait!.startMs!).toBeLessThan(problem!.endMs!);
    expect(wait!.startMs!).toBeGreaterThan(problem!.startMs!);
  });

  it('puts a hold event of at least 20 s between the two lines around it', () => {
    const hold = events.find((e) => e.type === 'hold');
    expect(hold).toBeDefined();
    if (hold?.type !== 'hold') return;
    expect(hold.startMs).toBeGreaterThanOrEqual(Math.max(problem!.endMs!, wait!.endMs!));
    expect(hold.endMs - hold.startMs).toBeGreaterThanOrEqual(20_000);
    expect(back!.startMs!).toBeGreaterThan(hold.endMs);
  });

  it('leaves exactly the requested pause and ends with the hang-up', () => {
    expect(ack!.startMs! - back!.endMs!).toBe(25_000);
    expect(events.at(-1)).toEqual({ type: 'hangup', by: 'customer', atMs: durationMs });
    expect(durationMs).toBeGreaterThan(ack!.endMs!);
  });

  it('lets a courteous agent wait about 2 s before hanging up, an abrupt one much less (seed 003)', () => {
    for (let seed = 0; seed < 20; seed++) {
      const courteous = voiceTimeline(createRng(seed), script({ by: 'agent', manner: 'courteous' }));
      const abrupt = voiceTimeline(createRng(seed), script({ by: 'agent', manner: 'abrupt' }));
      const last = (t: typeof courteous): number => Math.max(...t.turns.map((x) => x.endMs!));
      expect(courteous.durationMs - last(courteous)).toBeGreaterThanOrEqual(2000);
      expect(abrupt.durationMs - last(abrupt)).toBeLessThan(1000);
    }
  });
});

describe('chatTimeline', () => {
  it('stamps each message once, in order, with the requested pause and no call events', () => {
    const { turns, events } = chatTimeline(createRng(2), script({ by: 'customer' }));
    expect(events).toEqual([]);
    expect(turns[0]!.startMs).toBe(0);
    for (const t of turns) expect(t.endMs).toBe(t.startMs);
    for (let i = 1; i < turns.length; i++) expect(turns[i]!.startMs!).toBeGreaterThan(turns[i - 1]!.startMs!);
    expect(turns[4]!.startMs! - turns[3]!.startMs!).toBe(25_000);
  });
});
