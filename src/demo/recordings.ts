// Demo recordings: a few demo calls get audio so the conversation page's player can be seen in `npm start` without
// a speech model. The audio is the tone code of the test STT engine (src/core/audio/tone-code.ts), each turn on its
// speaker's channel at its time: it sounds like modem tones, not voices, and says so in the engine name.
import type { Conversation } from '../core/conversation/schema.ts';
import { symbolSamples } from '../core/audio/tone-code.ts';
import { toneCallWav, type ToneLine } from '../core/audio/tone-call.ts';
import { insertRecording, type Store } from '../store/index.ts';

const RATE = 8000;
/** The shortest timed voice calls get audio (a 5-minute stereo call is ~5 MB in the database). */
const HOW_MANY = 3;

/** The longest prefix of `text` whose code fits in `ms` (two symbols per UTF-8 byte). */
function fitting(text: string, ms: number): string {
  const perByteMs = (2 * symbolSamples(RATE) * 1000) / RATE;
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const n = new TextEncoder().encode(ch).length;
    if ((bytes + n) * perByteMs > ms) break;
    out += ch;
    bytes += n;
  }
  return out;
}

export function demoRecordingLines(c: Conversation): ToneLine[] {
  return c.turns.flatMap((t) => {
    if (t.startMs === undefined || t.endMs === undefined) return [];
    const text = fitting(t.text, t.endMs - t.startMs - 100);
    return text === '' ? [] : [{ who: t.role === 'agent' ? 'agent' : 'customer', text, atMs: t.startMs }];
  });
}

export async function loadDemoRecordings(
  store: Store,
  conversations: readonly Conversation[],
  now: Date,
): Promise<number> {
  const timed = conversations
    .filter((c) => c.channel === 'voice' && c.turns.length > 0 && c.turns.every((t) => t.endMs !== undefined))
    .map((c) => ({ c, end: Math.max(...c.turns.map((t) => t.endMs ?? 0)) }))
    .sort((a, b) => a.end - b.end || a.c.id.localeCompare(b.c.id))
    .slice(0, HOW_MANY);
  for (const { c, end } of timed) {
    const audio = toneCallWav(demoRecordingLines(c), { sampleRate: RATE });
    await insertRecording(store, {
      id: `rec-demo-${c.id}`,
      conversationId: c.id,
      agentId: c.agentId ?? null,
      status: 'done',
      progress: 100,
      fileName: `${c.id}.wav`,
      contentType: 'audio/wav',
      sizeBytes: audio.length,
      sampleRate: RATE,
      channels: 2,
      durationMs: end + 500,
      engine: 'demo (tone code)',
      createdAt: now,
      updatedAt: now,
      audio,
    });
  }
  return timed.length;
}
