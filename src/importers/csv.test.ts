import { describe, expect, it } from 'vitest';
import { fixture, utf8 } from './fixtures/read-fixture.ts';
import { importBuffer } from './index.ts';

const ROW_ERRORS = [
  {
    line: 8,
    field: '角色',
    message: expect.stringMatching(/^unknown role "旁听".*; row skipped$/) as string,
  },
  { line: 9, field: '结束时间', message: 'end 6000 ms is before start 8000 ms; row skipped' },
  { line: 10, field: '内容', message: 'empty text; row skipped' },
  { line: 11, field: '角色', message: expect.stringMatching(/^unknown role "顾问"/) as string },
  { line: 12, field: '通话ID', message: 'empty conversation id; row skipped' },
  { line: 13, field: '开始时间', message: expect.stringMatching(/^not a time offset: "半分钟"/) as string },
];

describe('CSV import', () => {
  it('groups rows by conversation, keeps turn order and quoted commas/line breaks, and reports bad rows', async () => {
    const r = await importBuffer(fixture('turns-utf8-bom.csv'), 'turns-utf8-bom.csv');
    expect(r.format).toBe('csv');
    expect(r.errors).toEqual(ROW_ERRORS);
    expect(r.conversations.map((c) => c.id)).toEqual(['call-1001', 'call-1002']); // call-1003 had no valid row
    const [first, second] = r.conversations;
    expect(first).toEqual({
      id: 'call-1001',
      channel: 'voice',
      agentId: 'A3001',
      startedAt: '2026-10-08T09:30:00+08:00',
      turns: [
        { role: 'agent', text: '您好，很高兴为您服务，请问有什么可以帮您？', startMs: 0, endMs: 3200 },
        {
          role: 'customer',
          text: '我上周办的宽带，到现在还没装好，一直说等通知，等了五天了',
          startMs: 3500,
          endMs: 9800,
        },
        {
          role: 'agent',
          text: '非常抱歉给您带来不便，\n我马上帮您查询安装进度，请您稍等。',
          startMs: 10100,
          endMs: 16400,
        },
      ],
    });
    expect(second?.startedAt).toBe('2026-10-08T10:15:00+08:00');
    expect(second?.turns.map((t) => [t.role, t.text, t.startMs, t.endMs])).toEqual([
      ['agent', '您好，工号三零零二为您服务。', 0, 2000],
      ['customer', '我想问一下，套餐里的"流量包"怎么退订？', 3000, 7000],
      ['customer', '好的，那麻烦你帮我退订吧。', 11000, 14000],
    ]);
  });

  it('reads the GBK export of the same sheet identically', async () => {
    const utf = await importBuffer(fixture('turns-utf8-bom.csv'), 'a.csv');
    const gbk = await importBuffer(fixture('turns-gbk.csv'), 'a.csv');
    expect(gbk).toEqual(utf);
  });

  it('reads English headers, semicolons, ms columns, zoned start times, channel and conflicting agents', async () => {
    const r = await importBuffer(fixture('turns-english.csv'), 'turns-english.csv');
    expect(r.errors).toEqual([
      {
        line: 4,
        field: 'agent_id',
        message: 'conversation c-en-1 already has agent B01; "B02" ignored (row imported)',
      },
    ]);
    expect(r.conversations).toEqual([
      {
        id: 'c-en-1',
        channel: 'voice',
        agentId: 'B01',
        startedAt: '2026-10-08T09:30:00+08:00',
        turns: [
          { role: 'agent', text: '您好，请问有什么可以帮您？', startMs: 0, endMs: 2100 },
          { role: 'customer', text: '我想改一下收货地址；之前填错了', startMs: 2500, endMs: 5200 },
          { role: 'agent', text: '好的，请提供一下订单号。', startMs: 5600, endMs: 7400 },
        ],
      },
      {
        id: 'c-en-2',
        channel: 'chat',
        agentId: 'B03',
        startedAt: '2026-10-08T18:00:00+08:00',
        turns: [
          { role: 'customer', text: '还在吗?', startMs: 1000, endMs: 1000 },
          { role: 'agent', text: '在的，请讲。', startMs: 15000, endMs: 15000 },
        ],
      },
    ]);
  });

  it('names a table without an id column after the file, or the conversationId option', async () => {
    const csv = utf8('角色,内容\n客服,您好\n客户,你好\n');
    const byName = await importBuffer(csv, 'exports/20261008-0931-A3001.csv');
    expect(byName.conversations.map((c) => c.id)).toEqual(['20261008-0931-A3001']);
    const byOption = await importBuffer(csv, 'x.csv', { conversationId: 'call-77' });
    expect(byOption.conversations.map((c) => c.id)).toEqual(['call-77']);
  });

  it('applies a column mapping, speaker roles and the time unit option', async () => {
    const csv = utf8('编号,谁,说了什么,起,止\n1,甲,您好,1,2\n1,乙,你好,3,4\n');
    const r = await importBuffer(csv, 'x.csv', {
      mapping: { conversationId: '编号', role: '谁', text: '说了什么', startMs: '起', endMs: '止' },
      speakerRoles: { 甲: 'agent', 乙: 'customer' },
      timeUnit: 'ms',
    });
    expect(r.errors).toEqual([]);
    expect(r.conversations[0]?.turns).toEqual([
      { role: 'agent', text: '您好', startMs: 1, endMs: 2 },
      { role: 'customer', text: '你好', startMs: 3, endMs: 4 },
    ]);
  });

  it('reads bare integer times as seconds when small and as ms when large', async () => {
    const seconds = await importBuffer(
      utf8('角色,内容,开始时间,结束时间\n客服,您好,0,3\n客户,你好,4,9\n'),
      'a.csv',
    );
    expect(seconds.conversations[0]?.turns.map((t) => t.endMs)).toEqual([3000, 9000]);
    const ms = await importBuffer(
      utf8('角色,内容,开始时间,结束时间\n客服,您好,0,3000\n客户,你好,4000,12000\n'),
      'a.csv',
    );
    expect(ms.conversations[0]?.turns.map((t) => t.endMs)).toEqual([3000, 12000]);
  });

  it('reads zone-less start times in the timeZone option', async () => {
    const csv = utf8('会话ID,通话开始时间,角色,内容\nc1,2026-10-08 09:30:00,客服,您好\n');
    const r = await importBuffer(csv, 'a.csv', { timeZone: 'Europe/Berlin' });
    expect(r.conversations[0]?.startedAt).toBe('2026-10-08T09:30:00+02:00');
  });

  it('finds the header under a report title and reports a table without the needed columns', async () => {
    const titled = await importBuffer(utf8('通话明细导出\n\n角色,内容\n客服,您好\n'), 'a.csv');
    expect(titled.conversations[0]?.turns).toEqual([{ role: 'agent', text: '您好' }]);
    const bad = await importBuffer(utf8('备注,日期\n无,2026-10-08\n'), 'a.csv');
    expect(bad.conversations).toEqual([]);
    expect(bad.errors.map((e) => [e.line, e.field])).toEqual([
      [1, 'role'],
      [1, 'text'],
    ]);
  });

  it('reports an empty file', async () => {
    const r = await importBuffer(new Uint8Array(), 'empty.csv');
    expect(r).toEqual({
      format: 'csv',
      warnings: [],
      conversations: [],
      errors: [{ line: 0, field: '', message: 'the table is empty' }],
    });
  });
});
