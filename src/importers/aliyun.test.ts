import { describe, expect, it } from 'vitest';
import { fixture, utf8 } from './fixtures/read-fixture.ts';
import { importBuffer } from './index.ts';

const sentences = (list: object[]): Uint8Array => utf8(JSON.stringify({ Sentences: list }));

describe('Alibaba Cloud file-transcription import', () => {
  it('reads the task envelope, sorts sentences by BeginTime, maps channels and reports bad sentences', async () => {
    const r = await importBuffer(fixture('call-aliyun.json'), 'recordings/call-aliyun.json');
    expect(r.format).toBe('aliyun');
    expect(r.errors).toEqual([
      {
        line: 58,
        field: 'Result.Sentences.5.EndTime',
        message: 'EndTime 16000 is before BeginTime 17000; sentence skipped',
      },
      {
        line: 65,
        field: 'Result.Sentences.6.ChannelId',
        message: 'no role for channel 2 (set channelRoles or speakerRoles); sentence skipped',
      },
      {
        line: 82,
        field: 'Result.Sentences.8.BeginTime',
        message: 'expected milliseconds (a non-negative number); sentence skipped',
      },
    ]);
    // SpeechRate, EmotionValue and SilenceDuration (s) stay on each turn as meta, usable by rules
    expect(r.conversations[0]?.turns[0]?.meta).toEqual({ speechRate: 180, emotionValue: 6.8, silenceMs: 0 });
    const withoutMeta = r.conversations.map((c) => ({
      ...c,
      turns: c.turns.map(({ meta: _meta, ...t }) => t),
    }));
    expect(withoutMeta).toEqual([
      {
        id: 'call-aliyun',
        channel: 'voice',
        meta: { source: 'aliyun-file-transcription', taskId: '7f3a9c2e51d84b6a9e0c1d2f3a4b5c6d' },
        turns: [
          { role: 'agent', text: '您好，很高兴为您服务。', startMs: 760, endMs: 3200 },
          { role: 'customer', text: '喂，你好，我的银行卡刷不了了。', startMs: 3460, endMs: 7020 },
          { role: 'agent', text: '请问您是在商户消费时提示失败吗？', startMs: 7400, endMs: 11800 },
          { role: 'customer', text: '对，超市结账的时候说交易被拒绝。', startMs: 12300, endMs: 15900 },
          { role: 'agent', text: '好的，我帮您查一下，请您稍等。', startMs: 20100, endMs: 26500 },
        ],
      },
    ]);
  });

  it('swaps channels with channelRoles and takes the id from the option', async () => {
    const r = await importBuffer(fixture('call-aliyun.json'), 'x.json', {
      channelRoles: { '0': 'customer', '1': 'agent', '2': 'ivr' },
      conversationId: 'C-9',
    });
    expect(r.conversations[0]?.id).toBe('C-9');
    expect(r.conversations[0]?.turns.map((t) => t.role)).toEqual([
      'customer',
      'agent',
      'customer',
      'agent',
      'ivr',
      'customer',
    ]);
  });

  it('refuses a mono recording with several speakers unless speakerRoles says who is who', async () => {
    const refused = await importBuffer(fixture('call-aliyun-bare.json'), 'call-aliyun-bare.json');
    expect(refused.conversations).toEqual([]);
    expect(refused.errors).toEqual([
      {
        line: 3,
        field: 'Sentences.0.SpeakerId',
        message:
          'recording with diarized speakers 1, 2 and no channels: set speakerRoles, e.g. {"2":"agent","1":"customer"} (speaker 2 opens with an agent greeting); no conversation imported',
      },
    ]);
    const r = await importBuffer(fixture('call-aliyun-bare.json'), 'call-aliyun-bare.json', {
      speakerRoles: { '2': 'agent', '1': 'customer' },
    });
    expect(r.errors).toEqual([]);
    expect(r.conversations[0]?.turns.map((t) => [t.role, t.startMs])).toEqual([
      ['agent', 0],
      ['customer', 2800],
      ['agent', 6500],
    ]);
  });

  it('accepts Result as a JSON string and names the conversation after the TaskId without a file name', async () => {
    const body = {
      TaskId: 't-1',
      StatusText: 'SUCCESS',
      Result: JSON.stringify({ Sentences: [{ ChannelId: 0, BeginTime: 0, EndTime: 900, Text: '您好' }] }),
    };
    const r = await importBuffer(utf8(JSON.stringify(body)), '', { format: 'aliyun' });
    expect(r.errors).toEqual([]);
    expect(r.conversations[0]).toMatchObject({
      id: 't-1',
      turns: [{ role: 'agent', text: '您好', startMs: 0, endMs: 900 }],
    });
  });

  it('drops empty sentences silently and reports a result without sentences or with invalid JSON', async () => {
    const empty = await importBuffer(
      sentences([{ ChannelId: 0, BeginTime: 0, EndTime: 10, Text: ' ' }]),
      'a.json',
      { format: 'aliyun' },
    );
    expect(empty.conversations).toEqual([]);
    expect(empty.errors).toEqual([
      { line: 1, field: 'Sentences', message: 'no sentence with text; no conversation imported' },
    ]);
    const failed = await importBuffer(utf8('{"TaskId":"t","StatusText":"FILE_DOWNLOAD_FAILED"}'), 'a.json', {
      format: 'aliyun',
    });
    expect(failed.errors).toEqual([
      {
        line: 1,
        field: 'StatusText',
        message:
          'the transcription task did not succeed (StatusText FILE_DOWNLOAD_FAILED); no conversation imported',
      },
    ]);
    const broken = await importBuffer(utf8('{"Sentences": [\n{"ChannelId": 0,,}]}'), 'a.json', {
      format: 'aliyun',
    });
    expect(broken.errors).toHaveLength(1);
    expect(broken.errors[0]?.line).toBe(2);
    expect(broken.errors[0]?.message).toMatch(/^invalid JSON/);
  });
});
