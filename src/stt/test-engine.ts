// The deterministic test engine (`ZHIJIAN_STT_ENGINE=test`): decodes recordings written in the tone code of
// src/core/audio/tone-code.ts, so upload → transcript → QA → review is tested end to end here without model weights.
// Band 0/1 stands for speaker spk0/spk1 (mono diarisation), the amplitude for the confidence. Audio that is not in
// the code decodes to nothing useful, which is why it is never the default engine.
import { decodeToneText } from '../core/audio/tone-code.ts';
import type { Recognised, SttEngine } from './engine.ts';

export function testEngine(): SttEngine {
  return {
    name: 'test',
    recognise(samples, sampleRate): Promise<Recognised> {
      const d = decodeToneText(samples, sampleRate);
      if (d === undefined) return Promise.resolve({ text: '' });
      return Promise.resolve({ text: d.text, confidence: d.confidence, speaker: `spk${d.band}` });
    },
  };
}
