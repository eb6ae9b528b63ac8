// Call-detail records in the shapes the switches write (FreeSWITCH mod_cdr_csv / mod_json_cdr / mod_xml_cdr,
// Asterisk cdr_csv and cel_custom), joined onto conversations.
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../core/conversation/schema.ts';
import { cdrJoiner, detectCdr, joinCdr, readCdr } from './cdr.ts';
import { fixture, utf8 } from './fixtures/read-fixture.ts';

const TZ = 'Asia/Shanghai';
// 2026-10-08 09:30:05 +08:00
const ANSWER = Date.UTC(2026, 9, 8, 1, 30, 5) / 1000;

describe('FreeSWITCH', () => {
  it('mod_cdr_csv with a header: hang-up side from sip_hangup_disposition, hold_events, agent from cc_agent', () => {
    const r = readCdr(fixture('cdr/freeswitch.csv'), 'freeswitch.csv', { timeZone: TZ });
    expect(r.format).toBe('freeswitch-csv');
    expect(r.errors).toEqual([
      { line: 4, field: 'uuid', message: 'call-detail record without a uuid or sip_call_id; record skipped' },
    ]);
    expect(r.records.map((c) => [c.ids[0], c.agentId, c.events])).toEqual([
      [
        '3f2c7a10-5b8d-4e61-9c3a-0d7e2b4f6a18',
        '1032',
        [
          { type: 'hold', startMs: 12800, endMs: 14800 },
          { type: 'hangup', by: 'agent', atMs: 31000 },
        ],
      ],
      ['b71e0f2a-6c3d-4b8e-a1f9-2d4c6e8a0b13', '1041', [{ type: 'hangup', by: 'customer', atMs: 208000 }]],
    ]);
  });

  it('mod_cdr_csv without a header (the example template) and an outbound campaign', () => {
    const row =
      '"","95566","13800138000","default","2026-10-08 09:30:00","2026-10-08 09:30:05","2026-10-08 09:31:05","65","60","NORMAL_CLEARING","0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f","","","PCMA","PCMA","recv_bye"\n';
    expect(detectCdr(utf8(row))).toBe('freeswitch-csv');
    const inbound = readCdr(utf8(row), 'Master.csv', { timeZone: TZ });
    expect(inbound.records[0]?.events).toEqual([{ type: 'hangup', by: 'customer', atMs: 60000 }]);
  });

  it('mod_json_cdr: epochs, billmsec, URL-encoded values, transfer_history; the agent leg of an inbound call', () => {
    const record = {
      'core-uuid': '6a3c1f0e-0000-4000-8000-000000000001',
      channel_data: { state: 'CS_REPORTING', direction: 'outbound' },
      variables: {
        uuid: '5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e',
        sip_call_id: 'a84b4c76e66710%4010.0.0.8',
        direction: 'outbound',
        caller_id_number: '13800138000',
        destination_number: '1001',
        start_epoch: String(ANSWER - 3),
        answer_epoch: String(ANSWER),
        end_epoch: String(ANSWER + 46),
        billmsec: '45120',
        sip_hangup_disposition: 'recv_bye',
        hangup_cause: 'NORMAL_CLEARING',
        transfer_history: `${ANSWER + 20}:5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e:bl_xfer:8001/default/XML`,
      },
      callflow: [],
    };
    const r = readCdr(utf8(JSON.stringify(record)), 'cdr.json', { timeZone: TZ });
    expect(r.format).toBe('freeswitch-json');
    expect(r.errors).toEqual([]);
    expect(r.records[0]?.ids).toEqual(['5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e', 'a84b4c76e66710@10.0.0.8']);
    // this leg is the agent's (outbound from the switch to extension 1001): the far end hanging up is the agent
    expect(r.records[0]?.events).toEqual([
      { type: 'transfer', atMs: 20000, to: '8001' },
      { type: 'hangup', by: 'agent', atMs: 45120 },
    ]);
  });

  it('mod_xml_cdr', () => {
    const xml = `<?xml version="1.0"?>
<cdr core-uuid="6a3c1f0e-0000-4000-8000-000000000001">
  <channel_data><state>CS_REPORTING</state></channel_data>
  <variables>
    <uuid>7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b</uuid>
    <direction>inbound</direction>
    <caller_id_number>13900139000</caller_id_number>
    <start_stamp>2026-10-08%2009%3A30%3A01</start_stamp>
    <answer_stamp>2026-10-08%2009%3A30%3A05</answer_stamp>
    <end_stamp>2026-10-08%2009%3A32%3A05</end_stamp>
    <sip_hangup_disposition>send_bye</sip_hangup_disposition>
  </variables>
</cdr>`;
    const r = readCdr(utf8(xml), 'cdr.xml', { timeZone: TZ });
    expect(r.format).toBe('freeswitch-xml');
    expect(r.records[0]?.events).toEqual([{ type: 'hangup', by: 'agent', atMs: 120000 }]);
    expect(r.records[0]?.answeredAt).toBe(ANSWER * 1000);
  });
});

describe('Asterisk', () => {
  it('cdr_csv Master.csv: times and disposition, no hang-up side', () => {
    const row =
      '"","13800138000","95566","from-pstn","""张先生"" <13800138000>","PJSIP/trunk-00000001","PJSIP/1001-00000002","Queue","support","2026-10-08 09:30:00","2026-10-08 09:30:05","2026-10-08 09:31:00",60,55,"ANSWERED","DOCUMENTATION","1791423000.17",""\n';
    expect(detectCdr(utf8(row))).toBe('asterisk-cdr');
    const r = readCdr(utf8(row), 'Master.csv', { timeZone: TZ });
    expect(r.records[0]).toMatchObject({ ids: ['1791423000.17'], answeredAt: ANSWER * 1000, events: [] });
    expect(r.records[0]?.meta).toMatchObject({ disposition: 'ANSWERED', customerNumber: '13800138000' });
  });

  it('cel_custom: offsets from the agent answering, USER_DEFINED HOLD/UNHOLD, HANGUP hangupsource, blind transfer', () => {
    const t = (s: number): string => (ANSWER + s).toFixed(6);
    const ev = (type: string, at: number, chan: string, uid: string, extra = '', udt = ''): string =>
      [
        type,
        t(at),
        '张先生',
        '13800138000',
        '',
        '',
        '95566',
        '95566',
        'from-pstn',
        chan,
        '',
        '',
        '3',
        '',
        uid,
        '1791423000.20',
        '',
        '',
        udt,
        extra,
      ]
        .map((v) => `"${v.replaceAll('"', '""')}"`)
        .join(',');
    const cel = [
      ev('CHAN_START', -4, 'PJSIP/trunk-00000010', '1791423000.20'),
      ev('ANSWER', -4, 'PJSIP/trunk-00000010', '1791423000.20'),
      ev('CHAN_START', -2, 'PJSIP/1001-00000011', '1791423000.21'),
      ev('ANSWER', 0, 'PJSIP/1001-00000011', '1791423000.21'),
      ev('USER_DEFINED', 10, 'PJSIP/1001-00000011', '1791423000.21', '', 'HOLD'),
      ev('USER_DEFINED', 25.5, 'PJSIP/1001-00000011', '1791423000.21', '', 'UNHOLD'),
      ev(
        'BLINDTRANSFER',
        40,
        'PJSIP/1001-00000011',
        '1791423000.21',
        '{"extension":"8001","context":"experts"}',
      ),
      ev(
        'HANGUP',
        61,
        'PJSIP/1001-00000011',
        '1791423000.21',
        '{"hangupcause":16,"hangupsource":"PJSIP/1001-00000011","dialstatus":"ANSWER"}',
      ),
      ev(
        'HANGUP',
        61.2,
        'PJSIP/trunk-00000010',
        '1791423000.20',
        '{"hangupcause":16,"hangupsource":"PJSIP/1001-00000011","dialstatus":""}',
      ),
    ].join('\n');
    expect(detectCdr(utf8(cel))).toBe('asterisk-cel');
    const r = readCdr(utf8(cel), 'cel.csv', { timeZone: TZ });
    expect(r.errors).toEqual([]);
    expect(r.records).toHaveLength(1);
    expect(r.records[0]?.ids).toEqual(['1791423000.20', '1791423000.21']);
    expect(r.records[0]?.events).toEqual([
      { type: 'hold', startMs: 10000, endMs: 25500 },
      { type: 'transfer', atMs: 40000, to: '8001' },
      { type: 'hangup', by: 'agent', atMs: 61000 },
    ]);
  });
});

describe('joining', () => {
  const conversation = (over: Partial<Conversation>): Conversation => ({
    id: 'x',
    channel: 'voice',
    turns: [{ role: 'agent', text: '您好', startMs: 0, endMs: 1000 }],
    ...over,
  });

  it('by call id, then by customer number and time; keeps events the conversation has; reports the unmatched', () => {
    const cdr = readCdr(fixture('cdr/freeswitch.csv'), 'freeswitch.csv', { timeZone: TZ });
    const byNumber = conversation({
      id: 'rec-0002',
      startedAt: '2026-10-08T10:11:30+08:00',
      meta: { callerNumber: '+86 139-0013-9000' },
    });
    const own = conversation({
      id: '3f2c7a10-5b8d-4e61-9c3a-0d7e2b4f6a18',
      events: [{ type: 'hangup', by: 'customer', atMs: 30000 }],
    });
    const stray = conversation({ id: 'nobody' });
    const r = joinCdr([own, byNumber, stray], cdr.records, 'freeswitch.csv', TZ);
    expect(r.conversations[0]).toMatchObject({
      agentId: '1032',
      startedAt: '2026-10-08T09:30:00+08:00',
      events: [
        { type: 'hangup', by: 'customer', atMs: 30000 },
        { type: 'hold', startMs: 12800, endMs: 14800 },
      ],
      // the number at the top level of meta, where the API masks personal numbers
      meta: {
        customerNumber: '13800138000',
        cdr: { source: 'freeswitch-cdr', sipHangupDisposition: 'send_bye' },
      },
    });
    expect(r.conversations[1]?.events).toEqual([{ type: 'hangup', by: 'customer', atMs: 208000 }]);
    expect(r.conversations[2]).toEqual(stray);
    expect(r.warnings).toEqual([
      {
        line: 0,
        field: 'id',
        message:
          'conversation nobody: no call-detail record in freeswitch.csv matches it; no call events added',
      },
    ]);
    expect(cdrJoiner(cdr.records, TZ).unused()).toHaveLength(2);
  });

  it('reports a file that is no known CDR', () => {
    expect(readCdr(utf8('hello'), 'x.txt', { timeZone: TZ }).errors[0]?.message).toMatch(
      /not a call-detail record file/,
    );
  });
});
