import { describe, expect, it } from 'vitest';
import { readConversations, readPhraseList } from './scan.ts';

const conv = (id: string): string => JSON.stringify({ id, turns: [{ role: 'agent', text: '您好' }] });

describe('scan input', () => {
  it('reads a phrase list with comments and blank lines', () => {
    expect(readPhraseList('\uFEFF不知道\n# 注释\n\n 不是…说过 \r\n')).toEqual(['不知道', '不是…说过']);
  });

  it('reads JSONL and reports bad lines with line and field', () => {
    const rs = readConversations(
      [conv('a'), '{"id":"b","turns":[{"role":"boss","text":""}]}', '', '{oops'].join('\n'),
    );
    expect(rs.map((r) => (r.ok ? r.conversation.id : r.errors.map((e) => `${e.line}:${e.field}`)))).toEqual([
      'a',
      ['2:turns.0.role'],
      ['4:'],
    ]);
  });

  it('reads a JSON array and a single JSON object', () => {
    expect(readConversations(`[${conv('a')},${conv('b')}]`).map((r) => r.ok)).toEqual([true, true]);
    expect(readConversations(conv('a'))).toMatchObject([
      { ok: true, conversation: { id: 'a', channel: 'voice' } },
    ]);
  });
});
