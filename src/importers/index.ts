// Public API of the importers: read a file's bytes in any supported format into conversation v1.
// No file-system access here (callers pass bytes), so the CLI and the HTTP upload share it.
import { z } from 'zod';
import { roleSchema, type Role } from '../core/conversation/schema.ts';
import { looksLikeAliyun } from './aliyun.ts';
import { asrVendorOf, importAsr } from './asr-import.ts';
import { importChatTsv } from './chat-tsv.ts';
import { importCsv } from './csv.ts';
import { decodeSample, FORCEABLE_ENCODINGS, type ForcedEncoding } from './encoding.ts';
import { parsedJson } from './json-sniff.ts';
import { importJson, importJsonl } from './json.ts';
import { importSubtitles } from './subtitles.ts';
import type { ImportFormat, ImportOptions, ImportResult, Imported, ResolvedOptions } from './types.ts';
import { IMPORT_FORMATS } from './types.ts';
import { importXls } from './xls.ts';
import { importXlsx } from './xlsx.ts';
import { assertTimeZone } from '../core/time/index.ts';

export type { ImportFormat, ImportOptions, ImportResult, TimeUnit } from './types.ts';
export { IMPORT_FORMATS } from './types.ts';
export { FORCEABLE_ENCODINGS, type ForcedEncoding } from './encoding.ts';
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
  [/\.xls$/i, 'xls'],
  [/\.srt$/i, 'srt'],
  [/\.vtt$/i, 'vtt'],
  [/\.csv$/i, 'csv'],
  [/\.tsv$/i, 'chat-tsv'],
];

/**
 * The format of a file, from its extension and, where the extension does not decide (.json, .txt, none),
 * from its content: a ZIP signature is XLSX, an OLE2 signature is XLS, `WEBVTT` is WebVTT, `1` + `-->` is SRT.
 * JSON is recognised by its structure, parsing the whole file (the parse is reused by the importer): an ASR
 * vendor's result (or an array or JSON lines of them) is that vendor, anything else conversation v1 JSON or
 * JSONL. A tab-separated header is a chat TSV, anything else CSV.
 */
export function detectFormat(fileName: string, bytes: Uint8Array, encoding?: ForcedEncoding): ImportFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (OLE2.every((b, i) => bytes[i] === b)) return 'xls';
  const byExtension = EXTENSIONS.find(([re]) => re.test(fileName))?.[1];
  if (byExtension && byExtension !== 'jsonl') return byExtension;
  const sample = decodeSample(bytes, 8192, encoding);
  const head = sample.trimStart();
  if (!byExtension && /^WEBVTT(\s|$)/.test(head)) return 'vtt';
  if (!byExtension && /^\d+\s*\r?\n[^\n]*-->/.test(head)) return 'srt';
  if (head.startsWith('{') || head.startsWith('[')) {
    const parsed = parsedJson(bytes, encoding);
    if (parsed.kind === 'json') {
      const root = parsed.root;
      if (Array.isArray(root)) {
        const first = root.length > 0 ? asrVendorOf(root[0]) : undefined;
        return first && root.every((r) => asrVendorOf(r) === first) ? first : (byExtension ?? 'json');
      }
      return asrVendorOf(root) ?? byExtension ?? 'json';
    }
    if (parsed.kind === 'jsonl') {
      const first = parsed.records.find((r) => 'value' in r);
      const vendor = first && 'value' in first ? asrVendorOf(first.value) : undefined;
      return vendor ?? 'jsonl';
    }
    if (byExtension) return byExtension;
    return looksLikeAliyun(head) ? 'aliyun' : 'json';
  }
  if (byExtension) return byExtension;
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes('\t') ? 'chat-tsv' : 'csv';
}

/** The signature of an OLE2 compound file (Excel 97–2003 `.xls`). */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const roleRecord = z.record(z.string(), roleSchema);
/** Import options as JSON (an upload's `options`, a saved import profile); unknown keys are rejected. */
export const importOptionsSchema = z.strictObject({
  format: z.enum(IMPORT_FORMATS).optional(),
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
  encoding: z.enum(FORCEABLE_ENCODINGS).optional(),
  channel: z.enum(['voice', 'chat']).optional(),
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
  const format = options.format ?? detectFormat(fileName, bytes, resolved.encoding);
  const imported = await importAs(format, bytes, resolved);
  // errors in source order, whichever stage found them (a stable sort keeps a line's errors together)
  const errors = [...imported.errors].sort((a, b) => a.line - b.line);
  const warnings = [...(imported.warnings ?? [])].sort((a, b) => a.line - b.line);
  const conversations =
    resolved.channel === undefined
      ? imported.conversations
      : imported.conversations.map((c) => ({ ...c, channel: resolved.channel! }));
  return { format, conversations, errors, warnings };
}

async function importAs(
  format: ImportFormat,
  bytes: Uint8Array,
  options: ResolvedOptions,
): Promise<Imported> {
  switch (format) {
    case 'json':
      return importJson(bytes, options.encoding);
    case 'jsonl':
      return importJsonl(bytes, options.encoding);
    case 'csv':
      return importCsv(bytes, options);
    case 'xlsx':
      return importXlsx(bytes, options);
    case 'xls':
      return importXls(bytes, options);
    case 'aliyun':
    case 'tencent':
    case 'iflytek':
    case 'huawei':
    case 'volcengine':
      return importAsr(format, bytes, options);
    case 'srt':
      return importSubtitles(bytes, 'srt', options);
    case 'vtt':
      return importSubtitles(bytes, 'vtt', options);
    case 'chat-tsv':
      return importChatTsv(bytes, options);
  }
}

function resolveOptions(fileName: string, options: ImportOptions): ResolvedOptions {
  const r = importOptionsSchema.safeParse(options);
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
    encoding: o.encoding,
    channel: o.channel,
  };
}
