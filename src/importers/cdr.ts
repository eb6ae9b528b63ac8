// Call-detail records from the switch: who hung up, holds and transfers, with their times, joined onto the
// transcripts of the same calls so the hang-up, hold and silence rules see real call events (seed 002 主动随意
// 挂机, seed 003 挂机规范) without hand-written JSON. Read:
//  - FreeSWITCH mod_cdr_csv: with a header row naming the variables, or the `example` template of
//    cdr_csv.conf.xml without one (caller_id_name … write_codec); a 16th column is sip_hangup_disposition.
//  - FreeSWITCH mod_json_cdr (`{ "variables": {…}, "callflow": … }`, one object, an array or one per line) and
//    mod_xml_cdr (`<cdr><variables><uuid>…</uuid>…</variables></cdr>`, values URL-encoded).
//  - Asterisk cdr_csv Master.csv (accountcode, src, dst, … disposition, amaflags, uniqueid, userfield) and
//    cel_custom's Master.csv (eventtype, eventtime, … uniqueid, linkedid, peer, userfield, userdeftype, extra).
// Who hung up: FreeSWITCH's sip_hangup_disposition on the customer's leg (recv_bye: the customer hung up;
// send_bye: the switch hung up on the customer because the agent did); Asterisk CEL's HANGUP hangupsource
// (the caller's channel: the customer; another channel: the agent). Asterisk CDRs carry no hang-up side.
// Offsets count from when the call was answered (recordings start there), in ms.
import type { Conversation, ConversationEvent, FieldError } from '../core/conversation/schema.ts';
import { parseDelimited, sniffDelimiter } from './delimited.ts';
import { decodeText, type ForcedEncoding } from './encoding.ts';
import { formatZoned } from '../core/time/index.ts';
import { parseDateTime } from './zoned-time.ts';

export type CdrFormat =
  'freeswitch-csv' | 'freeswitch-json' | 'freeswitch-xml' | 'asterisk-cdr' | 'asterisk-cel';

/** One call as the switch saw it. */
export interface CallRecord {
  /** Line (CSV) or record number (JSON) of the record, for messages. */
  line: number;
  /** Every id the call is known by (uuid, SIP Call-ID, b-leg uuid, Asterisk uniqueid / linkedid). */
  ids: string[];
  caller?: string | undefined;
  callee?: string | undefined;
  /** Epoch ms. */
  answeredAt?: number | undefined;
  startedAt?: number | undefined;
  endedAt?: number | undefined;
  agentId?: string | undefined;
  /** Events with offsets from the answer. */
  events: ConversationEvent[];
  meta: Record<string, unknown>;
}

export interface CdrOptions {
  timeZone: string;
  encoding?: ForcedEncoding | undefined;
  /** inbound (热线, default): the caller is the customer; outbound (外呼): the called party is. */
  callDirection?: 'inbound' | 'outbound' | undefined;
}

export interface CdrRead {
  format: CdrFormat;
  records: CallRecord[];
  errors: FieldError[];
}

// cdr_csv.conf.xml `example` template (FreeSWITCH 1.10), the default of mod_cdr_csv
const FS_EXAMPLE = [
  'caller_id_name',
  'caller_id_number',
  'destination_number',
  'context',
  'start_stamp',
  'answer_stamp',
  'end_stamp',
  'duration',
  'billsec',
  'hangup_cause',
  'uuid',
  'bleg_uuid',
  'accountcode',
  'read_codec',
  'write_codec',
  'sip_hangup_disposition',
];
// Asterisk cdr_csv (Master.csv) columns, uniqueid and userfield when loguniqueid / loguserfield are on
const AST_CDR = [
  'accountcode',
  'src',
  'dst',
  'dcontext',
  'clid',
  'channel',
  'dstchannel',
  'lastapp',
  'lastdata',
  'start',
  'answer',
  'end',
  'duration',
  'billsec',
  'disposition',
  'amaflags',
  'uniqueid',
  'userfield',
];
// cel_custom.conf.sample Master.csv mapping
const AST_CEL = [
  'eventtype',
  'eventtime',
  'cid_name',
  'cid_num',
  'cid_ani',
  'cid_rdnis',
  'cid_dnis',
  'exten',
  'context',
  'channame',
  'appname',
  'appdata',
  'amaflags',
  'accountcode',
  'uniqueid',
  'linkedid',
  'peer',
  'userfield',
  'userdeftype',
  'eventextra',
];
const CEL_EVENTS =
  /^(CHAN_START|CHAN_END|ANSWER|HANGUP|APP_START|APP_END|PARK_START|PARK_END|BRIDGE_ENTER|BRIDGE_EXIT|BLINDTRANSFER|ATTENDEDTRANSFER|LINKEDID_END|USER_DEFINED|PICKUP|FORWARD|LOCAL_OPTIMIZE)$/;

/** The CDR format of a file from its content. */
export function detectCdr(bytes: Uint8Array, encoding?: ForcedEncoding): CdrFormat | undefined {
  const text = decodeText(bytes.subarray(0, 65536), encoding).text.trimStart();
  if (text.startsWith('<')) return /<cdr[\s>]/.test(text) ? 'freeswitch-xml' : undefined;
  if (text.startsWith('{') || text.startsWith('['))
    return /"variables"\s*:/.test(text) ? 'freeswitch-json' : undefined;
  const first = parseDelimited(text.split(/\r?\n/, 1)[0] ?? '', ',').records[0]?.cells ?? [];
  if (first.length === 0) return undefined;
  if (CEL_EVENTS.test(first[0] ?? '')) return 'asterisk-cel';
  if (
    first.includes('uuid') ||
    first.includes('caller_id_number') ||
    first.includes('sip_hangup_disposition')
  )
    return 'freeswitch-csv';
  if (first.includes('eventtype')) return 'asterisk-cel';
  if (first.includes('dstchannel') || first.includes('disposition')) return 'asterisk-cdr';
  // headerless: Asterisk rows carry a channel (SIP/…, PJSIP/…) in column 6 and a disposition in 15
  if (/^(ANSWERED|NO ANSWER|BUSY|FAILED|CONGESTION)$/.test(first[14] ?? '') || /\//.test(first[5] ?? ''))
    return 'asterisk-cdr';
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(first[10] ?? '')) return 'freeswitch-csv';
  return undefined;
}

/** Read a CDR file; bad records are reported with their line, the others kept. */
export function readCdr(bytes: Uint8Array, fileName: string, options: CdrOptions): CdrRead {
  const format = detectCdr(bytes, options.encoding);
  if (!format) {
    return {
      format: 'freeswitch-csv',
      records: [],
      errors: [
        {
          line: 0,
          field: '',
          message: `${fileName}: not a call-detail record file this importer knows (FreeSWITCH CSV/JSON/XML, Asterisk CDR/CEL CSV)`,
        },
      ],
    };
  }
  const { text } = decodeText(bytes, options.encoding);
  switch (format) {
    case 'freeswitch-csv':
      return {
        format,
        ...readTable(text, FS_EXAMPLE, 'uuid', (row, line, errors) => fsRecord(row, line, options, errors)),
      };
    case 'freeswitch-json':
      return { format, ...readFsJson(text, options) };
    case 'freeswitch-xml':
      return { format, ...readFsXml(text, options) };
    case 'asterisk-cdr':
      return {
        format,
        ...readTable(text, AST_CDR, 'dstchannel', (row, line, errors) =>
          astCdrRecord(row, line, options, errors),
        ),
      };
    case 'asterisk-cel':
      return { format, ...readCel(text, options) };
  }
}

type Row = Record<string, string>;

/** CSV rows as name → value, with the header row if the file has one (it names `marker`), else `columns`. */
function rowsOf(
  text: string,
  columns: readonly string[],
  marker: string,
): { rows: { line: number; row: Row }[]; errors: FieldError[] } {
  const parsed = parseDelimited(text, sniffDelimiter(text));
  const records = parsed.records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = records[0]?.cells.map((c) => c.trim());
  const named =
    header?.includes(marker) || header?.includes('eventtype') || header?.includes('caller_id_number');
  const names = named ? header! : columns;
  return {
    rows: (named ? records.slice(1) : records).map((r) => ({
      line: r.line,
      row: Object.fromEntries(names.map((n, i) => [n, (r.cells[i] ?? '').trim()])),
    })),
    errors: parsed.errors,
  };
}

function readTable(
  text: string,
  columns: readonly string[],
  marker: string,
  toRecord: (row: Row, line: number, errors: FieldError[]) => CallRecord | undefined,
): { records: CallRecord[]; errors: FieldError[] } {
  const { rows, errors } = rowsOf(text, columns, marker);
  const records: CallRecord[] = [];
  for (const { row, line } of rows) {
    const r = toRecord(row, line, errors);
    if (r) records.push(r);
  }
  return { records, errors };
}

/** Epoch ms of a switch time: an epoch (s, ms or µs) or a wall-clock time in the switch's zone. */
function timeOf(v: string | undefined, timeZone: string): number | undefined {
  if (v === undefined || v === '' || v === '0') return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) {
    const n = Number(v);
    if (n > 1e14) return Math.round(n / 1000); // µs
    if (n > 1e11) return Math.round(n); // ms
    return Math.round(n * 1000); // s
  }
  const d = parseDateTime(v, timeZone);
  return d.ok ? d.epochMs : undefined;
}

function offset(at: number | undefined, zero: number | undefined): number | undefined {
  if (at === undefined || zero === undefined) return undefined;
  return Math.max(0, at - zero);
}

function compact(ids: (string | undefined)[]): string[] {
  return [
    ...new Set(ids.filter((v): v is string => v !== undefined && v.trim() !== '').map((v) => v.trim())),
  ];
}

/**
 * Who hung up from FreeSWITCH's sip_hangup_disposition of one leg. `customerLeg` says whether this leg is the
 * customer's: recv_* means the far end of this leg hung up, send_* that the switch did (for the other party).
 */
function fsHangupBy(
  disposition: string,
  customerLeg: boolean,
  answered: boolean,
): 'agent' | 'customer' | 'system' | undefined {
  if (!answered) return 'system';
  if (/^recv_/.test(disposition)) return customerLeg ? 'customer' : 'agent';
  if (/^send_/.test(disposition)) return customerLeg ? 'agent' : 'customer';
  return undefined;
}

/** FreeSWITCH `hold_events`: `{{start_µs,end_µs},{…}}` (FreeSWITCH 1.10 switch_channel.c). */
function fsHolds(v: string | undefined, zero: number | undefined): ConversationEvent[] {
  if (!v || zero === undefined) return [];
  const out: ConversationEvent[] = [];
  for (const m of v.matchAll(/\{(\d+),(\d+)\}/g)) {
    const s = offset(Math.round(Number(m[1]) / 1000), zero);
    const e = offset(Math.round(Number(m[2]) / 1000), zero);
    if (s !== undefined && e !== undefined && e >= s) out.push({ type: 'hold', startMs: s, endMs: e });
  }
  return out;
}

/** FreeSWITCH `transfer_history`: `epoch:uuid:bl_xfer:dest` entries (ARRAY::a|:b). */
function fsTransfers(v: string | undefined, zero: number | undefined): ConversationEvent[] {
  if (!v || zero === undefined) return [];
  const out: ConversationEvent[] = [];
  for (const entry of v.replace(/^ARRAY::/, '').split('|:')) {
    const [epoch, , , dest] = entry.split(':');
    const at = offset(timeOf(epoch, 'UTC'), zero);
    if (at !== undefined)
      out.push({ type: 'transfer', atMs: at, ...(dest ? { to: dest.split('/')[0]! } : {}) });
  }
  return out;
}

function fsRecord(v: Row, line: number, options: CdrOptions, errors: FieldError[]): CallRecord | undefined {
  const tz = options.timeZone;
  const started = timeOf(v.start_uepoch ?? v.start_epoch ?? v.start_stamp, tz);
  const answered = timeOf(v.answer_uepoch ?? v.answer_epoch ?? v.answer_stamp, tz);
  const ended = timeOf(v.end_uepoch ?? v.end_epoch ?? v.end_stamp, tz);
  const ids = compact([v.uuid, v.call_uuid, v.sip_call_id, v.bleg_uuid, v.originating_leg_uuid]);
  if (ids.length === 0) {
    errors.push({
      line,
      field: 'uuid',
      message: 'call-detail record without a uuid or sip_call_id; record skipped',
    });
    return undefined;
  }
  // the customer's leg: the inbound leg of an inbound call (the A-leg mod_cdr_csv logs by default)
  const direction = v.direction ?? (options.callDirection === 'outbound' ? 'outbound' : 'inbound');
  const customerLeg = direction === (options.callDirection === 'outbound' ? 'outbound' : 'inbound');
  const events: ConversationEvent[] = [
    ...fsHolds(v.hold_events, answered),
    ...fsTransfers(v.transfer_history, answered),
  ];
  const disposition = v.sip_hangup_disposition ?? '';
  const billMs = v.billmsec !== undefined && /^\d+$/.test(v.billmsec) ? Number(v.billmsec) : undefined;
  const hangupAt = billMs ?? offset(ended, answered);
  const by = disposition === '' ? undefined : fsHangupBy(disposition, customerLeg, answered !== undefined);
  if (by !== undefined && hangupAt !== undefined) events.push({ type: 'hangup', by, atMs: hangupAt });
  else if (disposition !== '' && by === undefined)
    errors.push({
      line,
      field: 'sip_hangup_disposition',
      message: `unknown sip_hangup_disposition "${disposition}"; no hangup event`,
    });
  const customer = customerLeg ? v.caller_id_number : v.destination_number;
  return {
    line,
    ids,
    caller: v.caller_id_number,
    callee: v.destination_number,
    startedAt: started,
    answeredAt: answered,
    endedAt: ended,
    // mod_callcenter names agents `1032@default`: the part before the domain is the 工号
    agentId: (v.cc_agent || v.agent_id || '').split('@')[0] || undefined,
    events,
    meta: dropEmpty({
      source: 'freeswitch-cdr',
      callId: ids[0],
      customerNumber: customer,
      hangupCause: v.hangup_cause,
      sipHangupDisposition: v.sip_hangup_disposition,
      holdAccumSeconds: v.hold_accum_seconds,
    }),
  };
}

function dropEmpty(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));
}

function stringVars(o: unknown): Row {
  const out: Row = {};
  if (typeof o !== 'object' || o === null) return out;
  for (const [k, v] of Object.entries(o))
    if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
  return out;
}

function readFsJson(text: string, options: CdrOptions): { records: CallRecord[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  let items: { value: unknown; line: number }[];
  try {
    const root = JSON.parse(text) as unknown;
    items = (Array.isArray(root) ? (root as unknown[]) : [root]).map((value, i) => ({ value, line: i + 1 }));
  } catch {
    // one JSON object per line, as a cURL collector or a log shipper writes them
    items = [];
    text.split('\n').forEach((l, i) => {
      if (l.trim() === '') return;
      try {
        items.push({ value: JSON.parse(l) as unknown, line: i + 1 });
      } catch (e) {
        errors.push({
          line: i + 1,
          field: '',
          message: `invalid JSON: ${e instanceof Error ? e.message : String(e)}; record skipped`,
        });
      }
    });
  }
  const records: CallRecord[] = [];
  for (const { value, line } of items) {
    const vars =
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>).variables : undefined;
    if (typeof vars !== 'object' || vars === null) {
      errors.push({
        line,
        field: 'variables',
        message: 'expected a mod_json_cdr record with "variables"; record skipped',
      });
      continue;
    }
    const r = fsRecord(decodeVars(stringVars(vars)), line, options, errors);
    if (r) records.push(r);
  }
  return { records, errors };
}

/** mod_json_cdr and mod_xml_cdr URL-encode variable values unless configured otherwise. */
function decodeVars(v: Row): Row {
  const out: Row = {};
  for (const [k, raw] of Object.entries(v)) {
    try {
      out[k] = /%[0-9A-Fa-f]{2}/.test(raw) ? decodeURIComponent(raw) : raw;
    } catch {
      out[k] = raw;
    }
  }
  return out;
}

function readFsXml(text: string, options: CdrOptions): { records: CallRecord[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const records: CallRecord[] = [];
  for (const m of text.matchAll(/<cdr[\s>][\s\S]*?<\/cdr>/g)) {
    const line = text.slice(0, m.index).split('\n').length;
    const block = /<variables>([\s\S]*?)<\/variables>/.exec(m[0])?.[1];
    if (block === undefined) {
      errors.push({
        line,
        field: 'variables',
        message: 'expected a mod_xml_cdr record with <variables>; record skipped',
      });
      continue;
    }
    const vars: Row = {};
    for (const v of block.matchAll(/<([A-Za-z0-9_-]+)>([^<]*)<\/\1>/g)) vars[v[1]!] = xmlText(v[2]!);
    const r = fsRecord(decodeVars(vars), line, options, errors);
    if (r) records.push(r);
  }
  if (records.length === 0 && errors.length === 0)
    errors.push({ line: 1, field: '', message: 'no <cdr> record in the XML file' });
  return { records, errors };
}

function xmlText(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function astCdrRecord(
  v: Row,
  line: number,
  options: CdrOptions,
  errors: FieldError[],
): CallRecord | undefined {
  const ids = compact([v.uniqueid, v.linkedid]);
  if (ids.length === 0) {
    errors.push({
      line,
      field: 'uniqueid',
      message: 'Asterisk CDR without uniqueid (set loguniqueid=yes in cdr.conf); record skipped',
    });
    return undefined;
  }
  const tz = options.timeZone;
  return {
    line,
    ids,
    caller: v.src,
    callee: v.dst,
    startedAt: timeOf(v.start, tz),
    answeredAt: timeOf(v.answer, tz),
    endedAt: timeOf(v.end, tz),
    events: [],
    meta: dropEmpty({
      source: 'asterisk-cdr',
      callId: ids[0],
      customerNumber: options.callDirection === 'outbound' ? v.dst : v.src,
      disposition: v.disposition,
      channel: v.channel,
      dstChannel: v.dstchannel,
    }),
  };
}

/** Asterisk CEL: events grouped by linkedid into calls. */
function readCel(text: string, options: CdrOptions): { records: CallRecord[]; errors: FieldError[] } {
  const { rows, errors } = rowsOf(text, AST_CEL, 'eventtype');
  const calls = new Map<string, { line: number; rows: { row: Row; at: number; line: number }[] }>();
  for (const { row, line } of rows) {
    const at = timeOf(row.eventtime, options.timeZone);
    const key = row.linkedid || row.uniqueid;
    if (at === undefined || !key) {
      errors.push({
        line,
        field: at === undefined ? 'eventtime' : 'linkedid',
        message: `unreadable ${at === undefined ? 'event time' : 'linkedid'}; event skipped`,
      });
      continue;
    }
    const call = calls.get(key) ?? { line, rows: [] };
    call.rows.push({ row, at, line });
    calls.set(key, call);
  }
  const records: CallRecord[] = [];
  for (const [linkedid, call] of calls) {
    const evs = call.rows.sort((a, b) => a.at - b.at);
    const first = evs.find((e) => e.row.eventtype === 'CHAN_START') ?? evs[0]!;
    const callerChannel = (evs.find((e) => e.row.uniqueid === linkedid) ?? first).row.channame;
    const customerIsCaller = options.callDirection !== 'outbound';
    const agentAnswer = evs.find((e) => e.row.eventtype === 'ANSWER' && e.row.channame !== callerChannel);
    const zero = (agentAnswer ?? evs.find((e) => e.row.eventtype === 'ANSWER'))?.at;
    const events: ConversationEvent[] = [];
    let holdStart: number | undefined;
    for (const { row, at, line } of evs) {
      const type = row.eventtype === 'USER_DEFINED' ? (row.userdeftype ?? '').toUpperCase() : row.eventtype;
      if (type === 'HOLD' || type === 'PARK_START') holdStart = at;
      else if ((type === 'UNHOLD' || type === 'PARK_END') && holdStart !== undefined && zero !== undefined) {
        events.push({ type: 'hold', startMs: offset(holdStart, zero)!, endMs: offset(at, zero)! });
        holdStart = undefined;
      } else if ((type === 'BLINDTRANSFER' || type === 'ATTENDEDTRANSFER') && zero !== undefined) {
        const extra = celExtra(row.eventextra);
        const to = typeof extra.extension === 'string' ? extra.extension : undefined;
        events.push({ type: 'transfer', atMs: offset(at, zero)!, ...(to ? { to } : {}) });
      } else if (type === 'HANGUP' && !events.some((e) => e.type === 'hangup')) {
        const extra = celExtra(row.eventextra);
        const source = typeof extra.hangupsource === 'string' ? extra.hangupsource : '';
        if (zero === undefined) events.push({ type: 'hangup', by: 'system', atMs: 0 });
        else if (source === '') {
          errors.push({
            line,
            field: 'eventextra',
            message: 'HANGUP without hangupsource; no hangup side recorded',
          });
        } else {
          const callerHungUp = source === callerChannel;
          const by = callerHungUp === customerIsCaller ? 'customer' : 'agent';
          events.push({ type: 'hangup', by, atMs: offset(at, zero)! });
        }
      }
    }
    const callerRow = evs.find((e) => e.row.channame === callerChannel)?.row ?? first.row;
    records.push({
      line: call.line,
      ids: compact([linkedid, ...evs.map((e) => e.row.uniqueid)]),
      caller: callerRow.cid_num,
      callee: callerRow.exten,
      startedAt: first.at,
      answeredAt: zero,
      endedAt: evs[evs.length - 1]?.at,
      events,
      meta: dropEmpty({
        source: 'asterisk-cel',
        callId: linkedid,
        customerNumber: customerIsCaller ? callerRow.cid_num : callerRow.exten,
      }),
    });
  }
  return { records, errors };
}

function celExtra(raw: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as unknown;
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export interface JoinResult {
  conversations: Conversation[];
  /** Conversations no record matched, and records no conversation matched. */
  warnings: FieldError[];
}

/** How far apart a transcript's start and a record's answer may be to join them by number and time. */
const JOIN_WINDOW_MS = 60_000;

export interface CdrJoiner {
  /** The conversation with its call's events, or `undefined` when no record matches it. */
  join(c: Conversation): Conversation | undefined;
  /** Records no conversation has matched so far. */
  unused(): CallRecord[];
}

const digitsOf = (n: string): string => n.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');

/**
 * Attach a record's events to the conversation with the same call id (its id, or `meta.callId`), else to the
 * one with the customer's number (`meta.customerNumber` / `callerNumber` / `number`) whose start is within a
 * minute of the answer. Events a conversation already has (by type) are kept and not doubled; `startedAt` and
 * `agentId` are filled when missing; the record's details go to `meta.cdr`.
 */
export function cdrJoiner(records: readonly CallRecord[], timeZone: string): CdrJoiner {
  const byId = new Map<string, CallRecord>();
  for (const r of records) for (const id of r.ids) byId.set(id, r);
  const used = new Set<CallRecord>();
  return {
    join(c) {
      const meta = c.meta ?? {};
      const callId = typeof meta.callId === 'string' ? meta.callId : undefined;
      let record = byId.get(c.id) ?? (callId ? byId.get(callId) : undefined);
      if (!record) {
        const number = [meta.customerNumber, meta.callerNumber, meta.number].find(
          (v) => typeof v === 'string',
        );
        const start = c.startedAt ? Date.parse(c.startedAt) : undefined;
        if (typeof number === 'string' && start !== undefined) {
          const digits = digitsOf(number);
          record = records.find(
            (r) =>
              !used.has(r) &&
              typeof r.meta.customerNumber === 'string' &&
              digitsOf(r.meta.customerNumber) === digits &&
              r.answeredAt !== undefined &&
              Math.abs(r.answeredAt - start) <= JOIN_WINDOW_MS,
          );
        }
      }
      if (!record) return undefined;
      used.add(record);
      const have = new Set((c.events ?? []).map((e) => e.type));
      const events = [...(c.events ?? []), ...record.events.filter((e) => !have.has(e.type))];
      // the customer's number goes to the top level of meta, where the API masks personal numbers for the
      // roles that must not see them; the rest of the record under meta.cdr
      const { customerNumber, ...cdr } = record.meta;
      const joined: Conversation = {
        ...c,
        ...(events.length > 0 ? { events } : {}),
        meta: {
          ...meta,
          ...(typeof customerNumber === 'string' && meta.customerNumber === undefined
            ? { customerNumber }
            : {}),
          cdr,
        },
      };
      if (!c.agentId && record.agentId) joined.agentId = record.agentId;
      if (!c.startedAt && record.answeredAt !== undefined)
        joined.startedAt = formatZoned(record.answeredAt, timeZone);
      return joined;
    },
    unused: () => records.filter((r) => !used.has(r)),
  };
}

/** Join a batch of conversations; unmatched conversations and unused records are warnings. */
export function joinCdr(
  conversations: readonly Conversation[],
  records: readonly CallRecord[],
  cdrFile: string,
  timeZone: string,
): JoinResult {
  const joiner = cdrJoiner(records, timeZone);
  const warnings: FieldError[] = [];
  const out = conversations.map((c) => {
    const joined = joiner.join(c);
    if (!joined)
      warnings.push({
        line: 0,
        field: 'id',
        message: `conversation ${c.id}: no call-detail record in ${cdrFile} matches it; no call events added`,
      });
    return joined ?? c;
  });
  for (const r of joiner.unused())
    warnings.push({
      line: r.line,
      field: 'id',
      message: `call ${r.ids[0]}: no conversation in the input; record not used`,
    });
  return { conversations: out, warnings };
}
