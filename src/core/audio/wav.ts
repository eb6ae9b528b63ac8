// RIFF/WAVE reading and writing, pure (bytes in, samples out). Contact-center recorders write PCM WAV, 8 kHz telephone
// audio or 16 kHz wide-band, 16-bit, mono (one mixed or diarised channel) or stereo (one channel per party); that is
// what zhijian accepts (docs/stt.md). Other encodings (A-law, μ-law, MP3) are refused with a message naming them, so
// an operator converts them once (ffmpeg) instead of getting a silent wrong transcript.

export interface WavAudio {
  readonly sampleRate: number;
  readonly bitsPerSample: number;
  /** One Float32Array per channel, samples in [-1, 1). */
  readonly channels: readonly Float32Array[];
  readonly durationMs: number;
  /** Extra chunks by four-character id (e.g. `LIST`), kept raw for whoever knows them. */
  readonly chunks: ReadonlyMap<string, Uint8Array>;
}

export const WAV_SAMPLE_RATES = [8000, 16000] as const;

export class WavError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WavError';
  }
}

const FORMAT_NAMES: Record<number, string> = {
  3: 'IEEE float',
  6: 'A-law',
  7: 'μ-law',
  85: 'MP3',
  17: 'IMA ADPCM',
};

function fourcc(b: Uint8Array, at: number): string {
  return String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);
}

/** Reads the RIFF header and the PCM samples; throws WavError saying what is wrong with the file. */
export function parseWav(bytes: Uint8Array): WavAudio {
  if (bytes.length < 12 || fourcc(bytes, 0) !== 'RIFF' || fourcc(bytes, 8) !== 'WAVE') {
    throw new WavError('not a WAV file (no RIFF/WAVE header)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let fmt: { format: number; channels: number; sampleRate: number; bits: number } | undefined;
  let data: Uint8Array | undefined;
  const chunks = new Map<string, Uint8Array>();
  let at = 12;
  while (at + 8 <= bytes.length) {
    const id = fourcc(bytes, at);
    const size = view.getUint32(at + 4, true);
    const body = bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + size));
    if (id === 'fmt ') {
      if (body.length < 16) throw new WavError('fmt chunk too short');
      const fv = new DataView(body.buffer, body.byteOffset, body.byteLength);
      let format = fv.getUint16(0, true);
      // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
      if (format === 0xfffe && body.length >= 26) format = fv.getUint16(24, true);
      fmt = {
        format,
        channels: fv.getUint16(2, true),
        sampleRate: fv.getUint32(4, true),
        bits: fv.getUint16(14, true),
      };
    } else if (id === 'data') {
      data = body;
    } else {
      chunks.set(id, body);
    }
    at += 8 + size + (size % 2); // chunks are word-aligned
  }
  if (fmt === undefined) throw new WavError('WAV file without a fmt chunk');
  if (data === undefined) throw new WavError('WAV file without a data chunk');
  if (fmt.format !== 1) {
    const name = FORMAT_NAMES[fmt.format] ?? `format code ${fmt.format}`;
    throw new WavError(`${name} WAV is not supported: convert to 16-bit PCM (e.g. ffmpeg -acodec pcm_s16le)`);
  }
  if (fmt.bits !== 16) throw new WavError(`${fmt.bits}-bit PCM is not supported: 16-bit PCM only`);
  if (!(WAV_SAMPLE_RATES as readonly number[]).includes(fmt.sampleRate)) {
    throw new WavError(`sample rate ${fmt.sampleRate} Hz is not supported: 8000 or 16000 Hz`);
  }
  if (fmt.channels !== 1 && fmt.channels !== 2) {
    throw new WavError(`${fmt.channels} channels are not supported: mono or stereo`);
  }
  const frameBytes = 2 * fmt.channels;
  const frames = Math.floor(data.length / frameBytes);
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const channels = Array.from({ length: fmt.channels }, () => new Float32Array(frames));
  for (let i = 0; i < frames; i++) {
    for (let c = 0; c < fmt.channels; c++)
      channels[c]![i] = dv.getInt16(i * frameBytes + c * 2, true) / 32768;
  }
  return {
    sampleRate: fmt.sampleRate,
    bitsPerSample: 16,
    channels,
    durationMs: Math.round((frames * 1000) / fmt.sampleRate),
    chunks,
  };
}

/** 16-bit PCM WAV of the given channels (equal lengths), with optional extra chunks after `data`. */
export function encodeWav(
  sampleRate: number,
  channels: readonly Float32Array[],
  extra: readonly { id: string; body: Uint8Array }[] = [],
): Uint8Array {
  const n = channels[0]?.length ?? 0;
  const dataBytes = n * 2 * channels.length;
  const extraBytes = extra.reduce((s, e) => s + 8 + e.body.length + (e.body.length % 2), 0);
  const out = new Uint8Array(44 + dataBytes + extraBytes);
  const v = new DataView(out.buffer);
  const put = (at: number, s: string): void => {
    for (let i = 0; i < 4; i++) out[at + i] = s.charCodeAt(i);
  };
  put(0, 'RIFF');
  v.setUint32(4, out.length - 8, true);
  put(8, 'WAVE');
  put(12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true);
  v.setUint16(22, channels.length, true);
  v.setUint32(24, sampleRate, true);
  v.setUint32(28, sampleRate * 2 * channels.length, true);
  v.setUint16(32, 2 * channels.length, true);
  v.setUint16(34, 16, true);
  put(36, 'data');
  v.setUint32(40, dataBytes, true);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < channels.length; c++) {
      const s = Math.max(-1, Math.min(1, channels[c]![i]!));
      v.setInt16(44 + (i * channels.length + c) * 2, Math.round(s * 32767), true);
    }
  }
  let at = 44 + dataBytes;
  for (const e of extra) {
    put(at, e.id);
    v.setUint32(at + 4, e.body.length, true);
    out.set(e.body, at + 8);
    at += 8 + e.body.length + (e.body.length % 2);
  }
  return out;
}
