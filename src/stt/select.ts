// The engine the settings select (ZHIJIAN_STT_ENGINE, ARCHITECTURE.md "Settings"), built once per process on first
// use: loading a model takes seconds and hundreds of MB, so it is shared by every transcription job of the process.
import type { Settings } from '../settings/settings.ts';
import { SttConfigError, type SttEngine } from './engine.ts';
import { sherpaEngine } from './sherpa.ts';
import { testEngine } from './test-engine.ts';

let cached: { key: string; engine: SttEngine } | undefined;

export function sttEngine(s: Settings['stt']): SttEngine {
  const key = JSON.stringify(s);
  if (cached?.key === key) return cached.engine;
  let engine: SttEngine;
  switch (s.engine) {
    case 'none':
      throw new SttConfigError('speech-to-text is off: set ZHIJIAN_STT_ENGINE (docs/stt.md)');
    case 'test':
      engine = testEngine();
      break;
    case 'sherpa-onnx':
      if (s.modelDir === undefined)
        throw new SttConfigError('ZHIJIAN_STT_ENGINE=sherpa-onnx needs ZHIJIAN_STT_MODEL_DIR');
      engine = sherpaEngine({
        modelDir: s.modelDir,
        family: s.family,
        threads: s.threads,
        ...(s.vadModel === undefined ? {} : { vadModel: s.vadModel }),
      });
      break;
  }
  cached?.engine.close?.();
  cached = { key, engine };
  return engine;
}
