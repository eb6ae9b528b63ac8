// What every ASR vendor's result has in common once its envelope is peeled off: sentences with a time span, a
// text, and a channel (dual-channel call recordings), a diarized speaker or a role the vendor already decided.
// The vendor modules (aliyun.ts, tencent.ts, iflytek.ts, huawei.ts, volcengine.ts) only extract sentences;
// this module maps them to roles the same way for all of them, orders them in time, keeps the per-sentence
// measurements as turn meta and warns when the channels look swapped.
import {
  parseConversation,
  type Conversation,
  type FieldError,
  type Role,
} from '../core/conversation/schema.ts';
import { foldLabel, roleOf, roleTable } from './roles.ts';
import type { ResolvedOptions } from './types.ts';

export interface AsrSentence {
  /** JSON path of the sentence in the file, for error fields (`Result.Sentences.4`). */
  path: string;
  text: string;
  startMs: number;
  endMs: number;
  /** The recording channel (dual-channel calls): mapped with `channelRoles`. */
  channel?: string | undefined;
  /** A diarized speaker id on a mono recording: mapped with `speakerRoles`. */
  speaker?: string | undefined;
  /** A role the vendor already assigned (Huawei's AGENT/USER analysis). */
  role?: Role | undefined;
  /** Fields named in errors about the channel / the speaker (`Result.Sentences.4.ChannelId`). */
  channelField?: string | undefined;
  speakerField?: string | undefined;
  /** Per-sentence measurements kept on the turn (speechRate, emotion…). */
  meta?: Record<string, unknown> | undefined;
}

export interface AsrResult {
  /** Identifier of the vendor's task, used as the conversation id when nothing better names it. */
  taskId?: string | undefined;
  /** Vendor name recorded in the conversation's meta.source. */
  source: string;
  sentences: AsrSentence[];
  /** Errors found while extracting (bad sentences), already located. */
  errors: FieldError[];
  /** Conversation-level meta the vendor gives (duration…). */
  meta?: Record<string, unknown> | undefined;
}

export interface AsrAssembly {
  conversation?: Conversation | undefined;
  errors: FieldError[];
  warnings: FieldError[];
}

/**
 * Agent-side opening phrases (seed 002 服务用语: 您好，很高兴为您服务 / 工号 xxx 为您服务). A customer may say 你好
 * too, so only the phrases a caller would not say count.
 */
const AGENT_GREETING =
  /^(您好|你好)[，,、\s]*[^，,。？?]{0,12}(中心|热线|客服|服务台)[。！!，,]|很高兴为您服务|竭诚为您服务|为您服务|有什么可以帮(您|你)|欢迎(致电|来电)|工号\s*[0-9０-９]+|[0-9０-９]+\s*号(客服|坐席|座席|话务员)/;

/** Role of a sentence, or the reason there is none. */
function roleFor(
  s: AsrSentence,
  channels: ReadonlyMap<string, Role>,
  speakers: ReadonlyMap<string, Role>,
): { role: Role; via: 'vendor' | 'speaker' | 'channel' } | undefined {
  if (s.speaker !== undefined && speakers.size > 0) {
    const bySpeaker = roleOf(s.speaker, speakers);
    if (bySpeaker) return { role: bySpeaker, via: 'speaker' };
  }
  if (s.role !== undefined) return { role: s.role, via: 'vendor' };
  if (s.channel !== undefined) {
    const byChannel = channels.get(foldLabel(s.channel));
    if (byChannel) return { role: byChannel, via: 'channel' };
  }
  return undefined;
}

/**
 * Sentences → one conversation. A mono recording with several diarized speakers is refused unless
 * `speakerRoles` says who is who: guessing would charge the customer's words to the agent; the message
 * suggests a mapping from whoever opens with an agent greeting.
 */
export function assembleAsr(
  result: AsrResult,
  id: string,
  options: ResolvedOptions,
  lineOf: (path: string) => number,
  sentencesPath: string,
): AsrAssembly {
  const errors: FieldError[] = [...result.errors];
  const warnings: FieldError[] = [];
  const channels = roleTable(options.channelRoles);
  const speakers = roleTable(options.speakerRoles);

  const diarized = monoWithSpeakers(result.sentences);
  if (diarized && speakers.size === 0 && result.sentences.every((s) => s.role === undefined)) {
    const opener = result.sentences
      .slice()
      .sort((a, b) => a.startMs - b.startMs)
      .find((s) => AGENT_GREETING.test(s.text));
    const agent = opener?.speaker ?? diarized[0]!;
    const other = diarized.find((d) => d !== agent) ?? diarized[1]!;
    const hint = opener ? ` (speaker ${agent} opens with an agent greeting)` : '';
    const message = `recording with diarized speakers ${diarized.join(', ')} and no channels: set speakerRoles, e.g. {"${agent}":"agent","${other}":"customer"}${hint}; no conversation imported`;
    const field = result.sentences[0]?.speakerField ?? `${sentencesPath}.0`;
    return { errors: [...errors, { line: lineOf(field), field, message }], warnings };
  }

  const turns: { role: Role; via: string; s: AsrSentence; order: number }[] = [];
  result.sentences.forEach((s, order) => {
    const r = roleFor(s, channels, speakers);
    if (!r) {
      const what = [
        s.channel !== undefined ? `channel ${s.channel}` : '',
        s.speaker !== undefined ? `speaker ${s.speaker}` : '',
      ]
        .filter(Boolean)
        .join(' / ');
      const field =
        (s.speaker !== undefined && speakers.size > 0 ? s.speakerField : s.channelField) ??
        s.channelField ??
        s.speakerField ??
        s.path;
      errors.push({
        line: lineOf(field),
        field,
        message: `no role for ${what || 'this sentence'} (set channelRoles or speakerRoles); sentence skipped`,
      });
      return;
    }
    if (s.text.trim() === '') return; // silence segments carry no words; not an error
    turns.push({ role: r.role, via: r.via, s, order });
  });

  // vendors list each channel's sentences in turn; the conversation is their interleaving in time
  turns.sort((a, b) => a.s.startMs - b.s.startMs || a.order - b.order);

  const greeting = turns.find((t) => AGENT_GREETING.test(t.s.text));
  if (greeting && greeting.role === 'customer' && greeting.via === 'channel') {
    const agentChannel = greeting.s.channel ?? '';
    const other = Object.keys(options.channelRoles).find((k) => foldLabel(k) !== foldLabel(agentChannel));
    warnings.push({
      line: lineOf(greeting.s.path),
      field: greeting.s.path,
      message: `the first agent-like greeting ("${greeting.s.text.slice(0, 20)}") is on channel ${agentChannel}, mapped to customer: are the channels swapped? (set channelRoles, e.g. {"${agentChannel}":"agent"${other !== undefined ? `,"${other}":"customer"` : ''}})`,
    });
  }

  if (turns.length === 0) {
    errors.push({
      line: lineOf(sentencesPath),
      field: sentencesPath,
      message: 'no sentence with text; no conversation imported',
    });
    return { errors, warnings };
  }
  const meta: Record<string, unknown> = { source: result.source, ...(result.meta ?? {}) };
  if (result.taskId !== undefined) meta.taskId = result.taskId;
  const parsed = parseConversation(
    {
      id,
      channel: options.channel ?? 'voice',
      turns: turns.map(({ role, s }) => ({
        role,
        text: s.text.trim(),
        startMs: Math.round(s.startMs),
        endMs: Math.round(s.endMs),
        ...(s.meta !== undefined && Object.keys(s.meta).length > 0 ? { meta: s.meta } : {}),
      })),
      meta,
    },
    lineOf(sentencesPath),
  );
  if (!parsed.ok) return { errors: [...errors, ...parsed.errors], warnings };
  return { conversation: parsed.conversation, errors, warnings };
}

/** Distinct speakers when no sentence has a channel (or all share one) and there are at least two speakers. */
function monoWithSpeakers(sentences: readonly AsrSentence[]): string[] | undefined {
  const channels = new Set<string>();
  const speakers = new Set<string>();
  for (const s of sentences) {
    if (s.channel !== undefined) channels.add(s.channel);
    if (s.speaker !== undefined) speakers.add(s.speaker);
  }
  return channels.size <= 1 && speakers.size >= 2 ? [...speakers].sort() : undefined;
}

/** A number from a JSON value that may be a number or a numeric string; undefined otherwise. */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string or number id as a string; undefined for anything else. */
export function idText(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** Meta with only the defined values. */
export function definedMeta(entries: Record<string, unknown>): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entries)) if (v !== undefined && v !== null && v !== '') out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A vendor's result format: how to recognise it from its parsed JSON and how to extract its sentences. */
export interface AsrVendor {
  source: string;
  /** True when the parsed JSON value has this vendor's structure. */
  detect(root: unknown): boolean;
  /** The sentences, or why there are none (a failed task, no speech), with the field to blame. */
  extract(root: unknown, lineOf: (path: string) => number): AsrResult | { error: string; field: string };
}

const MS = 'expected milliseconds (a non-negative number)';

/**
 * Start and end of a sentence in ms from fields `startKey`/`endKey` of `raw` (numbers or numeric strings;
 * `scale` converts seconds). Reports a missing or negative time and an end before the start.
 */
export function sentenceTimes(
  raw: Record<string, unknown>,
  path: string,
  startKey: string,
  endKey: string,
  errors: FieldError[],
  lineOf: (path: string) => number,
  scale = 1,
): { startMs: number; endMs: number } | undefined {
  const start = num(raw[startKey]);
  const end = num(raw[endKey]);
  for (const [key, v] of [
    [startKey, start],
    [endKey, end],
  ] as const) {
    if (v === undefined || v < 0) {
      const field = `${path}.${key}`;
      errors.push({ line: lineOf(field), field, message: `${MS}; sentence skipped` });
      return undefined;
    }
  }
  const startMs = Math.round(start! * scale);
  const endMs = Math.round(end! * scale);
  if (endMs < startMs) {
    const field = `${path}.${endKey}`;
    errors.push({
      line: lineOf(field),
      field,
      message: `${endKey} ${String(raw[endKey])} is before ${startKey} ${String(raw[startKey])}; sentence skipped`,
    });
    return undefined;
  }
  return { startMs, endMs };
}
