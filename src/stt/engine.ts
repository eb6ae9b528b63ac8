// The speech-to-text engine interface (docs/stt.md: a pluggable engine).
// An engine recognises one utterance of one channel; the pipeline (./pipeline.ts) cuts audio — a whole file or a live
// stream of chunks — into utterances per channel and assembles the segments (times, channel/speaker, text,
// confidence). Engines: `sherpa-onnx` (./sherpa.ts, an operator-supplied model folder) and `test` (./test-engine.ts,
// deterministic, for tests and the demo).
import type { Utterance } from '../core/audio/vad.ts';

export interface Recognised {
  readonly text: string;
  /** 0 … 1 when the engine can tell. */
  readonly confidence?: number;
  /** Speaker label when the engine diarises a mono channel. */
  readonly speaker?: string;
}

export interface SttEngine {
  /** Shown on the recording (`sherpa-onnx:paraformer`, `test`). */
  readonly name: string;
  /** Where one channel has speech; engines without their own VAD leave it to the energy VAD. */
  segment?(samples: Float32Array, sampleRate: number): Promise<Utterance[]>;
  recognise(samples: Float32Array, sampleRate: number): Promise<Recognised>;
  /** Frees native resources. */
  close?(): void;
}

export class SttConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SttConfigError';
  }
}
