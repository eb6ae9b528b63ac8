import { describe, expect, it } from 'vitest';
import { fixture, utf8 } from './fixtures/read-fixture.ts';
import { importBuffer } from './index.ts';

describe('chat TSV import', () => {
  it('groups messages, orders them by time, maps senders and times relative to the first message', async () => {
    const r = await importBuffer(fixture('chat-log.tsv'), 'chat-log.tsv');
    expect(r.format).toBe('chat-tsv');
    expect(r.errors.map((e) => [e.line, e.field, e.message.replace(/ \(.*\)/, '')])).toEqual([
      [9, '发送时间', 'not a date-time: "昨天晚上"; row skipped'],
      [10, '发送方', 'unknown role "路人甲"; row skipped'],
      [11, '消息内容', 'empty text; row skipped'],
    ]);
    expect(r.conversations).toEqual([
      {
        id: 'chat-2001',
        channel: 'chat',
        startedAt: '2026-10-08T20:01:05+08:00',
        turns: [
          { role: 'customer', text: '你好，我买的杯子收到是碎的', startMs: 0, endMs: 0 },
          { role: 'agent', text: '亲，非常抱歉，麻烦您拍一下照片发给我好吗？', startMs: 35000, endMs: 35000 },
          { role: 'customer', text: '照片已经发了，你看一下\n一共碎了两个', startMs: 85000, endMs: 85000 },
          { role: 'agent', text: '收到，我这边马上为您申请补发，请您放心。', startMs: 125000, endMs: 125000 },
        ],
      },
      {
        // the bot's greeting is earlier than the customer's question listed before it
        id: 'chat-2002',
        channel: 'chat',
        startedAt: '2026-10-08T20:02:00+08:00',
        turns: [
          { role: 'ivr', text: '您好，我是智能助手，请问有什么可以帮您？', startMs: 0, endMs: 0 },
          { role: 'customer', text: '请问今天还能发货吗', startMs: 60000, endMs: 60000 },
        ],
      },
      {
        id: 'chat-2003',
        channel: 'chat',
        startedAt: '2026-10-08T21:00:00+08:00',
        turns: [{ role: 'customer', text: '还有人吗', startMs: 0, endMs: 0 }],
      },
    ]);
  });

  it('reads English headers, ISO times with zones, sender mapping and the timeZone option', async () => {
    const tsv = utf8(
      'conversation_id\ttime\tsender\ttext\n' +
        's1\t2026-10-08 12:00:00\tnick_01\t在吗\n' +
        's1\t2026-10-08T04:00:30Z\tagent_007\t您好，在的\n',
    );
    const r = await importBuffer(tsv, 'log.tsv', {
      timeZone: 'UTC',
      speakerRoles: { nick_01: 'customer', agent_007: 'agent' },
    });
    expect(r.errors).toEqual([]);
    expect(r.conversations).toEqual([
      {
        id: 's1',
        channel: 'chat',
        startedAt: '2026-10-08T04:00:30+00:00',
        turns: [
          { role: 'agent', text: '您好，在的', startMs: 0, endMs: 0 },
          { role: 'customer', text: '在吗', startMs: 28770000, endMs: 28770000 },
        ],
      },
    ]);
  });
});
