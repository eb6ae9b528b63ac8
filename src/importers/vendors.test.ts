// ASR vendors' results (fixtures written from each vendor's public API documentation, see README "Fixtures"),
// Alibaba Cloud edge cases, encodings, .xls and chat exports.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { fixture, utf8 } from './fixtures/read-fixture.ts';
import { detectFormat, importBuffer } from './index.ts';

const roles = (r: Awaited<ReturnType<typeof importBuffer>>): string[][] =>
  r.conversations.map((c) => c.turns.map((t) => `${t.role}:${t.text.slice(0, 4)}`));

describe('ASR vendors', () => {
  it('Tencent Cloud: ResultDetail sentences by channel, speech speed per minute, emotion, a bad sentence reported', async () => {
    const r = await importBuffer(fixture('call-tencent.json'), 'rec/call-tencent.json');
    expect(r.format).toBe('tencent');
    expect(r.errors).toEqual([
      {
        line: 63,
        field: 'Response.Data.ResultDetail.3.EndMs',
        message: 'EndMs 14000 is before StartMs 15000; sentence skipped',
      },
    ]);
    const c = r.conversations[0]!;
    expect(c.meta).toEqual({
      source: 'tencent-file-transcription',
      taskId: '1987654321',
      audioDurationMs: 21400,
    });
    expect(roles(r)).toEqual([
      ['agent:您好，很', 'customer:你好，我', 'agent:好的，我', 'customer:嗯，你快'],
    ]);
    expect(c.turns[3]).toMatchObject({
      startMs: 13400,
      endMs: 15800,
      meta: { speechRate: 252, emotion: ['angry'], silenceMs: 500 },
    });
  });

  it('Tencent Cloud: the Result text lines when there is no ResultDetail; a failed task is reported', async () => {
    const body = {
      Response: {
        Data: {
          TaskId: 7,
          StatusStr: 'success',
          Result: '[0:0.500,0:2.000,0]  您好\n[0:2.500,0:4.250,1]  喂\n',
        },
      },
    };
    const r = await importBuffer(utf8(JSON.stringify(body)), 'a.json');
    expect(r.conversations[0]?.turns).toEqual([
      { role: 'agent', text: '您好', startMs: 500, endMs: 2000 },
      { role: 'customer', text: '喂', startMs: 2500, endMs: 4250 },
    ]);
    const failed = await importBuffer(
      utf8(
        JSON.stringify({
          Response: { Data: { TaskId: 8, StatusStr: 'failed', ErrorMsg: 'Failed to download audio file!' } },
        }),
      ),
      'b.json',
    );
    expect(failed.format).toBe('tencent');
    expect(failed.errors[0]?.message).toBe(
      'the recognition task is not finished successfully (StatusStr failed: Failed to download audio file!); no conversation imported',
    );
  });

  it('iFlytek: nested JSON strings, role separation needs speakerRoles and the error suggests one', async () => {
    const refused = await importBuffer(fixture('call-iflytek.json'), 'call-iflytek.json');
    expect(refused.format).toBe('iflytek');
    expect(refused.conversations).toEqual([]);
    expect(refused.errors.map((e) => e.message)).toContain(
      'recording with diarized speakers 1, 2 and no channels: set speakerRoles, e.g. {"1":"agent","2":"customer"} (speaker 1 opens with an agent greeting); no conversation imported',
    );
    const r = await importBuffer(fixture('call-iflytek.json'), 'call-iflytek.json', {
      speakerRoles: { '1': 'agent', '2': 'customer' },
    });
    expect(r.errors).toEqual([
      {
        line: 13,
        field: 'content.orderResult.lattice.3.json_1best',
        message: 'expected json_1best with an st object; sentence skipped',
      },
    ]);
    expect(r.conversations[0]).toMatchObject({
      id: 'call-iflytek',
      meta: { source: 'iflytek-lfasr', taskId: 'DKHJQ20261008093000123456789ABCDEF', audioDurationMs: 10200 },
    });
    expect(r.conversations[0]?.turns[0]).toEqual({
      role: 'agent',
      text: '您好，这里是物业客服中心，请问有什么可以帮您？',
      startMs: 300,
      endMs: 2600,
    });
    expect(roles(r)).toEqual([['agent:您好，这', 'customer:我家楼上', 'agent:非常抱歉']]);
  });

  it('Huawei Cloud SIS: AGENT/USER roles from the analysis, speed and emotion kept', async () => {
    const r = await importBuffer(fixture('call-huawei.json'), 'call-huawei.json');
    expect(r.format).toBe('huawei');
    expect(r.errors).toEqual([
      { line: 53, field: 'segments.3.result.text', message: 'expected result.text; sentence skipped' },
    ]);
    expect(roles(r)).toEqual([['agent:您好，很', 'customer:我的快递', 'agent:非常抱歉']]);
    expect(r.conversations[0]?.turns[1]?.meta).toEqual({ speechRate: 258, emotion: 'ANGRY' });
  });

  it('Volcengine: diarized speakers mapped with speakerRoles', async () => {
    expect(detectFormat('call-volcengine.json', fixture('call-volcengine.json'))).toBe('volcengine');
    const r = await importBuffer(fixture('call-volcengine.json'), 'call-volcengine.json', {
      speakerRoles: { '1': 'agent', '2': 'customer' },
    });
    expect(r.errors).toEqual([]);
    expect(roles(r)).toEqual([['agent:您好，请', 'customer:我想问一', 'agent:您稍等，']]);
    expect(r.conversations[0]?.meta).toEqual({
      source: 'volcengine-file-transcription',
      audioDurationMs: 9300,
    });
  });
});

describe('Alibaba Cloud edge cases', () => {
  it('detects a result whose Words come first (past 8 KB), imports each result of an array, reports no speech', async () => {
    const bytes = fixture('calls-aliyun-multi.json');
    expect(new TextDecoder().decode(bytes).indexOf('"Sentences"')).toBeGreaterThan(8192);
    expect(detectFormat('batch.json', bytes)).toBe('aliyun');
    const r = await importBuffer(bytes, 'batch.json');
    expect(r.conversations.map((c) => c.id)).toEqual(['a1b2c3d4e5f60718293a4b5c6d7e8f90']);
    expect(r.errors).toEqual([
      {
        line: 2447,
        field: '1.StatusText',
        message:
          'no speech was recognised in the recording (StatusText SUCCESS_WITH_NO_VALID_FRAGMENT, TaskId 0f1e2d3c4b5a69788796a5b4c3d2e1f0); no conversation imported',
      },
    ]);
  });

  it('reads one result per line (JSONL) and names results without a TaskId after the file', async () => {
    const line = (text: string): string =>
      JSON.stringify({
        Result: JSON.stringify({ Sentences: [{ ChannelId: 0, BeginTime: 0, EndTime: 800, Text: text }] }),
      });
    const bytes = utf8(`${line('您好')}\n${line('你好')}\n`);
    expect(detectFormat('batch.txt', bytes)).toBe('aliyun');
    const r = await importBuffer(bytes, 'batch.txt');
    expect(r.errors).toEqual([]);
    expect(r.conversations.map((c) => [c.id, c.turns[0]?.text])).toEqual([
      ['batch-1', '您好'],
      ['batch-2', '你好'],
    ]);
  });

  it('warns when the first agent-like greeting is on the channel mapped to the customer', async () => {
    const swapped = {
      TaskId: 't-9',
      StatusText: 'SUCCESS',
      Result: {
        Sentences: [
          { ChannelId: 0, BeginTime: 200, EndTime: 900, Text: '喂？' },
          {
            ChannelId: 1,
            BeginTime: 1000,
            EndTime: 3500,
            Text: '您好，很高兴为您服务，请问有什么可以帮您？',
          },
          { ChannelId: 0, BeginTime: 3900, EndTime: 6000, Text: '啊，我想问一下话费。' },
        ],
      },
    };
    const r = await importBuffer(utf8(JSON.stringify(swapped, null, 1)), 'swapped.json');
    expect(r.conversations[0]?.turns.map((t) => t.role)).toEqual(['agent', 'customer', 'agent']);
    expect(r.warnings).toEqual([
      {
        line: 12,
        field: 'Result.Sentences.1',
        message:
          'the first agent-like greeting ("您好，很高兴为您服务，请问有什么可以帮您") is on channel 1, mapped to customer: are the channels swapped? (set channelRoles, e.g. {"1":"agent","0":"customer"})',
      },
    ]);
    const fixed = await importBuffer(utf8(JSON.stringify(swapped)), 'swapped.json', {
      channelRoles: { '1': 'agent', '0': 'customer' },
    });
    expect(fixed.warnings).toEqual([]);
    expect(fixed.conversations[0]?.turns.map((t) => t.role)).toEqual(['customer', 'agent', 'customer']);
  });
});

describe('encodings and workbooks', () => {
  it('detects Big5 (traditional headers and roles match) and honours an explicit encoding', async () => {
    const r = await importBuffer(fixture('turns-big5.csv'), 'turns-big5.csv');
    expect(r.errors).toEqual([]);
    expect(r.conversations[0]?.turns[1]).toEqual({
      role: 'customer',
      text: '我想查詢這個月的帳單金額。',
      startMs: 3600,
      endMs: 6100,
    });
    // GBK bytes are still GBK
    const gbk = new Uint8Array(
      iconv.encode('角色,内容\n客服,您好，请问有什么可以帮您？\n客户,我想查询账单\n', 'gbk'),
    );
    expect((await importBuffer(gbk, 'g.csv')).conversations[0]?.turns[1]?.text).toBe('我想查询账单');
    // the same Big5 bytes forced to GB18030 read as something else: the caller decides
    const forced = await importBuffer(fixture('turns-big5.csv'), 'turns-big5.csv', { encoding: 'gbk' });
    expect(forced.conversations).toEqual([]);
  });

  it('reads an Excel 97-2003 .xls: title row, date cells, seconds, a bad role reported with its Excel row', async () => {
    const r = await importBuffer(fixture('turns.xls'), 'turns.xls');
    expect(r.format).toBe('xls');
    expect(detectFormat('export', fixture('turns.xls'))).toBe('xls');
    expect(r.errors).toEqual([
      {
        line: 7,
        field: '说话人',
        message:
          'unknown role "旁听" (use 客服/坐席/agent, 客户/用户/customer, ivr, system, or map it with speakerRoles); row skipped',
      },
    ]);
    expect(r.conversations).toEqual([
      {
        id: 'z-01',
        channel: 'voice',
        agentId: 'A7001',
        startedAt: '2026-10-08T09:30:00+08:00',
        turns: [
          { role: 'agent', text: '您好，很高兴为您服务。', startMs: 0, endMs: 2400 },
          { role: 'customer', text: '我想挂失一张银行卡。', startMs: 2900, endMs: 5500 },
          { role: 'agent', text: '好的，请提供卡号后四位。', startMs: 6000, endMs: 8250 },
        ],
      },
    ]);
  });
});

describe('chat exports', () => {
  it('message per row: takes 发送方类型 over the sender name 发送方, and labels a chat CSV chat', async () => {
    const r = await importBuffer(fixture('chat-messages.csv'), 'chat-messages.csv');
    expect(r.errors).toEqual([]);
    expect(r.conversations.map((c) => c.channel)).toEqual(['chat', 'chat']);
    expect(roles(r)).toEqual([
      ['customer:你好，发', 'agent:您好，请', 'customer:好的，谢', 'agent:不客气，'],
      ['system:访客已进', 'customer:退款多久', 'agent:一般三到'],
    ]);
    expect(r.conversations[0]).toMatchObject({ startedAt: '2026-10-08T14:00:03+08:00' });
    expect(r.conversations[0]?.turns[1]).toMatchObject({ startMs: 28000, endMs: 28000 });
  });

  it('session per row: the transcript in one cell, timed lines, continuation lines, unknown speakers reported', async () => {
    const r = await importBuffer(fixture('chat-sessions.csv'), 'chat-sessions.csv');
    expect(r.errors).toEqual([
      { line: 7, field: '聊天记录', message: 'line 2 of the cell: no speaker label; line skipped' },
      { line: 10, field: '聊天记录', message: 'no speaker-labelled line in the transcript; row skipped' },
    ]);
    expect(r.conversations.map((c) => [c.id, c.channel, c.agentId])).toEqual([
      ['S-20261008-001', 'chat', 'K017'],
      ['S-20261008-002', 'chat', 'K021'],
    ]);
    expect(r.conversations[0]?.turns[3]).toEqual({
      role: 'agent',
      text: '已为您催促仓库，今天会发出\n麻烦您再耐心等一下',
      startMs: 100000,
      endMs: 100000,
    });
  });

  it('a voice transcript in one cell with clock offsets; the channel option overrides', async () => {
    const csv =
      '通话ID,通话内容\nv-1,"[00:00] 客服：您好，请讲。\n[00:03] 客户：我要投诉。\n[00:07] 客服：好的。"\n';
    const r = await importBuffer(utf8(csv), 'v.csv');
    expect(r.conversations[0]).toMatchObject({ id: 'v-1', channel: 'voice' });
    expect(r.conversations[0]?.turns.map((t) => [t.role, t.startMs, t.endMs])).toEqual([
      ['agent', 0, 3000],
      ['customer', 3000, 7000],
      ['agent', 7000, 7000],
    ]);
    const chat = await importBuffer(utf8(csv), 'v.csv', { channel: 'chat' });
    expect(chat.conversations[0]?.channel).toBe('chat');
  });
});
