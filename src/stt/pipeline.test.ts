// The pipeline over the deterministic test engine: a stereo call and a diarised mono call become segments with the
// right channel/speaker, times, text and confidence; a live stream gives each sentence once a pause closes it.
import { describe, expect, it } from 'vitest';
import { toneCallWav } from '../core/audio/tone-call.ts';
import { parseWav } from '../core/audio/wav.ts';
import { transcribeAudio, SttStream } from './pipeline.ts';
import { testEngine } from './test-engine.ts';

const LINES = [
  { who: 'agent' as const, text: '您好，请问有什么可以帮您', atMs: 200 },
  { who: 'customer' as const, text: '我的卡被锁了', atMs: 3500, amplitude: 0.2 },
  { who: 'agent' as const, text: '请稍等', atMs: 6000 },
];

describe('speech-to-text pipeline (test engine)', () => {
  it('stereo: one channel per party, times from the audio, confidence from the engine, progress reported', async () => {
    const wav = parseWav(toneCallWav(LINES, { agentChannel: 1 }));
    const progress: number[] = [];
    const segs = await transcribeAudio(testEngine(), wav, (p) => {
      progress.push(p);
    });
    expect(segs.map((s) => [s.channel, s.startMs, s.text, s.confidence])).toEqual([
      [0, 3500, '我的卡被锁了', 0.4],
      [1, 200, '您好，请问有什么可以帮您', 1],
      [1, 6000, '请稍等', 1],
    ]);
    expect(progress.at(-1)).toBe(1);
  });

  it('mono: the engine diarises by speaker', async () => {
    const wav = parseWav(toneCallWav(LINES, { stereo: false, sampleRate: 16000 }));
    const segs = await transcribeAudio(testEngine(), wav);
    expect(segs.map((s) => [s.speaker, s.text])).toEqual([
      ['spk0', '您好，请问有什么可以帮您'],
      ['spk1', '我的卡被锁了'],
      ['spk0', '请稍等'],
    ]);
  });

  it('a stream gives each sentence as soon as a pause closes it, and the rest at the end', async () => {
    const x = parseWav(toneCallWav(LINES, { stereo: false })).channels[0]!;
    const stream = new SttStream(testEngine(), 8000);
    const got: { at: number; text: string; startMs: number }[] = [];
    const chunk = 1600; // 200 ms
    for (let i = 0; i < x.length; i += chunk) {
      for (const s of await stream.accept(x.subarray(i, i + chunk)))
        got.push({ at: i, text: s.text, startMs: s.startMs });
    }
    for (const s of await stream.end()) got.push({ at: x.length, text: s.text, startMs: s.startMs });
    expect(got.map((g) => [g.text, g.startMs])).toEqual([
      ['您好，请问有什么可以帮您', 200],
      ['我的卡被锁了', 3500],
      ['请稍等', 6000],
    ]);
    // the first sentence came out long before the stream ended
    expect(got[0]!.at).toBeLessThan(x.length / 2);
  });
});
