// The operator-supplied sherpa-onnx model folder (docs/stt.md): which family it holds, which files it must contain,
// and the recogniser / VAD configuration built from it. No native code here, so all of it is tested without weights.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { SttConfigError } from './engine.ts';

export const MODEL_FAMILIES = ['paraformer', 'sense-voice', 'transducer'] as const;
export type ModelFamily = (typeof MODEL_FAMILIES)[number];

export interface SherpaOptions {
  readonly modelDir: string;
  /** `auto`: a joiner means transducer, otherwise the folder's name says paraformer or sense-voice. */
  readonly family: ModelFamily | 'auto';
  readonly threads: number;
  /** silero_vad.onnx; default: the one inside the model folder, if any. */
  readonly vadModel?: string;
}

export interface SherpaConfig {
  readonly family: ModelFamily;
  readonly recognizer: {
    featConfig: { sampleRate: number; featureDim: number };
    modelConfig: Record<string, unknown>;
    decodingMethod: 'greedy_search';
  };
  readonly vad?: {
    sileroVad: {
      model: string;
      threshold: number;
      minSilenceDuration: number;
      minSpeechDuration: number;
      windowSize: number;
      maxSpeechDuration: number;
    };
    sampleRate: number;
    numThreads: number;
    provider: 'cpu';
    debug: 0;
  };
}

/** `model.int8.onnx` before `model.onnx`: int8 weights decode several times faster on a CPU at nearly the same accuracy. */
function pick(files: readonly string[], stem: RegExp): string | undefined {
  const found = files.filter((f) => stem.test(f)).sort();
  return found.find((f) => f.includes('int8')) ?? found[0];
}

function detectFamily(dir: string, files: readonly string[]): ModelFamily {
  if (files.some((f) => /^joiner.*\.onnx$/.test(f))) return 'transducer';
  const name = basename(dir).toLowerCase();
  if (/sense[-_]?voice/.test(name)) return 'sense-voice';
  if (name.includes('paraformer')) return 'paraformer';
  throw new SttConfigError(
    `cannot tell the model family of ${dir}: set ZHIJIAN_STT_MODEL_FAMILY to one of ${MODEL_FAMILIES.join(', ')}`,
  );
}

/** Checks the folder and builds the configuration; every problem names the file or setting to fix. */
export function sherpaConfig(o: SherpaOptions): SherpaConfig {
  const dir = resolve(o.modelDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new SttConfigError(`ZHIJIAN_STT_MODEL_DIR ${dir} is not a folder`);
  }
  const files = readdirSync(dir);
  const family = o.family === 'auto' ? detectFamily(dir, files) : o.family;
  const missing: string[] = [];
  const need = (label: string, stem: RegExp): string => {
    const f = pick(files, stem);
    if (f === undefined) missing.push(label);
    return join(dir, f ?? label);
  };
  const tokens = need('tokens.txt', /^tokens\.txt$/);
  let model: Record<string, unknown>;
  if (family === 'transducer') {
    model = {
      transducer: {
        encoder: need('encoder*.onnx', /^encoder.*\.onnx$/),
        decoder: need('decoder*.onnx', /^decoder.*\.onnx$/),
        joiner: need('joiner*.onnx', /^joiner.*\.onnx$/),
      },
    };
  } else {
    const file = need('model.onnx (or model.int8.onnx)', /^model(\.int8)?\.onnx$/);
    model =
      family === 'paraformer'
        ? { paraformer: { model: file } }
        : { senseVoice: { model: file, language: 'zh', useInverseTextNormalization: 1 } };
  }
  if (missing.length > 0) {
    throw new SttConfigError(`the ${family} model folder ${dir} lacks ${missing.join(', ')}`);
  }
  const vadPath =
    o.vadModel ?? (files.includes('silero_vad.onnx') ? join(dir, 'silero_vad.onnx') : undefined);
  if (vadPath !== undefined && !existsSync(vadPath)) {
    throw new SttConfigError(`ZHIJIAN_STT_VAD_MODEL ${vadPath} does not exist`);
  }
  return {
    family,
    recognizer: {
      // The models of these families are trained on 16 kHz fbank features; sherpa-onnx resamples 8 kHz calls.
      featConfig: { sampleRate: 16000, featureDim: 80 },
      modelConfig: { ...model, tokens, numThreads: o.threads, provider: 'cpu', debug: 0 },
      decodingMethod: 'greedy_search',
    },
    ...(vadPath === undefined
      ? {}
      : {
          vad: {
            sileroVad: {
              model: vadPath,
              threshold: 0.5,
              minSilenceDuration: 0.25,
              minSpeechDuration: 0.25,
              windowSize: 512,
              maxSpeechDuration: 20,
            },
            sampleRate: 16000,
            numThreads: 1,
            provider: 'cpu',
            debug: 0,
          },
        }),
  };
}
