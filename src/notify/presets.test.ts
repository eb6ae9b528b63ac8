import { describe, expect, it } from 'vitest';
import type { WebhookBody } from './events.ts';
import {
  chatMessage,
  dingtalkSign,
  dingtalkSignedUrl,
  feishuSign,
  formatFromUrl,
  presetAnswerError,
  presetRequest,
} from './presets.ts';
import { verifyWebhook } from './signature.ts';

// Expected signatures computed with the vendors' own Python reference snippets (钉钉 "加签" and 飞书 "签名校验"
// pages cited in presets.ts) for secret "SECtest" and the fixed timestamps below.
const SECRET = 'SECtest';
/** The fields of the three robots' bodies the tests read. */
interface Json {
  msgtype?: string;
  msg_type?: string;
  timestamp?: string;
  sign?: string;
  markdown: { content: string; title: string; text: string };
  content: { text: string };
}

const alert: WebhookBody = {
  id: 'evt-1',
  event: 'live.alert',
  occurredAt: '2026-12-06T08:00:00.000Z',
  data: {
    alertId: 'la-1',
    callId: 'call-9',
    agentId: 'A001',
    rule: '禁用语',
    text: '这个*不归我管*',
    severity: 'high',
  },
  link: '/live?alert=la-1',
};

describe('webhook presets', () => {
  it('picks the preset from the robot URL', () => {
    expect(formatFromUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k')).toBe('wecom');
    expect(formatFromUrl('https://oapi.dingtalk.com/robot/send?access_token=t')).toBe('dingtalk');
    expect(formatFromUrl('https://open.feishu.cn/open-apis/bot/v2/hook/abc')).toBe('feishu');
    expect(formatFromUrl('https://tickets.example.com/hook')).toBe('zhijian');
    expect(formatFromUrl('not a url')).toBe('zhijian');
  });

  it('signs 钉钉 as the vendor example does (HMAC keyed by the secret over "<ms>\\n<secret>")', () => {
    expect(encodeURIComponent(dingtalkSign(SECRET, 1700000000000))).toBe(
      'aZLLrriXgn05YbwaGR7knYsLeJADjr9NwLaNNKpxh4g%3D',
    );
    expect(
      dingtalkSignedUrl('https://oapi.dingtalk.com/robot/send?access_token=t', SECRET, 1700000000000),
    ).toBe(
      'https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1700000000000&sign=aZLLrriXgn05YbwaGR7knYsLeJADjr9NwLaNNKpxh4g%3D',
    );
  });

  it('signs 飞书 as the vendor example does (HMAC keyed by "<s>\\n<secret>" over nothing)', () => {
    expect(feishuSign(SECRET, 1700000000)).toBe('G7XpBpG8NgG02fJOAhX6FRAObIljmFoxVReo8I62pEk=');
  });

  it('words a live alert in Chinese with rule, severity, agent, call, line and an absolute link', () => {
    const m = chatMessage(alert, 'https://qa.example.com/');
    expect(m.title).toBe('通话实时预警');
    expect(m.lines).toContainEqual(['规则', '禁用语']);
    expect(m.lines).toContainEqual(['级别', '高']);
    expect(m.lines).toContainEqual(['坐席', 'A001']);
    expect(m.lines).toContainEqual(['通话', 'call-9']);
    expect(m.lines).toContainEqual(['原话', '这个*不归我管*']);
    expect(m.link).toBe('https://qa.example.com/live?alert=la-1');
  });

  const now = new Date(1700000000000);
  const base = { secret: SECRET, body: alert, deliveryId: 7, now, publicUrl: 'https://qa.example.com' };

  it('zhijian: the event JSON with a verifiable X-Zhijian-Signature', () => {
    const r = presetRequest({ ...base, format: 'zhijian', url: 'https://x.example.com/h' });
    expect(JSON.parse(r.body)).toEqual(alert);
    expect(r.headers['x-zhijian-delivery']).toBe('7');
    expect(verifyWebhook(SECRET, r.headers['x-zhijian-signature']!, r.body, 1700000000)).toBe(true);
  });

  it('wecom: a markdown message, markdown characters of the line escaped', () => {
    const r = presetRequest({
      ...base,
      format: 'wecom',
      url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k',
    });
    expect(r.url).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k');
    const b = JSON.parse(r.body) as Json;
    expect(b.msgtype).toBe('markdown');
    expect(b.markdown.content).toContain('**通话实时预警**');
    expect(b.markdown.content).toContain('这个\\*不归我管\\*');
    expect(b.markdown.content).toContain('[查看详情](https://qa.example.com/live?alert=la-1)');
    expect(r.headers['x-zhijian-signature']).toBeUndefined();
  });

  it('dingtalk: markdown with title and text, signed URL', () => {
    const r = presetRequest({
      ...base,
      format: 'dingtalk',
      url: 'https://oapi.dingtalk.com/robot/send?access_token=t',
    });
    expect(r.url).toContain('&timestamp=1700000000000&sign=aZLLrriXgn05YbwaGR7knYsLeJADjr9NwLaNNKpxh4g%3D');
    const b = JSON.parse(r.body) as Json;
    expect(b).toMatchObject({ msgtype: 'markdown', markdown: { title: '通话实时预警' } });
    expect(b.markdown.text).toContain('坐席：A001');
  });

  it('feishu: text message with timestamp (seconds, a string) and sign in the body', () => {
    const r = presetRequest({
      ...base,
      format: 'feishu',
      url: 'https://open.feishu.cn/open-apis/bot/v2/hook/abc',
    });
    const b = JSON.parse(r.body) as Json;
    expect(b.timestamp).toBe('1700000000');
    expect(b.sign).toBe('G7XpBpG8NgG02fJOAhX6FRAObIljmFoxVReo8I62pEk=');
    expect(b.msg_type).toBe('text');
    expect(b.content.text).toContain('通话：call-9');
    expect(b.content.text).toContain('查看详情：https://qa.example.com/live?alert=la-1');
  });
});

describe('robot answers', () => {
  it('reads a refusal inside an HTTP 200', () => {
    expect(presetAnswerError('dingtalk', '{"errcode":0,"errmsg":"ok"}')).toBeNull();
    expect(presetAnswerError('dingtalk', '{"errcode":310000,"errmsg":"sign not match"}')).toBe(
      'dingtalk refused: 310000 sign not match',
    );
    expect(presetAnswerError('wecom', '{"errcode":93000,"errmsg":"invalid webhook url"}')).toContain('93000');
    expect(presetAnswerError('feishu', '{"code":19021,"msg":"sign match fail"}')).toContain('19021');
    expect(presetAnswerError('feishu', '{"code":0,"msg":"success"}')).toBeNull();
    expect(presetAnswerError('zhijian', '{"errcode":1}')).toBeNull();
  });
});
