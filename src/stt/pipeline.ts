// Audio in → segments out, for a whole recording or a live stream, over any engine (./engine.ts).
import type { WavAudio } from '../core/audio/wav.ts';
import { detectUtterances, type Utterance } from '../core/audio/vad.ts';
import type { SttSegment } from '../core/stt/segments.ts';
import type { SttEngine } from './engine.ts';

const ms = (samples: number, rate: number): number => Math.round((samples * 1000) / rate);

async function utterancesOf(engine: SttEngine, x: Float32Array, rate: number): Promise<Utterance[]> {
  return engine.segment ? engine.segment(x, rate) : detectUtterances(x, rate);
}

/** Every channel of a recording; `onProgress` gets 0 … 1 as utterances are recognised. */
export async function transcribeAudio(
  engine: SttEngine,
  audio: Pick<WavAudio, 'sampleRate' | 'channels'>,
  onProgress?: (share: number) => Promise<void> | void,
): Promise<SttSegment[]> {
  const rate = audio.sampleRate;
  const work: { channel: number; u: Utterance }[] = [];
  for (let c = 0; c < audio.channels.length; c++) {
    for (const u of await utterancesOf(engine, audio.channels[c]!, rate)) work.push({ channel: c, u });
  }
  const out: SttSegment[] = [];
  for (let i = 0; i < work.length; i++) {
    const { channel, u } = work[i]!;
    const r = await engine.recognise(audio.channels[channel]!.subarray(u.start, u.end), rate);
    out.push(segment(channel, u, rate, 0, r));
    await onProgress?.((i + 1) / work.length);
  }
  return out;
}

function segment(
  channel: number,
  u: Utterance,
  rate: number,
  offset: number,
  r: { text: string; confidence?: number; speaker?: string },
): SttSegment {
  return {
    startMs: ms(offset + u.start, rate),
    endMs: ms(offset + u.end, rate),
    channel,
    text: r.text,
    ...(r.confidence === undefined ? {} : { confidence: r.confidence }),
    ...(r.speaker === undefined ? {} : { speaker: r.speaker }),
  };
}

/**
 * A live stream of one channel: chunks of samples go in, a segment comes out as soon as a pause closes an utterance
 * (so a live check can see the sentence while the call goes on); `end()` flushes the last one.
 */
export class SttStream {
  private buf = new Float32Array(0);
  /** Samples already dropped from the front of `buf`. */
  private offset = 0;

  constructor(
    private readonly engine: SttEngine,
    private readonly sampleRate: number,
    private readonly channel = 0,
    private readonly pauseMs = 250,
  ) {}

  async accept(chunk: Float32Array): Promise<SttSegment[]> {
    const next = new Float32Array(this.buf.length + chunk.length);
    next.set(this.buf);
    next.set(chunk, this.buf.length);
    this.buf = next;
    const us = detectUtterances(this.buf, this.sampleRate, { minPauseMs: this.pauseMs });
    const pause = Math.round((this.pauseMs * this.sampleRate) / 1000);
    // An utterance is closed once a full pause follows it inside the buffer.
    const closed = us.filter((u) => this.buf.length - u.end > pause);
    return this.emit(closed);
  }

  async end(): Promise<SttSegment[]> {
    return this.emit(detectUtterances(this.buf, this.sampleRate, { minPauseMs: this.pauseMs }));
  }

  private async emit(us: Utterance[]): Promise<SttSegment[]> {
    const out: SttSegment[] = [];
    for (const u of us) {
      const r = await this.engine.recognise(this.buf.subarray(u.start, u.end), this.sampleRate);
      out.push(segment(this.channel, u, this.sampleRate, this.offset, r));
    }
    const last = us[us.length - 1];
    if (last !== undefined) {
      this.offset += last.end;
      this.buf = this.buf.slice(last.end);
    }
    return out;
  }
}
