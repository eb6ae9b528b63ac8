// Alibaba Cloud 录音文件识别 (file transcription) results: sentences with ChannelId, BeginTime, EndTime (ms)
// and Text, optionally SpeakerId (speaker diarization on a mono recording). Accepted shapes: the query
// response `{ TaskId, StatusText, Result: { Sentences } }` (Result may also arrive as a JSON string), the bare
// `{ Result: { Sentences } }` and `{ Sentences }`. Dual-channel call-center recordings put the agent and the
// customer on separate channels; which is which depends on the switch, hence `channelRoles`.
import { z } from 'zod';
import { parseConversation, type FieldError, type Role } from '../core/conversation/schema.ts';
import { decodeText } from './encoding.ts';
import { conversationIdFromFileName } from './file-name.ts';
import { jsonSyntaxError, jsonValueLines, lineOfPath } from './json-locate.ts';
import { foldLabel, roleOf, roleTable } from './roles.ts';
import type { Imported, ResolvedOptions } from './types.ts';

const MS = 'expected milliseconds (a non-negative number)';
const intLike = z
  .union([z.number(), z.string().regex(/^\s*\d+(\.\d+)?\s*$/)], { error: MS })
  .transform(Number)
  .pipe(z.number().nonnegative({ error: MS }));
const sentenceSchema = z.object({
  ChannelId: z.union([z.number().int().nonnegative(), z.string().min(1)], {
    error: 'expected a channel number',
  }),
  BeginTime: intLike,
  EndTime: intLike,
  Text: z.string({ error: 'expected the sentence text' }),
  SpeakerId: z.union([z.string(), z.number()]).optional(),
});

/** Where the Sentences array sits in the file, and the task id if the envelope carries one. */
interface Located {
  sentences: unknown[];
  path: string;
  taskId: string | undefined;
}

export function importAliyun(bytes: Uint8Array, options: ResolvedOptions): Imported {
  const { text } = decodeText(bytes);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    const { line, message } = jsonSyntaxError(text, e);
    return { conversations: [], errors: [{ line, field: '', message }] };
  }
  const located = locate(root);
  if ('error' in located)
    return { conversations: [], errors: [{ line: 1, field: located.field, message: located.error }] };

  const errors: FieldError[] = [];
  let lines: Map<string, number> | undefined;
  const lineOf = (path: string): number => lineOfPath((lines ??= jsonValueLines(text)), path, 1);
  const channels = roleTable(options.channelRoles);
  const speakers = roleTable(options.speakerRoles);
  const turns: { role: Role; text: string; startMs: number; endMs: number; order: number }[] = [];

  const diarized = monoWithSpeakers(located.sentences);
  if (diarized && speakers.size === 0) {
    // one channel and several speakers: the channel says nothing about who is the agent, and guessing would
    // charge the customer's words to the agent
    const message = `mono recording with speakers ${diarized.join(', ')}: set speakerRoles (e.g. {"${diarized[0]}":"agent","${diarized[1]}":"customer"})`;
    return {
      conversations: [],
      errors: [{ line: lineOf(located.path), field: `${located.path}.0.SpeakerId`, message }],
    };
  }

  located.sentences.forEach((raw, index) => {
    const path = `${located.path}.${index}`;
    const r = sentenceSchema.safeParse(raw);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const field = [path, ...issue.path.map(String)].join('.');
        errors.push({ line: lineOf(field), field, message: `${issue.message}; sentence skipped` });
      }
      return;
    }
    const s = r.data;
    const role = roleFor(s.ChannelId, s.SpeakerId, channels, speakers);
    if (!role) {
      const field = `${path}.${s.SpeakerId !== undefined && speakers.size > 0 ? 'SpeakerId' : 'ChannelId'}`;
      const message = `no role for channel ${String(s.ChannelId)}${s.SpeakerId !== undefined ? ` / speaker ${String(s.SpeakerId)}` : ''} (set channelRoles or speakerRoles); sentence skipped`;
      errors.push({ line: lineOf(field), field, message });
      return;
    }
    if (s.EndTime < s.BeginTime) {
      const field = `${path}.EndTime`;
      errors.push({
        line: lineOf(field),
        field,
        message: `EndTime ${s.EndTime} is before BeginTime ${s.BeginTime}; sentence skipped`,
      });
      return;
    }
    const textValue = s.Text.trim();
    if (textValue === '') return; // silence segments carry no words; not an error
    turns.push({
      role,
      text: textValue,
      startMs: Math.round(s.BeginTime),
      endMs: Math.round(s.EndTime),
      order: index,
    });
  });

  // the service lists each channel's sentences in turn; the conversation is their interleaving in time
  turns.sort((a, b) => a.startMs - b.startMs || a.order - b.order);
  const id = options.conversationId ?? (conversationIdFromFileName(options.fileName) || located.taskId || '');
  const parsed = parseConversation(
    {
      id,
      channel: 'voice',
      turns: turns.map(({ role, text: t, startMs, endMs }) => ({ role, text: t, startMs, endMs })),
      ...(located.taskId !== undefined
        ? { meta: { source: 'aliyun-file-transcription', taskId: located.taskId } }
        : {}),
    },
    1,
  );
  if (!parsed.ok) return { conversations: [], errors: [...errors, ...parsed.errors] };
  if (turns.length === 0) {
    errors.push({ line: 1, field: located.path, message: 'no sentence with text; no conversation imported' });
    return { conversations: [], errors };
  }
  return { conversations: [parsed.conversation], errors };
}

/** Distinct SpeakerIds when every sentence is on one channel and there are at least two speakers. */
function monoWithSpeakers(sentences: unknown[]): string[] | undefined {
  const channels = new Set<string>();
  const speakers = new Set<string>();
  for (const s of sentences) {
    if (!isObject(s)) continue;
    if (typeof s.ChannelId === 'number' || typeof s.ChannelId === 'string') channels.add(String(s.ChannelId));
    if (typeof s.SpeakerId === 'number' || typeof s.SpeakerId === 'string') speakers.add(String(s.SpeakerId));
  }
  return channels.size === 1 && speakers.size >= 2 ? [...speakers].sort() : undefined;
}

function roleFor(
  channel: number | string,
  speaker: string | number | undefined,
  channels: ReadonlyMap<string, Role>,
  speakers: ReadonlyMap<string, Role>,
): Role | undefined {
  if (speaker !== undefined && speakers.size > 0) {
    const bySpeaker = roleOf(String(speaker), speakers);
    if (bySpeaker) return bySpeaker;
  }
  return channels.get(foldLabel(String(channel)));
}

function locate(root: unknown): Located | { error: string; field: string } {
  if (!isObject(root))
    return { error: 'expected a JSON object with Result.Sentences or Sentences', field: '' };
  const taskId = typeof root.TaskId === 'string' ? root.TaskId : undefined;
  if (Array.isArray(root.Sentences)) return { sentences: root.Sentences, path: 'Sentences', taskId };
  let result: unknown = root.Result;
  if (typeof result === 'string') {
    try {
      result = JSON.parse(result);
    } catch {
      return { error: 'Result is a string but not JSON', field: 'Result' };
    }
  }
  if (isObject(result) && Array.isArray(result.Sentences)) {
    return { sentences: result.Sentences, path: 'Result.Sentences', taskId };
  }
  const status = typeof root.StatusText === 'string' ? ` (StatusText ${root.StatusText})` : '';
  return {
    error: `no Result.Sentences array in the transcription result${status}`,
    field: 'Result.Sentences',
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True when a parsed JSON value looks like an Alibaba Cloud transcription result (for format detection). */
export function looksLikeAliyun(sample: string): boolean {
  return /"Sentences"\s*:/.test(sample) && /"(BeginTime|ChannelId)"\s*:/.test(sample);
}
