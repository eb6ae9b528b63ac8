// Shared types of the importers. The public names are re-exported from index.ts (the API the check CLI and
// the HTTP upload call); format modules import them from here to avoid an import cycle.
import type { Conversation, FieldError, Role } from '../core/conversation/schema.ts';
import type { ColumnMapping } from './columns.ts';

/** Encodings a caller may force (`--encoding`, import profiles); `gbk` and `gb2312` read as GB18030. */
export const FORCEABLE_ENCODINGS = [
  'utf-8',
  'gb18030',
  'gbk',
  'gb2312',
  'big5',
  'utf-16le',
  'utf-16be',
] as const;
export type ForcedEncoding = (typeof FORCEABLE_ENCODINGS)[number];

export const IMPORT_FORMATS = [
  'json',
  'jsonl',
  'csv',
  'xlsx',
  'aliyun',
  'srt',
  'vtt',
  'chat-tsv',
  'xls',
  'tencent',
  'iflytek',
  'huawei',
  'volcengine',
] as const;

export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** How bare integers in start/end columns are read (see README "Times"). */
export type TimeUnit = 'auto' | 'ms' | 's';

export interface ImportOptions {
  /** Force a format instead of detecting it from the file name and content. */
  format?: ImportFormat;
  /** IANA zone of the contact center, for date-times written without a zone. Default 'Asia/Shanghai'. */
  timeZone?: string;
  /** Column headers to use instead of the recognised defaults (CSV, XLSX, chat TSV). */
  mapping?: Partial<ColumnMapping>;
  /** Aliyun ChannelId → role. Default { '0': 'agent', '1': 'customer' }. */
  channelRoles?: Record<string, Role>;
  /** Speaker label / sender value → role (subtitles, chat TSV, CSV role column, Aliyun SpeakerId). */
  speakerRoles?: Record<string, Role>;
  /** Conversation id for single-conversation formats (Aliyun, SRT, VTT, tables without an id column). */
  conversationId?: string;
  /** XLSX: the worksheet to read (by name). Default: the first sheet. */
  sheet?: string;
  /** Unit of bare integers in start/end time columns. Default 'auto'. */
  timeUnit?: TimeUnit;
  /** Text encoding of CSV/TSV/JSON/subtitle bytes instead of detecting it (BOM, UTF-8, Big5, else GB18030). */
  encoding?: ForcedEncoding;
  /** voice or chat for every conversation of the file, instead of a channel column or the format's default. */
  channel?: 'voice' | 'chat';
}

export interface ImportResult {
  format: ImportFormat;
  conversations: Conversation[];
  errors: FieldError[];
  /** Things that were imported but look wrong (e.g. swapped channels); nothing was skipped for them. */
  warnings: FieldError[];
}

/** Options after defaults, as the format modules receive them. */
export interface ResolvedOptions {
  fileName: string;
  timeZone: string;
  mapping: Partial<ColumnMapping>;
  channelRoles: Record<string, Role>;
  speakerRoles: Record<string, Role>;
  conversationId: string | undefined;
  sheet: string | undefined;
  timeUnit: TimeUnit;
  encoding: ForcedEncoding | undefined;
  channel: 'voice' | 'chat' | undefined;
}

/** What every format module returns (index.ts adds the format tag). */
export interface Imported {
  conversations: Conversation[];
  errors: FieldError[];
  warnings?: FieldError[];
}
