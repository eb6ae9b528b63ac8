// A deterministic "speech" code for testing the whole speech-to-text path without model weights (none can be
// downloaded here, docs/stt.md): text is sent as UTF-8 nibbles, one pure tone per 40 ms
// symbol, 16 frequencies 100 Hz apart. Two bands stand for two voices, so a mono recording can be "diarised" by band;
// the amplitude stands for how clearly the words were spoken (the test engine reports it as the confidence). The
// demo generator and the tests write recordings in this code; the test engine (src/stt/test-engine.ts) decodes them.

export const SYMBOL_MS = 40;
/** Lowest frequency of each band: band 0 = 600 … 2100 Hz, band 1 = 2200 … 3700 Hz (below 4 kHz: fits 8 kHz audio). */
export const BAND_BASE_HZ = [600, 2200] as const;
const STEP_HZ = 100;
/** The amplitude that decodes with confidence 1. */
export const FULL_AMPLITUDE = 0.5;

export function symbolSamples(sampleRate: number): number {
  return Math.round((sampleRate * SYMBOL_MS) / 1000);
}

/** The utterance as samples: starts at full amplitude (cosine phase), so its first sample marks its start exactly. */
export function encodeToneText(
  text: string,
  sampleRate: number,
  band: 0 | 1,
  amplitude = FULL_AMPLITUDE,
): Float32Array {
  const bytes = new TextEncoder().encode(text);
  const n = symbolSamples(sampleRate);
  const out = new Float32Array(bytes.length * 2 * n);
  let s = 0;
  for (const b of bytes) {
    for (const nibble of [b >> 4, b & 15]) {
      const f = BAND_BASE_HZ[band] + STEP_HZ * nibble;
      for (let i = 0; i < n; i++) out[s * n + i] = amplitude * Math.cos((2 * Math.PI * f * i) / sampleRate);
      s++;
    }
  }
  return out;
}

/** Power of frequency f in x[from, from + n) (Goertzel). */
function goertzel(x: Float32Array, from: number, n: number, f: number, sampleRate: number): number {
  const k = 2 * Math.cos((2 * Math.PI * f) / sampleRate);
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const s0 = (x[from + i] ?? 0) + k * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  return s1 * s1 + s2 * s2 - k * s1 * s2;
}

export interface ToneDecoded {
  readonly text: string;
  readonly band: 0 | 1;
  /** 0 … 1 from the amplitude (FULL_AMPLITUDE = 1). */
  readonly confidence: number;
}

/** Decodes one utterance that starts at x[0]; undefined when it carries no whole symbol. */
export function decodeToneText(x: Float32Array, sampleRate: number): ToneDecoded | undefined {
  const n = symbolSamples(sampleRate);
  const symbols = Math.round(x.length / n);
  if (symbols < 2) return undefined;
  const nibbles: number[] = [];
  const bandVotes = [0, 0];
  let peak = 0;
  for (let s = 0; s < symbols; s++) {
    let best = -1;
    let bestPower = -1;
    for (let band = 0; band < 2; band++) {
      for (let k = 0; k < 16; k++) {
        const p = goertzel(x, s * n, n, BAND_BASE_HZ[band as 0 | 1] + STEP_HZ * k, sampleRate);
        if (p > bestPower) {
          bestPower = p;
          best = band * 16 + k;
        }
      }
    }
    bandVotes[best >> 4]!++;
    nibbles.push(best & 15);
    for (let i = 0; i < n; i++) peak = Math.max(peak, Math.abs(x[s * n + i] ?? 0));
  }
  const bytes = new Uint8Array(Math.floor(nibbles.length / 2));
  for (let i = 0; i < bytes.length; i++) bytes[i] = (nibbles[2 * i]! << 4) | nibbles[2 * i + 1]!;
  return {
    text: new TextDecoder('utf-8', { fatal: false }).decode(bytes),
    band: bandVotes[1]! > bandVotes[0]! ? 1 : 0,
    confidence: Math.min(1, Math.round((peak / FULL_AMPLITUDE) * 100) / 100),
  };
}
