// Energy voice-activity detection: where in one channel somebody speaks. Telephone channels are quiet between
// utterances (each party has their own channel in a stereo recording), so a frame-energy threshold with a minimum
// pause finds the utterances; an engine with a model VAD (silero in sherpa-onnx) may use that instead.

export interface Utterance {
  /** Sample offsets, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface VadOptions {
  /** Absolute sample level that counts as sound. */
  readonly threshold?: number;
  /** A pause at least this long ends an utterance. */
  readonly minPauseMs?: number;
  /** Shorter bursts (clicks) are dropped. */
  readonly minSpeechMs?: number;
}

export function detectUtterances(x: Float32Array, sampleRate: number, o: VadOptions = {}): Utterance[] {
  const threshold = o.threshold ?? 0.02;
  const minPause = Math.round(((o.minPauseMs ?? 250) * sampleRate) / 1000);
  const minSpeech = Math.round(((o.minSpeechMs ?? 60) * sampleRate) / 1000);
  const out: Utterance[] = [];
  let start = -1;
  let last = -1;
  for (let i = 0; i < x.length; i++) {
    if (Math.abs(x[i]!) < threshold) continue;
    if (start >= 0 && i - last > minPause) {
      if (last + 1 - start >= minSpeech) out.push({ start, end: last + 1 });
      start = -1;
    }
    if (start < 0) start = i;
    last = i;
  }
  if (start >= 0 && last + 1 - start >= minSpeech) out.push({ start, end: last + 1 });
  return out;
}
