// Webhook presets: the same event delivered in the shape a chat robot of 企业微信, 钉钉 or 飞书 takes, so a team
// leader away from the live-calls wall still hears of an alert in the group chat the contact center already uses
// (docs/product.md "Integration endpoints"). `zhijian` is the generic JSON body with the X-Zhijian-Signature header
// (docs/webhooks.md). Pure functions: the `deliver-webhook` job (src/jobs/definitions/webhooks.ts) calls
// `presetRequest` on every attempt, so a retry is signed with a fresh timestamp (钉钉 and 飞书 refuse signatures
// older than an hour).
import { createHmac } from 'node:crypto';
import type { WebhookBody } from './events.ts';
import { SIGNATURE_HEADER, signWebhook } from './signature.ts';

export const WEBHOOK_FORMATS = ['zhijian', 'wecom', 'dingtalk', 'feishu'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/**
 * The preset a subscription URL calls for: the robots' own webhook hosts take only their own message shape, every
 * other URL gets the zhijian JSON. (The subscription table has no column for an explicit choice; a receiver behind a
 * proxy on another host therefore gets the zhijian body.)
 */
export function formatFromUrl(url: string): WebhookFormat {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'zhijian';
  }
  const host = u.hostname.toLowerCase();
  if (host === 'qyapi.weixin.qq.com' && u.pathname.startsWith('/cgi-bin/webhook/send')) return 'wecom';
  if (host === 'oapi.dingtalk.com' && u.pathname.startsWith('/robot/send')) return 'dingtalk';
  if (
    (host === 'open.feishu.cn' || host === 'open.larksuite.com') &&
    u.pathname.startsWith('/open-apis/bot/')
  )
    return 'feishu';
  return 'zhijian';
}

/**
 * 钉钉自定义机器人「加签」: base64 HMAC-SHA256 keyed with the secret over "<timestamp ms>\n<secret>", URL-encoded,
 * sent as `&timestamp=…&sign=…` on the robot URL.
 * https://open.dingtalk.com/document/robots/customize-robot-security-settings
 */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

export function dingtalkSignedUrl(url: string, secret: string, timestampMs: number): string {
  const sep = url.includes('?') ? '&' : '?';
  return `${url}${sep}timestamp=${timestampMs}&sign=${encodeURIComponent(dingtalkSign(secret, timestampMs))}`;
}

/**
 * 飞书自定义机器人「签名校验」: base64 HMAC-SHA256 keyed with "<timestamp s>\n<secret>" over an empty message, sent
 * as `timestamp` (a string of seconds) and `sign` in the JSON body.
 * https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot
 */
export function feishuSign(secret: string, timestampSeconds: number): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('', 'utf8').digest('base64');
}

const EVENT_TITLES: Record<string, string> = {
  'live.alert': '通话实时预警',
  'live.alert.escalated': '通话预警升级（无人确认）',
  'review.assigned': '质检任务已分配',
  'review.finalized': '质检结果已出',
  'appeal.filed': '新的申诉',
  'appeal.decided': '申诉已处理',
  'work-order.due-soon': '工单即将到期',
  'work-order.escalated': '工单已升级',
  'work-order.urged': '工单被催办',
  'work-order.redo': '工单需重办',
  'work-order.bounced': '工单被退回',
  'callback.due': '回访待办',
};

/** A printable scalar, or null for absent values and objects. */
function scalar(v: unknown): string | null {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
}

const SEVERITY_ZH: Record<string, string> = { critical: '严重', high: '高', medium: '中', low: '低' };

/** Absolute link for a chat message: the event's web path on the public base URL when one is configured. */
export function absoluteLink(link: string, publicUrl: string | undefined): string {
  if (!publicUrl || /^https?:\/\//.test(link)) return link;
  return `${publicUrl.replace(/\/+$/, '')}${link.startsWith('/') ? '' : '/'}${link}`;
}

export interface ChatMessage {
  title: string;
  /** Label/value lines in Chinese, in display order. */
  lines: Array<[string, string]>;
  link: string;
}

/** The Chinese message a chat robot shows for an event (live alerts: rule, severity, agent, call, the line, link). */
export function chatMessage(body: WebhookBody, publicUrl?: string): ChatMessage {
  const d = body.data;
  const str = (k: string) => scalar(d[k]);
  const lines: Array<[string, string]> = [];
  if (body.event === 'live.alert' || body.event === 'live.alert.escalated') {
    const sev = str('severity');
    const rule = str('rule');
    const alertRule = str('alertRule');
    lines.push(['规则', alertRule && rule ? `${alertRule}（${rule}）` : (alertRule ?? rule ?? '-')]);
    lines.push(['级别', sev ? (SEVERITY_ZH[sev] ?? sev) : '-']);
    lines.push(['坐席', str('agentId') ?? '-']);
    lines.push(['通话', str('callId') ?? '-']);
    lines.push(['原话', str('line') ?? str('text') ?? '-']);
    const hit = str('text');
    if (hit && hit !== str('line')) lines.push(['命中', hit]);
  } else {
    for (const [k, v] of Object.entries(d)) if (scalar(v) !== null) lines.push([k, scalar(v)!]);
  }
  lines.push(['时间', body.occurredAt]);
  return {
    title: EVENT_TITLES[body.event] ?? body.event,
    lines,
    link: absoluteLink(body.link, publicUrl),
  };
}

/** Markdown special characters a quoted customer/agent line must not trigger. */
const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>#])/g, '\\$1');

function markdown(m: ChatMessage): string {
  const rows = m.lines.map(([k, v]) => `> ${k}：${mdEscape(v)}`);
  return [`**${m.title}**`, ...rows, '', `[查看详情](${m.link})`].join('\n');
}

export interface PresetRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface PresetInput {
  format: WebhookFormat;
  url: string;
  secret: string;
  body: WebhookBody;
  deliveryId: number;
  now: Date;
  publicUrl?: string;
}

/** The HTTP request one delivery attempt sends for a subscription's preset. */
export function presetRequest(p: PresetInput): PresetRequest {
  const base = { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'zhijian-webhooks/1' };
  if (p.format === 'zhijian') {
    const body = JSON.stringify(p.body);
    return {
      url: p.url,
      headers: {
        ...base,
        'x-zhijian-event': p.body.event,
        'x-zhijian-delivery': String(p.deliveryId),
        [SIGNATURE_HEADER]: signWebhook(p.secret, Math.floor(p.now.getTime() / 1000), body),
      },
      body,
    };
  }
  const m = chatMessage(p.body, p.publicUrl);
  if (p.format === 'wecom') {
    // 企业微信群机器人: markdown message, no signature in the protocol (the key in the URL is the credential).
    // https://developer.work.weixin.qq.com/document/path/91770
    return {
      url: p.url,
      headers: base,
      body: JSON.stringify({ msgtype: 'markdown', markdown: { content: markdown(m) } }),
    };
  }
  if (p.format === 'dingtalk') {
    // 钉钉自定义机器人 markdown message. https://open.dingtalk.com/document/robots/custom-robot-access
    const ts = p.now.getTime();
    return {
      url: dingtalkSignedUrl(p.url, p.secret, ts),
      headers: base,
      body: JSON.stringify({ msgtype: 'markdown', markdown: { title: m.title, text: markdown(m) } }),
    };
  }
  // 飞书自定义机器人 text message (plain text renders in every client version).
  const ts = Math.floor(p.now.getTime() / 1000);
  const text = [m.title, ...m.lines.map(([k, v]) => `${k}：${v}`), `查看详情：${m.link}`].join('\n');
  return {
    url: p.url,
    headers: base,
    body: JSON.stringify({
      timestamp: String(ts),
      sign: feishuSign(p.secret, ts),
      msg_type: 'text',
      content: { text },
    }),
  };
}

/**
 * The robots answer HTTP 200 even when they refuse a message (bad signature, rate limit); their JSON carries the
 * verdict: 企业微信 / 钉钉 `errcode`, 飞书 `code` (0 = accepted). Returns the refusal, or null when accepted.
 */
export function presetAnswerError(format: WebhookFormat, answer: string): string | null {
  if (format === 'zhijian') return null;
  let j: unknown;
  try {
    j = JSON.parse(answer);
  } catch {
    return null;
  }
  if (!j || typeof j !== 'object') return null;
  const o = j as Record<string, unknown>;
  const code = format === 'feishu' ? (o.code ?? o.StatusCode) : o.errcode;
  if (code === undefined || code === 0) return null;
  const msg = format === 'feishu' ? (o.msg ?? o.StatusMessage) : o.errmsg;
  return `${format} refused: ${scalar(code) ?? '?'} ${scalar(msg) ?? ''}`.trim();
}
