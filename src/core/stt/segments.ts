// What a speech-to-text engine returns, and how it becomes a conversation v1 (docs/product.md "Conversation v1"): one
// turn per segment in time order, the role from the channel (stereo: one channel per party, which one is the agent
// is configured) or from the engine's speaker label (mono with the vendor's diarisation). Stretches the engine was
// unsure of are marked in turn meta (`lowConfidence`), so rule evaluation sends hits there to review instead of
// deducting (src/core/rules/low-confidence.ts).
import type { Conversation, Role, Turn } from '../conversation/schema.ts';

export interface SttSegment {
  readonly startMs: number;
  readonly endMs: number;
  /** 0-based audio channel the segment was heard on. */
  readonly channel: number;
  /** Diarisation label of a mono recording (e.g. `spk0`), when the engine gives one. */
  readonly speaker?: string;
  readonly text: string;
  /** 0 … 1; absent when the engine gives none (then the segment is not marked). */
  readonly confidence?: number;
}

export interface TranscriptOptions {
  readonly id: string;
  readonly agentId?: string;
  readonly startedAt?: string;
  /** Stereo: the channel the agent is recorded on (the other one is the customer). */
  readonly agentChannel: number;
  /** Mono with diarisation: speaker label → role; unlabelled or unknown speakers default by order of appearance. */
  readonly speakerRoles?: Readonly<Record<string, Role>>;
  /** Segments below this confidence are marked low-confidence. */
  readonly minConfidence: number;
  readonly channels: number;
  readonly meta?: Record<string, unknown>;
}

/** A low-confidence stretch of a turn: UTF-16 span of its text, as `[start, end]`. */
export type Stretch = readonly [number, number];

function roleOf(seg: SttSegment, o: TranscriptOptions, seen: Map<string, Role>): Role {
  if (o.channels === 2) return seg.channel === o.agentChannel ? 'agent' : 'customer';
  const label = seg.speaker ?? '';
  const given = o.speakerRoles?.[label];
  if (given !== undefined) return given;
  let r = seen.get(label);
  if (r === undefined) {
    // The agent answers the call: the first voice heard is the agent's, the next one the customer's (unless the
    // upload already named the agent's label).
    const agentTaken =
      Object.values(o.speakerRoles ?? {}).includes('agent') || [...seen.values()].includes('agent');
    r = agentTaken ? 'customer' : 'agent';
    seen.set(label, r);
  }
  return r;
}

export function segmentsToConversation(segments: readonly SttSegment[], o: TranscriptOptions): Conversation {
  const ordered = segments
    .filter((s) => s.text.trim() !== '')
    .sort((a, b) => a.startMs - b.startMs || a.channel - b.channel);
  const seen = new Map<string, Role>();
  const turns: Turn[] = ordered.map((s) => {
    const text = s.text.trim();
    const meta: Record<string, unknown> = { channel: s.channel };
    if (s.speaker !== undefined) meta.speaker = s.speaker;
    if (s.confidence !== undefined) {
      meta.asrConfidence = Math.round(s.confidence * 1000) / 1000;
      if (s.confidence < o.minConfidence) meta.lowConfidence = [[0, text.length]];
    }
    return {
      role: roleOf(s, o, seen),
      text,
      startMs: Math.round(s.startMs),
      endMs: Math.round(s.endMs),
      meta,
    };
  });
  return {
    id: o.id,
    channel: 'voice',
    ...(o.agentId === undefined ? {} : { agentId: o.agentId }),
    ...(o.startedAt === undefined ? {} : { startedAt: o.startedAt }),
    turns,
    meta: { ...o.meta, source: 'stt' },
  };
}

/** The low-confidence stretches a turn's meta declares, ignoring malformed entries (turn meta is free-form input). */
export function lowConfidenceStretches(meta: Readonly<Record<string, unknown>> | undefined): Stretch[] {
  const raw = meta?.lowConfidence;
  if (!Array.isArray(raw)) return [];
  const out: Stretch[] = [];
  for (const s of raw) {
    if (
      Array.isArray(s) &&
      s.length === 2 &&
      typeof s[0] === 'number' &&
      typeof s[1] === 'number' &&
      s[1] > s[0]
    ) {
      out.push([s[0], s[1]]);
    }
  }
  return out;
}
