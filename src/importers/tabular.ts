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
import { isBlankRow, locateTable, type Table, type TableRow } from './header.ts';
import { parseLabel } from './speaker-labels.ts';
import { parseOffset } from './times.ts';
import { parseDateTime } from './zoned-time.ts';
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
  if (!located.ok) {
    // no role column: a session-per-row export with the whole transcript in one cell (客服：… / 客户：…)
    const textOnly = locateTable(rows, options.mapping, ['text']);
    if (textOnly.ok && holdsTranscripts(textOnly.table, options)) {
      return transcriptsToConversations(textOnly.table, options, defaults);
    }
    return { conversations: [], errors: located.errors };
  }
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

  return finish(groups, errors, chatByDefault(cols, defaults), options.timeZone);
}

/**
 * A table of messages with send times and no offsets within a call is a chat log, whatever the file type:
 * a chat exported to CSV or Excel must not be labelled a voice call.
 */
function chatByDefault(cols: Table['columns'], defaults: TableDefaults): TableDefaults {
  return cols.time !== undefined && cols.startMs === undefined && cols.endMs === undefined
    ? { channel: 'chat' }
    : defaults;
}

function finish(
  groups: ReadonlyMap<string, Group>,
  errors: FieldError[],
  defaults: TableDefaults,
  timeZone: string,
): Imported {
  const conversations = [];
  for (const group of groups.values()) {
    const input = assemble(group, defaults, timeZone);
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

/** Optional time before a speaker label in a one-cell transcript: `[00:01:05]`, `09:30:02`, `2026-10-08 09:30:02`. */
const LINE_TIME =
  /^\s*[[(（【]?\s*((?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\s*[\])）】]?\s*/;

/** Whether most of the first non-empty text cells hold several lines that start with a speaker label. */
function holdsTranscripts(table: Table, options: ResolvedOptions): boolean {
  const col = table.columns.text;
  if (col === undefined) return false;
  const roles = roleTable(options.speakerRoles);
  let seen = 0;
  let labelled = 0;
  for (const row of table.rows) {
    const v = row.cells[col];
    if (typeof v !== 'string' || v.trim() === '') continue;
    seen++;
    const lines = v.split(/\r?\n/).filter((l) => l.trim() !== '');
    const withLabel = lines.filter((l) => parseLabel(l.replace(LINE_TIME, ''), roles).kind === 'role');
    if (withLabel.length >= 1 && withLabel.length * 2 >= lines.length) labelled++;
    if (seen >= 20) break;
  }
  return seen > 0 && labelled * 2 > seen;
}

/**
 * One row per conversation, the transcript in one cell: each line `[time] 客服：…` is a turn; a line without
 * a label continues the previous turn; a leading clock time is an offset in the call, a date-time a chat
 * message's time (read like the time column of a message-per-row table).
 */
function transcriptsToConversations(
  table: Table,
  options: ResolvedOptions,
  defaults: TableDefaults,
): Imported {
  const errors: FieldError[] = [];
  const cols = table.columns;
  const textCol = cols.text!;
  const header = (key: ColumnKey): string => {
    const i = cols[key];
    return i === undefined ? key : (table.headers[i] ?? key);
  };
  const roles = roleTable(options.speakerRoles);
  const stem = options.conversationId ?? conversationIdFromFileName(options.fileName);
  const groups = new Map<string, Group>();
  let n = 0;
  let dated = false;
  for (const row of table.rows) {
    if (isBlankRow(row)) continue;
    n++;
    const get = (key: ColumnKey): CellValue => (cols[key] === undefined ? undefined : row.cells[cols[key]]);
    const id = cols.conversationId === undefined ? `${stem}-${n}` : cellText(get('conversationId'));
    if (id === '') {
      errors.push({
        line: row.line,
        field: header('conversationId'),
        message: 'empty conversation id; row skipped',
      });
      continue;
    }
    if (groups.has(id)) {
      errors.push({
        line: row.line,
        field: header('conversationId'),
        message: `conversation ${id} appears on an earlier row; row skipped`,
      });
      continue;
    }
    const group: Group = { id, firstLine: row.line, turns: [] };
    const cell = row.cells[textCol];
    const lines = (typeof cell === 'string' ? cell : cellText(cell)).split(/\r?\n/);
    for (const [k, rawLine] of lines.entries()) {
      if (rawLine.trim() === '') continue;
      const time = LINE_TIME.exec(rawLine);
      const rest = time ? rawLine.slice(time[0].length) : rawLine;
      const label = parseLabel(rest, roles);
      const last = group.turns[group.turns.length - 1];
      if (label.kind === 'none' && !time) {
        if (last) last.text += `\n${label.text}`;
        else
          errors.push({
            line: row.line,
            field: header('text'),
            message: `line ${k + 1} of the cell has no speaker; line skipped`,
          });
        continue;
      }
      if (label.kind !== 'role') {
        const what = label.kind === 'unknown' ? unknownRoleMessage(label.label) : 'no speaker label';
        errors.push({
          line: row.line,
          field: header('text'),
          message: `line ${k + 1} of the cell: ${what}; line skipped`,
        });
        continue;
      }
      const turn: TurnRow = {
        line: row.line,
        role: label.role,
        text: label.text,
        startMs: undefined,
        endMs: undefined,
        epochMs: undefined,
      };
      if (time) {
        const t = time[1]!;
        if (/^\d{4}/.test(t)) {
          const d = parseDateTime(t, options.timeZone);
          if (d.ok) {
            turn.epochMs = d.epochMs;
            dated = true;
          }
        } else {
          const o = parseOffset(t, 's');
          if (o.ok) turn.startMs = turn.endMs = o.ms;
        }
      }
      if (label.text !== '') group.turns.push(turn);
    }
    if (group.turns.length === 0) {
      errors.push({
        line: row.line,
        field: header('text'),
        message: 'no speaker-labelled line in the transcript; row skipped',
      });
      continue;
    }
    // a timed line marks where a turn starts; it lasts until the next one starts (the last one is a moment)
    group.turns.forEach((t, i) => {
      const next = group.turns[i + 1];
      if (t.startMs !== undefined && next?.startMs !== undefined && next.startMs >= t.startMs)
        t.endMs = next.startMs;
    });
    groups.set(id, group);
    readConversationFields(group, row.line, get, header, options.timeZone, errors);
  }
  return finish(groups, errors, dated ? { channel: 'chat' } : defaults, options.timeZone);
}
