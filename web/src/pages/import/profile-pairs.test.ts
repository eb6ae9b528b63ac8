import { describe, expect, it } from 'vitest';
import { parsePairs } from './SaveProfileButton.tsx';

describe('parsePairs (import profile form)', () => {
  it('reads key=value pairs with ASCII or full-width separators and ignores blanks', () => {
    expect(parsePairs('conversationId=会话编号, role：发送方类型，text＝消息内容\n')).toEqual({
      conversationId: '会话编号',
      role: '发送方类型',
      text: '消息内容',
    });
    expect(parsePairs('  ')).toBeUndefined();
    expect(parsePairs(undefined)).toBeUndefined();
  });
});
