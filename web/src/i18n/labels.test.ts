import { describe, expect, it } from 'vitest';
import { enUS, interpolate, zhCN } from './messages.ts';
import type { MessageKey } from './messages.ts';
import { HIT_MESSAGES } from '../../../src/core/rules/hit-messages.ts';
import { categoryLabel, hitMessageText, roleLabel, ruleLabel } from './labels.ts';
import { hitsEnUS } from './messages-hits.ts';

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

  it("says every engine hit message in both languages, the English one being the engine's own wording", () => {
    for (const [id, english] of Object.entries(HIT_MESSAGES)) {
      const key = `hit.message.${id}` as MessageKey;
      expect(zhCN[key], id).toMatch(/\p{Script=Han}/u);
      expect(enUS[key], id).toBe(english);
    }
    expect(Object.keys(hitsEnUS).sort()).toEqual(
      Object.keys(HIT_MESSAGES)
        .map((id) => `hit.message.${id}`)
        .sort(),
    );
    const silence = {
      message: 'silent 12.5 s',
      messageId: 'silence.silent',
      messageValues: { seconds: '12.5' },
    };
    expect(hitMessageText(silence, tZh)).toBe('静默 12.5 秒');
    expect(hitMessageText(silence, tEn)).toBe('silent 12.5 s');
    // a pack's own message, or an id this screen does not know yet, is shown as written
    expect(hitMessageText({ message: '开头未出现礼貌问候语' }, tEn)).toBe('开头未出现礼貌问候语');
    expect(hitMessageText({ message: 'new words', messageId: 'silence.v2' }, tZh)).toBe('new words');
  });
});
