// Public API of the importers: read a file's bytes in any supported format into conversation v1.
// No file-system access here (callers pass bytes), so the CLI and the HTTP upload share it.
import { z } from 'zod';
import { roleSchema, type Role } from '../core/conversation/schema.ts';
import { importAliyun, looksLikeAliyun } from './aliyun.ts';
import { importChatTsv } from './chat-tsv.ts';
import { importCsv } from './csv.ts';
import { decodeSample } from './encoding.ts';
import { importJson, importJsonl } from './json.ts';
import { importSubtitles } from './subtitles.ts';
import type { ImportFormat, ImportOptions, ImportResult, Imported, ResolvedOptions } from './types.ts';
import { importXlsx } from './xlsx.ts';
import { assertTimeZone } from '../core/time/index.ts';

export type { ImportFormat, ImportOptions, ImportResult, TimeUnit } from './types.ts';
export { IMPORT_FORMATS } from './types.ts';
export type { ColumnMapping, ColumnKey } from './columns.ts';
export { DEFAULT_HEADERS } from './columns.ts';
export { parseJsonlLine } from './json.ts';
export type { Conversation, FieldError, ParseResult, Role } from '../core/conversation/schema.ts';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
/** Dual-channel call recordings: the agent on channel 0, the customer on channel 1 (the usual switch setup). */
export const DEFAULT_CHANNEL_ROLES: Readonly<Record<string, Role>> = { '0': 'agent', '1': 'customer' };

const EXTENSIONS: readonly [RegExp, ImportFormat][] = [
  [/\.(jsonl|ndjson)$/i, 'jsonl'],
  [/\.(xlsx|xlsm)$/i, 'xlsx'],
  [/\.srt$/i, 'srt'],
  [/\.vtt$/i, 'vtt'],
  [/\.csv$/i, 'csv'],
  [/\.tsv$/i, 'chat-tsv'],
];

/**
 * The format of a file, from its extension and, where the extension does not decide (.json, .txt, none),
 * from its first bytes: a ZIP signature is XLSX, `WEBVTT` is WebVTT, `1` + `-->` is SRT, JSON with
 * `Sentences`/`BeginTime` is an Alibaba Cloud result, several lines each holding an object are JSONL, other
 * JSON is JSON, a tab-separated header is a chat TSV, anything else CSV.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  const sample = decodeSample(bytes);
  const byExtension = EXTENSIONS.find(([re]) => re.test(fileName))?.[1];
  if (byExtension) return byExtension;
  const head = sample.trimStart();
  if (/^WEBVTT(\s|$)/.test(head)) return 'vtt';
  if (/^\d+\s*\r?\n[^\n]*-->/.test(head)) return 'srt';
  if (head.startsWith('{') || head.startsWith('[')) {
    if (looksLikeAliyun(head)) return 'aliyun';
    if (head.startsWith('{') && /\}\s*\r?\n\s*\{/.test(head)) return 'jsonl';
    const lines = head.split('\n').filter((l) => l.trim() !== '');
    const objectLines = lines.slice(0, 3).filter((l) => /^\s*\{.*\}\s*$/.test(l));
    return lines.length > 1 && objectLines.length >= Math.min(2, lines.length) ? 'jsonl' : 'json';
  }
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes('\t') ? 'chat-tsv' : 'csv';
}

const roleRecord = z.record(z.string(), roleSchema);
const optionsSchema = z.object({
  format: z.enum(['json', 'jsonl', 'csv', 'xlsx', 'aliyun', 'srt', 'vtt', 'chat-tsv']).optional(),
  timeZone: z.string().min(1).optional(),
  mapping: z
    .object({
      conversationId: z.string(),
      role: z.string(),
      text: z.string(),
      startMs: z.string(),
      endMs: z.string(),
      time: z.string(),
      agentId: z.string(),
      startedAt: z.string(),
      channel: z.string(),
    })
    .partial()
    .strict()
    .optional(),
  channelRoles: roleRecord.optional(),
  speakerRoles: roleRecord.optional(),
  conversationId: z.string().min(1).optional(),
  sheet: z.string().min(1).optional(),
  timeUnit: z.enum(['auto', 'ms', 's']).optional(),
});

/**
 * Read one file into conversations. Bad records are reported in `errors` (line and field) and the valid ones
 * are kept; bad options (an unknown time zone or role, a misspelt mapping key) throw a RangeError, since no
 * record could be read correctly with them.
 */
export async function importBuffer(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const resolved = resolveOptions(fileName, options);
  const format = options.format ?? detectFormat(fileName, bytes);
  const imported = await importAs(format, bytes, resolved);
  // errors in source order, whichever stage found them (a stable sort keeps a line's errors together)
  const errors = [...imported.errors].sort((a, b) => a.line - b.line);
  return { format, conversations: imported.conversations, errors };
}

async function importAs(
  format: ImportFormat,
  bytes: Uint8Array,
  options: ResolvedOptions,
): Promise<Imported> {
  switch (format) {
    case 'json':
      return importJson(bytes);
    case 'jsonl':
      return importJsonl(bytes);
    case 'csv':
      return importCsv(bytes, options);
    case 'xlsx':
      return importXlsx(bytes, options);
    case 'aliyun':
      return importAliyun(bytes, options);
    case 'srt':
      return importSubtitles(bytes, 'srt', options);
    case 'vtt':
      return importSubtitles(bytes, 'vtt', options);
    case 'chat-tsv':
      return importChatTsv(bytes, options);
  }
}

function resolveOptions(fileName: string, options: ImportOptions): ResolvedOptions {
  const r = optionsSchema.safeParse(options);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new RangeError(`import options: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const o = r.data;
  const timeZone = o.timeZone ?? DEFAULT_TIME_ZONE;
  assertTimeZone(timeZone);
  return {
    fileName,
    timeZone,
    mapping: o.mapping ?? {},
    channelRoles: o.channelRoles ?? { ...DEFAULT_CHANNEL_ROLES },
    speakerRoles: o.speakerRoles ?? {},
    conversationId: o.conversationId,
    sheet: o.sheet,
    timeUnit: o.timeUnit ?? 'auto',
  };
}
