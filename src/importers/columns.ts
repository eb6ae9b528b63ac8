// Which column holds what, in tables exported from call-center and chat systems (CSV, XLSX, chat TSV).
// Headers are matched after folding (case, full-width, spaces, underscores, brackets), so `Conversation ID`,
// `conversation_id` and `会话ID` all match. The user can name any column explicitly with `mapping`.
import { simplifyLabel } from './traditional.ts';

/** The header (as written in the file) of each column the importer reads. */
export interface ColumnMapping {
  /** Groups rows into conversations. Without it the whole table is one conversation. */
  conversationId: string;
  /** Role of the turn's speaker, or the sender of a chat message. */
  role: string;
  text: string;
  /** Turn start, offset from call start (ms, seconds or mm:ss; README "Times"). */
  startMs: string;
  /** Turn end, offset from call start. */
  endMs: string;
  /** Chat message date-time; turn offsets are taken relative to the conversation's first message. */
  time: string;
  agentId: string;
  /** Date-time the conversation started; without a zone it is read in the contact center's zone. */
  startedAt: string;
  /** voice or chat (电话/语音/热线 or 在线/文字/微信…). */
  channel: string;
}

export type ColumnKey = keyof ColumnMapping;

/** Recognised headers per column, most specific first (a header is claimed by one column only). */
// prettier-ignore
export const DEFAULT_HEADERS: Readonly<Record<ColumnKey, readonly string[]>> = {
  conversationId: [
    '会话ID', '会话编号', '会话id', '通话ID', '通话编号', '通话流水号', '呼叫ID', '呼叫编号', '录音ID', '录音编号', '对话ID', '流水号',
    'conversation_id', 'conversationId', 'call_id', 'callId', 'session_id', 'sessionId', 'dialog_id',
    'dialogue_id', 'chat_id', 'record_id', 'id',
  ],
  role: [
    // a chat export with both 发送方 (a name) and 发送方类型 (客服/访客) must take the type
    '发送方类型', '发送者类型', '发送人类型', '消息发送方类型', '角色类型', '用户类型', 'sender_type', 'sender_role', 'from_type',
    '角色', '说话人', '说话方', '发言人', '发言方', '身份', '发送方', '发送人', '发送者', '消息发送方', 'role', 'speaker', 'sender', 'from',
    'speaker_role',
  ],
  text: [
    '内容', '文本', '对话内容', '通话内容', '识别文本', '识别结果', '转写文本', '转写内容', '消息', '消息内容', '聊天内容', '话术', '语句',
    // session-per-row exports: the whole transcript in one cell
    '聊天记录', '会话记录', '对话记录', '会话内容', '聊天内容详情', '对话详情', 'text',
    'content', 'message', 'msg', 'utterance', 'transcript', 'sentence',
  ],
  startMs: [
    '开始时间', '起始时间', '开始', '开始时刻', '开始秒', '开始时间(毫秒)', '开始时间(秒)', '起始毫秒', '开始毫秒', 'start_ms', 'begin_ms',
    'start_s', 'start_sec', 'start', 'start_time', 'begin', 'begin_time', 'offset',
    // a bare 时间/time column holding offsets (00:01:05) rather than date-times is the turn start
    '时间', 'time',
  ],
  endMs: [
    '结束时间', '终止时间', '结束', '结束时刻', '结束秒', '结束时间(毫秒)', '结束时间(秒)', '结束毫秒', 'end_ms', 'end_s', 'end_sec', 'end',
    'end_time', 'stop', 'stop_time',
  ],
  time: [
    '时间', '发送时间', '消息时间', '消息发送时间', '时间戳', '聊天时间', '回复时间', 'time', 'timestamp', 'datetime', 'send_time', 'sent_at',
    'created_at', 'msg_time', 'message_time',
  ],
  agentId: [
    '坐席工号', '座席工号', '客服工号', '工号', '坐席ID', '座席ID', '客服ID', '坐席编号', '座席编号', '客服编号', 'agent_id', 'agentId',
    'staff_id', 'employee_id', 'agent_no', 'agent',
  ],
  startedAt: [
    '通话开始时间', '会话开始时间', '通话时间', '呼叫时间', '来电时间', '接通时间', '开始时间', '会话时间', 'started_at', 'startedAt', 'start_at',
    'call_time', 'call_start', 'call_start_time', 'session_start',
  ],
  channel: [
    '渠道', '通道', '渠道类型', '会话类型', '媒体类型', '接入渠道', 'channel', 'channel_type', 'media', 'medium',
  ],
};

/** Keys whose column must hold calendar date-times rather than offsets within the call. */
const DATE_TIME_KEYS: ReadonlySet<ColumnKey> = new Set<ColumnKey>(['time', 'startedAt']);
const OFFSET_KEYS: ReadonlySet<ColumnKey> = new Set<ColumnKey>(['startMs', 'endMs']);

/** Resolution order: the unambiguous columns first, then the time columns that may share a header. */
const KEY_ORDER: readonly ColumnKey[] = [
  'conversationId',
  'role',
  'text',
  'agentId',
  'channel',
  'time',
  'startedAt',
  'startMs',
  'endMs',
];

export function foldHeader(raw: string): string {
  return simplifyLabel(raw)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-()[\]（）【】.]/g, '');
}

/** How a column's values look, so `开始时间` can mean the call's start (date-time) or a turn's offset. */
export type ColumnContent = 'date-time' | 'other' | 'empty';

export type ResolvedColumns = Partial<Record<ColumnKey, number>>;

export type ColumnResolution =
  | { ok: true; columns: ResolvedColumns }
  | { ok: false; missing: { key: ColumnKey; header: string | undefined }[] };

/**
 * Find each column: an explicit mapping by header name, else the first recognised header (in alias order)
 * whose content fits (date-time columns must hold date-times, offset columns must not). `text` and `role`
 * are required.
 */
export function resolveColumns(
  headers: readonly string[],
  mapping: Partial<ColumnMapping>,
  contentOf: (column: number) => ColumnContent,
  required: readonly ColumnKey[] = ['role', 'text'],
): ColumnResolution {
  const folded = headers.map(foldHeader);
  const claimed = new Set<number>();
  const columns: ResolvedColumns = {};
  const missing: { key: ColumnKey; header: string | undefined }[] = [];

  for (const key of KEY_ORDER) {
    const wanted = mapping[key];
    if (wanted === undefined) continue;
    const index = folded.indexOf(foldHeader(wanted));
    if (index < 0) missing.push({ key, header: wanted });
    else {
      columns[key] = index;
      claimed.add(index);
    }
  }
  for (const key of KEY_ORDER) {
    if (columns[key] !== undefined || mapping[key] !== undefined) continue;
    for (const alias of DEFAULT_HEADERS[key]) {
      const index = folded.findIndex((h, i) => h === foldHeader(alias) && !claimed.has(i));
      if (index < 0) continue;
      const content = contentOf(index);
      if (DATE_TIME_KEYS.has(key) && content === 'other') continue;
      if (OFFSET_KEYS.has(key) && content === 'date-time') continue;
      columns[key] = index;
      claimed.add(index);
      break;
    }
  }
  for (const key of required) {
    if (columns[key] === undefined && !missing.some((m) => m.key === key))
      missing.push({ key, header: undefined });
  }
  return missing.length ? { ok: false, missing } : { ok: true, columns };
}

export function missingColumnMessage(key: ColumnKey, header: string | undefined): string {
  return header === undefined
    ? `no ${key} column (recognised headers: ${DEFAULT_HEADERS[key].slice(0, 6).join(', ')}…; or set mapping.${key})`
    : `mapping.${key}: no column headed "${header}"`;
}
