import { describe, expect, it } from 'vitest';
import { decodeToneText, encodeToneText } from './tone-code.ts';
import { toneCallWav } from './tone-call.ts';
import { detectUtterances } from './vad.ts';
import { encodeWav, parseWav, WavError } from './wav.ts';

describe('WAV reading', () => {
  it('reads 16-bit PCM stereo at 8 kHz, keeps extra chunks, and round-trips samples', () => {
    const left = Float32Array.from({ length: 800 }, (_, i) => Math.sin(i / 10) * 0.5);
    const right = new Float32Array(800);
    const bytes = encodeWav(8000, [left, right], [{ id: 'LIST', body: new Uint8Array([1, 2, 3]) }]);
    const wav = parseWav(bytes);
    expect(wav.sampleRate).toBe(8000);
    expect(wav.channels).toHaveLength(2);
    expect(wav.durationMs).toBe(100);
    expect(wav.chunks.get('LIST')).toEqual(new Uint8Array([1, 2, 3]));
    expect(Math.abs(wav.channels[0]![123]! - left[123]!)).toBeLessThan(1e-4);
    expect(wav.channels[1]!.every((v) => v === 0)).toBe(true);
  });

  it('refuses what it cannot read, saying what to do', () => {
    expect(() => parseWav(new Uint8Array(20))).toThrow(WavError);
    const ok = encodeWav(16000, [new Float32Array(10)]);
    const alaw = ok.slice();
    alaw[20] = 6;
    expect(() => parseWav(alaw)).toThrow(/A-law WAV is not supported: convert to 16-bit PCM/);
    const rate = ok.slice();
    new DataView(rate.buffer).setUint32(24, 44100, true);
    expect(() => parseWav(rate)).toThrow(/44100 Hz is not supported/);
    expect(() => parseWav(ok.slice(0, 36))).toThrow(/without a data chunk/);
  });
});

describe('tone code and VAD', () => {
  it('decodes Chinese text, its band and its confidence at 8 and 16 kHz', () => {
    for (const rate of [8000, 16000]) {
      const d = decodeToneText(encodeToneText('您好，很高兴为您服务', rate, 1, 0.2), rate);
      expect(d).toEqual({ text: '您好，很高兴为您服务', band: 1, confidence: 0.4 });
    }
  });

  it('finds utterances separated by pauses, starting on their first sample', () => {
    const wav = parseWav(
      toneCallWav(
        [
          { who: 'agent', text: '您好', atMs: 100 },
          { who: 'agent', text: '请讲', atMs: 1500 },
        ],
        { stereo: false },
      ),
    );
    const us = detectUtterances(wav.channels[0]!, 8000);
    expect(us.map((u) => u.start)).toEqual([800, 12000]);
    expect(decodeToneText(wav.channels[0]!.subarray(us[1]!.start, us[1]!.end), 8000)?.text).toBe('请讲');
  });
});
