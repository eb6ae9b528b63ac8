import { describe, expect, it } from 'vitest';
import { foldLabel, roleOf, roleTable } from './roles.ts';
import { parseLabel, voiceLabel } from './speaker-labels.ts';

const none = roleTable({});

describe('roleOf', () => {
  it.each([
    ['客服', 'agent'],
    ['坐席', 'agent'],
    ['座席：', 'agent'],
    ['Agent', 'agent'],
    ['客服小李', 'agent'],
    ['坐席-1003', 'agent'],
    ['客户', 'customer'],
    ['用户', 'customer'],
    ['CUSTOMER', 'customer'],
    ['访客', 'customer'],
    ['客户张先生', 'customer'],
    ['智能客服', 'ivr'],
    ['机器人', 'ivr'],
    ['IVR', 'ivr'],
    ['系统消息', 'system'],
  ] as const)('%s → %s', (raw, role) => {
    expect(roleOf(raw, none)).toBe(role);
  });

  it.each(['顾问', '张三', '', '1'])('does not guess %j', (raw) => {
    expect(roleOf(raw, none)).toBeUndefined();
  });

  it("prefers the caller's table, matching labels by their number", () => {
    const t = roleTable({ '1': 'agent', 'SPEAKER 2': 'customer', 客服: 'customer' });
    expect(roleOf('[SPEAKER_01]', t)).toBe('agent');
    expect(roleOf('说话人1', t)).toBe('agent');
    expect(roleOf('speaker 2', t)).toBe('customer');
    expect(roleOf('客服', t)).toBe('customer');
  });

  it('folds full-width and spacing', () => {
    expect(foldLabel('ＳＰＥＡＫＥＲ　０１：')).toBe('speaker1');
  });
});

describe('parseLabel', () => {
  it.each([
    ['客服：您好', 'agent', '您好'],
    ['坐席: 请稍等', 'agent', '请稍等'],
    ['- 客户：好的', 'customer', '好的'],
    ['【客户】我要投诉', 'customer', '我要投诉'],
    ['[客服] 您好', 'agent', '您好'],
  ] as const)('%s → %s %s', (line, role, text) => {
    expect(parseLabel(line, none)).toEqual({ kind: 'role', label: expect.any(String) as string, role, text });
  });

  it('keeps text with a colon that is not a label', () => {
    expect(parseLabel('注意：优惠券会退回', none)).toEqual({ kind: 'none', text: '注意：优惠券会退回' });
    expect(parseLabel('[笑声] 好的', none)).toEqual({ kind: 'none', text: '[笑声] 好的' });
  });

  it('recognises diarization labels without a role as unknown', () => {
    expect(parseLabel('[SPEAKER 3] 你好', none)).toEqual({
      kind: 'unknown',
      label: 'SPEAKER 3',
      text: '你好',
    });
    expect(parseLabel('说话人2：你好', none)).toEqual({ kind: 'unknown', label: '说话人2', text: '你好' });
  });

  it('treats a WebVTT voice as a label even when it names no role', () => {
    expect(voiceLabel('张三', '你好', none)).toEqual({ kind: 'unknown', label: '张三', text: '你好' });
    expect(voiceLabel('坐席', '您好', none)).toEqual({
      kind: 'role',
      label: '坐席',
      role: 'agent',
      text: '您好',
    });
  });
});
