// A whole call written in the tone code (./tone-code.ts), for tests, the browser journey and the demo: each line is
// put at its time on the agent's or the customer's channel (stereo) or, in mono, on one channel in the speaker's
// band (so the test engine can diarise it).
import { encodeToneText, FULL_AMPLITUDE } from './tone-code.ts';
import { encodeWav } from './wav.ts';

export interface ToneLine {
  readonly who: 'agent' | 'customer';
  readonly text: string;
  readonly atMs: number;
  /** Below FULL_AMPLITUDE the test engine reports a lower confidence (amplitude / FULL_AMPLITUDE). */
  readonly amplitude?: number;
}

export interface ToneCallOptions {
  readonly sampleRate?: 8000 | 16000;
  readonly stereo?: boolean;
  /** Stereo: the agent's channel (0 = left). */
  readonly agentChannel?: 0 | 1;
  /** Silence after the last line. */
  readonly tailMs?: number;
}

export function toneCallWav(lines: readonly ToneLine[], o: ToneCallOptions = {}): Uint8Array {
  const rate = o.sampleRate ?? 8000;
  const stereo = o.stereo ?? true;
  const agentChannel = o.agentChannel ?? 0;
  const parts = lines.map((l) => ({
    l,
    at: Math.round((l.atMs * rate) / 1000),
    x: encodeToneText(l.text, rate, stereo || l.who === 'agent' ? 0 : 1, l.amplitude ?? FULL_AMPLITUDE),
  }));
  const length =
    Math.max(0, ...parts.map((p) => p.at + p.x.length)) + Math.round(((o.tailMs ?? 500) * rate) / 1000);
  const channels = Array.from({ length: stereo ? 2 : 1 }, () => new Float32Array(length));
  for (const p of parts) {
    const c = stereo ? (p.l.who === 'agent' ? agentChannel : 1 - agentChannel) : 0;
    channels[c]!.set(p.x, p.at);
  }
  return encodeWav(rate, channels);
}
