import { describe, expect, it } from 'vitest';
import { fixture, utf8 } from './fixtures/read-fixture.ts';
import { importBuffer } from './index.ts';

describe('SRT import', () => {
  it('reads labelled cues, continues a speaker across lines, splits a two-speaker cue and reports bad cues', async () => {
    const r = await importBuffer(fixture('call.srt'), 'calls/call.srt');
    expect(r.format).toBe('srt');
    expect(r.errors.map((e) => [e.line, e.field, e.message.replace(/ \(use .*\)/, '')])).toEqual([
      [15, 'timing', 'cue ends before it starts; cue skipped'],
      [20, 'speaker', 'unknown role "SPEAKER 3"; cue skipped'],
      [24, 'speaker', 'no speaker label before this text; cue skipped'],
      [31, 'timing', 'block without a "start --> end" time line; skipped'],
    ]);
    expect(r.conversations).toEqual([
      {
        id: 'call',
        channel: 'voice',
        turns: [
          { role: 'agent', text: '您好，很高兴为您服务。', startMs: 500, endMs: 3000 },
          { role: 'customer', text: '我昨天在网上下的单，怎么显示已经取消了？', startMs: 3400, endMs: 7900 },
          { role: 'agent', text: '请您稍等，我帮您查一下订单状态。', startMs: 8200, endMs: 12200 },
          // cue 7 holds two speakers: 17 and 10 characters share its 4 s
          { role: 'agent', text: '查到了，是支付超时系统自动取消的。', startMs: 21000, endMs: 23519 },
          { role: 'customer', text: '那我重新下单可以吗？', startMs: 23519, endMs: 25000 },
          { role: 'agent', text: '可以的，注意：优惠券会自动退回。', startMs: 26000, endMs: 29000 },
        ],
      },
    ]);
  });

  it('maps [SPEAKER n] labels with speakerRoles', async () => {
    const r = await importBuffer(fixture('call-speakers.srt'), 'call-speakers.srt', {
      speakerRoles: { 'SPEAKER 1': 'agent', '2': 'customer' },
    });
    expect(r.errors).toEqual([]);
    expect(r.conversations[0]?.turns).toEqual([
      { role: 'agent', text: '您好，这里是自来水公司客服中心。', startMs: 1000, endMs: 3500 },
      { role: 'customer', text: '我家停水了，什么时候能来水？', startMs: 4000, endMs: 7000 },
      {
        role: 'agent',
        text: '非常抱歉，您所在的片区正在抢修管道，预计下午三点恢复供水。',
        startMs: 7500,
        endMs: 11000,
      },
    ]);
  });

  it('reports a file without any usable cue', async () => {
    const r = await importBuffer(utf8('1\n00:00:01,000 --> 00:00:02,000\n没有标签\n'), 'x.srt');
    expect(r.conversations).toEqual([]);
    expect(r.errors.map((e) => e.message)).toEqual([
      'no cue with a speaker and text; no conversation imported',
      'no speaker label before this text; cue skipped',
    ]);
  });
});

describe('WebVTT import', () => {
  it('reads <v> voices, several voices on one line, tags, entities, and skips NOTE/STYLE blocks', async () => {
    const r = await importBuffer(fixture('call.vtt'), 'call.vtt', { conversationId: 'vtt-1' });
    expect(r.format).toBe('vtt');
    expect(r.errors.map((e) => [e.line, e.field, e.message.replace(/ \(use .*\)/, '')])).toEqual([
      [22, 'speaker', 'unknown role "张三"; cue skipped'],
    ]);
    expect(r.conversations).toEqual([
      {
        id: 'vtt-1',
        channel: 'voice',
        turns: [
          { role: 'agent', text: '您好，很高兴为您服务，请问有什么可以帮您？', startMs: 1000, endMs: 4000 },
          { role: 'customer', text: '我要办理挂失，卡丢了。', startMs: 4500, endMs: 8000 },
          { role: 'agent', text: '好的，请您提供身份证号码。', startMs: 8300, endMs: 9773 },
          { role: 'customer', text: '好。', startMs: 9773, endMs: 10000 },
          {
            role: 'agent',
            text: '挂失已办理成功，新卡会在七个工作日内寄到&请注意查收。',
            startMs: 12500,
            endMs: 15000,
          },
          { role: 'customer', text: '谢谢 再见', startMs: 15500, endMs: 16000 },
        ],
      },
    ]);
  });

  it('reports a missing WEBVTT header but still reads the cues', async () => {
    const r = await importBuffer(utf8('00:01.000 --> 00:02.000\n<v 客服>您好\n'), 'x.vtt');
    expect(r.errors).toEqual([{ line: 1, field: '', message: 'missing WEBVTT header; read as cues' }]);
    expect(r.conversations[0]?.turns).toEqual([{ role: 'agent', text: '您好', startMs: 1000, endMs: 2000 }]);
  });
});
