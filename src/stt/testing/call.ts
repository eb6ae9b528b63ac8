// A short call in the tone code (src/core/audio/tone-code.ts) with one clear and one quietly spoken (low-confidence)
// forbidden phrase of seed 002's list, shared by the HTTP and browser tests of recordings.
import type { ToneLine } from '../../core/audio/tone-call.ts';

export const TEST_CALL: readonly ToneLine[] = [
  { who: 'agent', text: '您好，请问有什么可以帮您', atMs: 200 },
  { who: 'customer', text: '我的快递怎么还没到', atMs: 3400 },
  { who: 'agent', text: '这个问题，我不是跟你说过了吗', atMs: 6200 },
  // spoken quietly: the test engine hears it with confidence 0.4, below the default 0.6
  { who: 'agent', text: '我不是跟你说过了吗', atMs: 10200, amplitude: 0.2 },
  { who: 'agent', text: '感谢您的来电，再见', atMs: 13400 },
];
