import { describe, expect, it } from 'vitest';
import { enUS, interpolate, zhCN } from './messages.ts';
import type { MessageKey } from './messages.ts';
import { categoryLabel, roleLabel, ruleLabel } from './labels.ts';

const tZh = (key: MessageKey, values?: Record<string, string | number>) => interpolate(zhCN[key], values);
const tEn = (key: MessageKey, values?: Record<string, string | number>) => interpolate(enUS[key], values);

describe('labels of server values', () => {
  it('names the server roles in both languages and shows unknown ones as sent', () => {
    expect(roleLabel('qa_inspector', tZh)).toBe('质检员');
    expect(roleLabel('team_leader', tEn)).toBe('Team leader');
    expect(roleLabel('night_shift', tZh)).toBe('night_shift');
  });

  it('names the default rule ids and falls back to the id', () => {
    expect(ruleLabel('forbidden-phrase', 'zh-CN')).toBe('违禁用语');
    expect(ruleLabel('agent-hangup', 'en-US')).toBe('Agent hung up first');
    expect(ruleLabel('custom-rule', 'zh-CN')).toBe('custom-rule');
  });

  it('names the three categories of the 100-point table', () => {
    expect(['professional', 'attitude', 'language'].map((c) => categoryLabel(c, tZh))).toEqual([
      '专业水平',
      '服务态度',
      '服务用语',
    ]);
    expect(categoryLabel('compliance', tEn)).toBe('compliance');
  });
});
