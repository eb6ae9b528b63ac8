// The sherpa-onnx adapter as far as it goes without model weights (none can be downloaded here): the model folder
// is validated with errors naming the missing files, the configuration built from it is checked, the native module
// loads lazily (or says how to get it), and 8 kHz audio is brought to the models' 16 kHz.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SttConfigError } from './engine.ts';
import { sherpaConfig } from './model-folder.ts';
import { confidenceOf, loadSherpaModule, sherpaEngine, to16k, type SherpaModule } from './sherpa.ts';

const root = mkdtempSync(join(tmpdir(), 'zhijian-stt-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: string[]): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f), 'x');
  return dir;
}

describe('sherpa-onnx model folder', () => {
  it('builds a paraformer configuration, preferring int8 weights, with the silero VAD found in the folder', () => {
    const dir = folder('sherpa-onnx-paraformer-zh-2024-03-09', [
      'model.onnx',
      'model.int8.onnx',
      'tokens.txt',
      'silero_vad.onnx',
    ]);
    const c = sherpaConfig({ modelDir: dir, family: 'auto', threads: 2 });
    expect(c.family).toBe('paraformer');
    expect(c.recognizer).toEqual({
      featConfig: { sampleRate: 16000, featureDim: 80 },
      modelConfig: {
        paraformer: { model: join(dir, 'model.int8.onnx') },
        tokens: join(dir, 'tokens.txt'),
        numThreads: 2,
        provider: 'cpu',
        debug: 0,
      },
      decodingMethod: 'greedy_search',
    });
    expect(c.vad?.sileroVad.model).toBe(join(dir, 'silero_vad.onnx'));
  });

  it('recognises a zipformer transducer by its joiner and a sense-voice model by the folder name', () => {
    const t = folder('zipformer-zh', [
      'encoder-epoch-99-avg-1.int8.onnx',
      'encoder-epoch-99-avg-1.onnx',
      'decoder-epoch-99-avg-1.onnx',
      'joiner-epoch-99-avg-1.int8.onnx',
      'tokens.txt',
    ]);
    const tc = sherpaConfig({ modelDir: t, family: 'auto', threads: 1 });
    expect(tc.family).toBe('transducer');
    expect(tc.recognizer.modelConfig.transducer).toEqual({
      encoder: join(t, 'encoder-epoch-99-avg-1.int8.onnx'),
      decoder: join(t, 'decoder-epoch-99-avg-1.onnx'),
      joiner: join(t, 'joiner-epoch-99-avg-1.int8.onnx'),
    });
    expect(tc.vad).toBeUndefined();
    const sv = folder('sherpa-onnx-sense-voice-zh-en-ja-ko-yue', ['model.int8.onnx', 'tokens.txt']);
    expect(
      sherpaConfig({ modelDir: sv, family: 'auto', threads: 1 }).recognizer.modelConfig.senseVoice,
    ).toEqual({
      model: join(sv, 'model.int8.onnx'),
      language: 'zh',
      useInverseTextNormalization: 1,
    });
  });

  it('names what is missing or unclear', () => {
    expect(() => sherpaConfig({ modelDir: join(root, 'nope'), family: 'auto', threads: 1 })).toThrow(
      /ZHIJIAN_STT_MODEL_DIR .*nope is not a folder/,
    );
    const bare = folder('my-model', ['model.onnx']);
    expect(() => sherpaConfig({ modelDir: bare, family: 'auto', threads: 1 })).toThrow(
      /set ZHIJIAN_STT_MODEL_FAMILY/,
    );
    expect(() => sherpaConfig({ modelDir: bare, family: 'paraformer', threads: 1 })).toThrow(
      /the paraformer model folder .*my-model lacks tokens\.txt$/,
    );
    const half = folder('half-transducer', ['encoder.onnx', 'joiner.onnx']);
    expect(() => sherpaConfig({ modelDir: half, family: 'auto', threads: 1 })).toThrow(
      /lacks tokens\.txt, decoder\*\.onnx$/,
    );
    const p = folder('paraformer-ok', ['model.onnx', 'tokens.txt']);
    expect(() =>
      sherpaConfig({ modelDir: p, family: 'auto', threads: 1, vadModel: join(root, 'missing_vad.onnx') }),
    ).toThrow(/ZHIJIAN_STT_VAD_MODEL .*missing_vad\.onnx does not exist/);
  });
});

describe('sherpa-onnx native module', () => {
  it('is installed here and loads lazily (the recogniser and VAD classes exist)', () => {
    const mod = loadSherpaModule();
    expect(typeof mod.OfflineRecognizer).toBe('function');
    expect(typeof mod.Vad).toBe('function');
  });

  it('says how to install it when it cannot load', () => {
    const missing = () => {
      throw new Error("Cannot find module 'sherpa-onnx-node'");
    };
    expect(() => loadSherpaModule(missing)).toThrow(SttConfigError);
    expect(() => loadSherpaModule(missing)).toThrow(/npm install sherpa-onnx-node/);
  });

  it('hands the built configuration to the recogniser and reads text and confidence back', async () => {
    const dir = folder('sherpa-onnx-paraformer-fake', ['model.onnx', 'tokens.txt']);
    const seen: unknown[] = [];
    const fake: SherpaModule = {
      OfflineRecognizer: class {
        constructor(config: unknown) {
          seen.push(config);
        }
        createStream() {
          return {
            acceptWaveform: (w: { samples: Float32Array; sampleRate: number }) =>
              seen.push(w.sampleRate, w.samples.length),
          };
        }
        decode() {}
        getResult() {
          return { text: ' 您好 ', ys_log_probs: [Math.log(0.9), Math.log(0.5)] };
        }
      },
      Vad: class {} as unknown as SherpaModule['Vad'],
    };
    const engine = sherpaEngine({ modelDir: dir, family: 'auto', threads: 1 }, () => fake);
    expect(engine.name).toBe('sherpa-onnx:paraformer');
    expect(engine.segment).toBeUndefined();
    const r = await engine.recognise(new Float32Array(8000), 8000);
    expect(r).toEqual({ text: '您好', confidence: 0.671 });
    expect(seen[0]).toEqual(sherpaConfig({ modelDir: dir, family: 'auto', threads: 1 }).recognizer);
    expect(seen.slice(1)).toEqual([16000, 16000]);
  });
});

describe('helpers', () => {
  it('upsamples 8 kHz to 16 kHz by interpolation and leaves 16 kHz alone', () => {
    const x = Float32Array.from([0, 1, 0, -1]);
    expect([...to16k(x, 8000)]).toEqual([0, 0.5, 1, 0.5, 0, -0.5, -1, -1]);
    expect(to16k(x, 16000)).toBe(x);
  });
  it('confidence is the mean token probability, absent without log-probabilities', () => {
    expect(confidenceOf({ text: 'x', ys_log_probs: [0, 0] })).toBe(1);
    expect(confidenceOf({ text: 'x' })).toBeUndefined();
  });
});
