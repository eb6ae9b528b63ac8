// One row per turn → conversations, shared by CSV, XLSX and chat TSV. Rows are grouped by conversation id in
// order of first appearance and keep their file order within a conversation (chat messages with times are
// ordered by time, stably). A row with a bad cell is skipped and reported; its conversation is kept when it
// still has turns. Conversation-level columns (agent, start, channel) take the first non-empty value.
import {
  parseConversation,
  type ConversationInput,
  type FieldError,
  type Role,
} from '../core/conversation/schema.ts';
import { cellDateTime, cellOffset, cellText, type CellValue } from './cells.ts';
import type { ColumnKey } from './columns.ts';
import { isBlankRow, locateTable, type TableRow } from './header.ts';
import { roleOf, roleTable, unknownRoleMessage, type RoleTable } from './roles.ts';
import { inferIntegerUnit, type IntegerUnit } from './times.ts';
import type { Imported, ResolvedOptions } from './types.ts';
import { conversationIdFromFileName } from './file-name.ts';
import { formatZoned } from '../core/time/index.ts';

export interface TableDefaults {
  channel: 'voice' | 'chat';
}

interface TurnRow {
  line: number;
  role: Role;
  text: string;
  startMs: number | undefined;
  endMs: number | undefined;
  epochMs: number | undefined;
}

interface Group {
  id: string;
  firstLine: number;
  turns: TurnRow[];
  agentId?: string;
  startedAt?: number;
  channel?: 'voice' | 'chat';
}

const CHAT_WORDS = [
  'chat',
  '在线',
  '文字',
  '聊天',
  '微信',
  '公众号',
  '小程序',
  'app',
  'web',
  '网页',
  'im',
  '短信',
  'sms',
  '邮件',
  'email',
];
const VOICE_WORDS = [
  'voice',
  'call',
  'phone',
  'tel',
  'audio',
  '电话',
  '语音',
  '热线',
  '呼入',
  '呼出',
  '通话',
  '来电',
  '外呼',
];

export function channelOf(raw: string): 'voice' | 'chat' | undefined {
  const s = raw.normalize('NFKC').toLowerCase();
  if (VOICE_WORDS.some((w) => s.includes(w))) return 'voice';
  if (CHAT_WORDS.some((w) => s.includes(w))) return 'chat';
  return undefined;
}

/** Rows of one sheet or file (header included, found by `locateTable`) → conversations. */
export function tableToConversations(
  rows: readonly TableRow[],
  options: ResolvedOptions,
  defaults: TableDefaults,
): Imported {
  const located = locateTable(rows, options.mapping);
  if (!located.ok) return { conversations: [], errors: located.errors };
  const table = located.table;
  const errors: FieldError[] = [];
  const column = (i: number): CellValue[] => table.rows.map((r) => r.cells[i]);
  const cols = table.columns;
  const header = (key: ColumnKey): string => {
    const i = cols[key];
    return i === undefined ? key : (table.headers[i] ?? key);
  };
  const offsetColumns = (['startMs', 'endMs'] as const).flatMap((k) =>
    cols[k] === undefined ? [] : [cols[k]],
  );
  const unit = inferIntegerUnit(
    options.timeUnit,
    offsetColumns.map((i) => table.headers[i] ?? ''),
    offsetColumns.flatMap((i) => column(i).map(cellText)),
  );
  const roles = roleTable(options.speakerRoles);
  const fallbackId = options.conversationId ?? conversationIdFromFileName(options.fileName);
  if (cols.conversationId === undefined && fallbackId === '') {
    errors.push({
      line: table.headerLine,
      field: 'conversationId',
      message:
        'no conversation id column, no conversationId option and no file name to name the conversation',
    });
    return { conversations: [], errors };
  }
  const groups = new Map<string, Group>();

  for (const row of table.rows) {
    if (isBlankRow(row)) continue; // blank rows Excel leaves behind
    const get = (key: ColumnKey): CellValue => (cols[key] === undefined ? undefined : row.cells[cols[key]]);
    const fail = (key: ColumnKey, message: string): void => {
      errors.push({ line: row.line, field: header(key), message: `${message}; row skipped` });
    };
    const id = cols.conversationId === undefined ? fallbackId : cellText(get('conversationId'));
    if (id === '') {
      fail('conversationId', 'empty conversation id');
      continue;
    }
    const turn = readTurn(row.line, get, roles, unit, options.timeZone, fail);
    if (!turn) continue;
    let group = groups.get(id);
    if (!group) {
      group = { id, firstLine: row.line, turns: [] };
      groups.set(id, group);
    }
    group.turns.push(turn);
    readConversationFields(group, row.line, get, header, options.timeZone, errors);
  }

  const conversations = [];
  for (const group of groups.values()) {
    const input = assemble(group, defaults, options.timeZone);
    const parsed = parseConversation(input, group.firstLine);
    if (parsed.ok) conversations.push(parsed.conversation);
    else
      errors.push(
        ...parsed.errors.map((e) => ({ ...e, message: `${e.message}; conversation ${group.id} dropped` })),
      );
  }
  return { conversations, errors };
}

function readTurn(
  line: number,
  get: (key: ColumnKey) => CellValue,
  roles: RoleTable,
  unit: IntegerUnit,
  timeZone: string,
  fail: (key: ColumnKey, message: string) => void,
): TurnRow | undefined {
  const roleRaw = cellText(get('role'));
  const role = roleOf(roleRaw, roles);
  if (!role) return void fail('role', roleRaw === '' ? 'empty role' : unknownRoleMessage(roleRaw));
  const raw = get('text');
  // Windows sources write line breaks inside a cell as CRLF; the text layer expects \n
  const text = (typeof raw === 'string' ? raw.trim() : cellText(raw)).replace(/\r\n?/g, '\n');
  if (text === '') return void fail('text', 'empty text');
  const times: Partial<Record<'startMs' | 'endMs', number>> = {};
  for (const key of ['startMs', 'endMs'] as const) {
    const r = cellOffset(get(key), unit);
    if (r && !r.ok) return void fail(key, r.message);
    if (r?.ok) times[key] = r.ms;
  }
  if (times.startMs !== undefined && times.endMs !== undefined && times.endMs < times.startMs) {
    return void fail('endMs', `end ${times.endMs} ms is before start ${times.startMs} ms`);
  }
  const t = cellDateTime(get('time'), timeZone);
  if (t && !t.ok) return void fail('time', t.message);
  return {
    line,
    role,
    text,
    startMs: times.startMs,
    endMs: times.endMs,
    epochMs: t?.ok ? t.epochMs : undefined,
  };
}

function readConversationFields(
  group: Group,
  line: number,
  get: (key: ColumnKey) => CellValue,
  header: (key: ColumnKey) => string,
  timeZone: string,
  errors: FieldError[],
): void {
  const conflict = (key: ColumnKey, kept: string, got: string): void => {
    errors.push({
      line,
      field: header(key),
      message: `conversation ${group.id} already has ${kept}; "${got}" ignored (row imported)`,
    });
  };
  const agentId = cellText(get('agentId'));
  if (agentId !== '') {
    if (group.agentId === undefined) group.agentId = agentId;
    else if (group.agentId !== agentId) conflict('agentId', `agent ${group.agentId}`, agentId);
  }
  const started = cellDateTime(get('startedAt'), timeZone);
  if (started && !started.ok)
    errors.push({ line, field: header('startedAt'), message: `${started.message}; ignored` });
  else if (started?.ok) {
    if (group.startedAt === undefined) group.startedAt = started.epochMs;
    else if (group.startedAt !== started.epochMs)
      conflict('startedAt', 'an earlier start time', cellText(get('startedAt')));
  }
  const channelRaw = cellText(get('channel'));
  if (channelRaw !== '') {
    const channel = channelOf(channelRaw);
    if (!channel) {
      errors.push({
        line,
        field: header('channel'),
        message: `unknown channel "${channelRaw}" (voice or chat); ignored`,
      });
    } else if (group.channel === undefined) group.channel = channel;
    else if (group.channel !== channel) conflict('channel', `channel ${group.channel}`, channelRaw);
  }
}

function assemble(group: Group, defaults: TableDefaults, timeZone: string): ConversationInput {
  let turns = group.turns;
  const epochs = turns.flatMap((t) => (t.epochMs === undefined ? [] : [t.epochMs]));
  let base: number | undefined;
  if (epochs.length > 0) {
    base = Math.min(...epochs);
    // chat exports are usually in time order; a stable sort fixes the few that are not
    if (epochs.length === turns.length) turns = [...turns].sort((a, b) => a.epochMs! - b.epochMs!);
  }
  const startedAt = group.startedAt ?? base;
  return {
    id: group.id,
    channel: group.channel ?? defaults.channel,
    ...(group.agentId !== undefined ? { agentId: group.agentId } : {}),
    ...(startedAt !== undefined ? { startedAt: formatZoned(startedAt, timeZone) } : {}),
    turns: turns.map((t) => {
      // a chat message is instantaneous: it starts and ends when it was sent
      const startMs =
        t.startMs ?? (t.epochMs !== undefined && base !== undefined ? t.epochMs - base : undefined);
      const endMs = t.endMs ?? (t.epochMs !== undefined ? startMs : undefined);
      return {
        role: t.role,
        text: t.text,
        ...(startMs !== undefined ? { startMs } : {}),
        ...(endMs !== undefined ? { endMs } : {}),
      };
    }),
  };
}
