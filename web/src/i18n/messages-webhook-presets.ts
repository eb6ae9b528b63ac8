// Webhook presets for chat robots (企业微信 / 钉钉 / 飞书) and the live-alert events they carry (docs/webhooks.md).
export const webhookPresetsZhCN = {
  'notify.kind.live.alert': '通话实时预警',
  'notify.kind.live.alert.escalated': '通话预警升级',
  'notify.msg.live.alert': '坐席 {agent} 通话中触发「{rule}」：{text}',
  'notify.msg.live.alert.escalated': '坐席 {agent} 通话中的预警「{rule}」无人处理，已升级',
  'ws.format': '消息格式',
  'ws.format.zhijian': '智检 JSON（签名头）',
  'ws.format.wecom': '企业微信群机器人',
  'ws.format.dingtalk': '钉钉自定义机器人',
  'ws.format.feishu': '飞书自定义机器人',
  'ws.formatHint':
    '按地址自动识别：企业微信、钉钉、飞书机器人的 Webhook 地址收到对应格式的中文消息，其他地址收到带 X-Zhijian-Signature 签名的 JSON。',
  'ws.secret': '机器人签名密钥（可选）',
  'ws.secretHint':
    '钉钉「加签」或飞书「签名校验」页面显示的密钥（钉钉以 SEC 开头），粘贴到这里；留空则由系统生成（企业微信与普通接收方）。',
} as const;

export const webhookPresetsEnUS: Record<keyof typeof webhookPresetsZhCN, string> = {
  'notify.kind.live.alert': 'Live call alert',
  'notify.kind.live.alert.escalated': 'Live call alert escalated',
  'notify.msg.live.alert': 'Agent {agent} triggered “{rule}” during a call: {text}',
  'notify.msg.live.alert.escalated': 'Nobody handled the alert “{rule}” on agent {agent}’s call: escalated',
  'ws.format': 'Message format',
  'ws.format.zhijian': 'zhijian JSON (signature header)',
  'ws.format.wecom': 'WeCom group robot',
  'ws.format.dingtalk': 'DingTalk custom robot',
  'ws.format.feishu': 'Feishu custom robot',
  'ws.formatHint':
    'Detected from the URL: WeCom, DingTalk and Feishu robot webhook URLs get a Chinese message in their own format; any other URL gets the JSON signed with X-Zhijian-Signature.',
  'ws.secret': 'Robot signing secret (optional)',
  'ws.secretHint':
    'The secret shown on the DingTalk "sign" or Feishu "signature verification" settings (DingTalk’s starts with SEC); leave empty to have one generated (WeCom and other receivers).',
};
