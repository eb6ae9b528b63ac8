// The real engine: sherpa-onnx (npm `sherpa-onnx-node`, native binaries shipped inside npm packages, an optional
// dependency) with an operator-supplied model folder (./model-folder.ts, docs/stt.md). The native module is loaded
// lazily, only when this engine is selected, so the rest of zhijian never needs it.
import { createRequire } from 'node:module';
import type { Utterance } from '../core/audio/vad.ts';
import { SttConfigError, type Recognised, type SttEngine } from './engine.ts';
import { sherpaConfig, type SherpaConfig, type SherpaOptions } from './model-folder.ts';

interface SherpaStream {
  acceptWaveform(w: { samples: Float32Array; sampleRate: number }): void;
}
interface SherpaResult {
  text: string;
  ys_log_probs?: number[];
}
export interface SherpaModule {
  OfflineRecognizer: new (config: unknown) => {
    createStream(): SherpaStream;
    decode(s: SherpaStream): void;
    getResult(s: SherpaStream): SherpaResult;
  };
  Vad: new (
    config: unknown,
    bufferSeconds: number,
  ) => {
    acceptWaveform(x: Float32Array): void;
    isEmpty(): boolean;
    front(): { start: number; samples: Float32Array };
    pop(): void;
    flush(): void;
    reset(): void;
  };
}

export type ModuleLoader = () => SherpaModule;

const defaultLoader: ModuleLoader = () => createRequire(import.meta.url)('sherpa-onnx-node') as SherpaModule;

/** Loads the native module, turning "not installed" / "no binary for this platform" into a message saying what to do. */
export function loadSherpaModule(load: ModuleLoader = defaultLoader): SherpaModule {
  try {
    return load();
  } catch (e) {
    throw new SttConfigError(
      `ZHIJIAN_STT_ENGINE=sherpa-onnx needs the npm package sherpa-onnx-node and its binary for ${process.platform}-${process.arch} ` +
        `(npm install sherpa-onnx-node): ${(e as Error).message}`,
    );
  }
}

const RATE = 16000;

/** 8 kHz telephone audio to the models' 16 kHz (linear interpolation; the models' own features band-limit it). */
export function to16k(x: Float32Array, rate: number): Float32Array {
  if (rate === RATE) return x;
  const ratio = rate / RATE;
  const out = new Float32Array(Math.floor(x.length / ratio));
  for (let i = 0; i < out.length; i++) {
    const p = i * ratio;
    const j = Math.floor(p);
    const a = x[j] ?? 0;
    const b = x[j + 1] ?? a;
    out[i] = a + (b - a) * (p - j);
  }
  return out;
}

/** Mean token probability: the recogniser's own certainty, when the model reports token log-probabilities. */
export function confidenceOf(r: SherpaResult): number | undefined {
  const lp = r.ys_log_probs;
  if (!Array.isArray(lp) || lp.length === 0) return undefined;
  return Math.round(Math.exp(lp.reduce((s, v) => s + v, 0) / lp.length) * 1000) / 1000;
}

export function sherpaEngine(o: SherpaOptions, load: ModuleLoader = defaultLoader): SttEngine {
  const config: SherpaConfig = sherpaConfig(o); // folder errors first: they are the operator's to fix
  const mod = loadSherpaModule(load);
  const recognizer = new mod.OfflineRecognizer(config.recognizer);
  const engine: SttEngine = {
    name: `sherpa-onnx:${config.family}`,
    recognise(samples, sampleRate): Promise<Recognised> {
      const stream = recognizer.createStream();
      stream.acceptWaveform({ samples: to16k(samples, sampleRate), sampleRate: RATE });
      recognizer.decode(stream);
      const r = recognizer.getResult(stream);
      const confidence = confidenceOf(r);
      return Promise.resolve({ text: r.text.trim(), ...(confidence === undefined ? {} : { confidence }) });
    },
  };
  const vadConfig = config.vad;
  if (vadConfig === undefined) return engine;
  return {
    ...engine,
    segment(samples, sampleRate): Promise<Utterance[]> {
      const x = to16k(samples, sampleRate);
      const vad = new mod.Vad(vadConfig, Math.max(30, x.length / RATE + 1));
      const out: Utterance[] = [];
      const scale = sampleRate / RATE;
      const drain = (): void => {
        while (!vad.isEmpty()) {
          const s = vad.front();
          out.push({
            start: Math.floor(s.start * scale),
            end: Math.ceil((s.start + s.samples.length) * scale),
          });
          vad.pop();
        }
      };
      const win = vadConfig.sileroVad.windowSize;
      for (let i = 0; i + win <= x.length; i += win) {
        vad.acceptWaveform(x.subarray(i, i + win));
        drain();
      }
      vad.flush();
      drain();
      return Promise.resolve(out);
    },
  };
}
