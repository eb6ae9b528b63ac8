import { describe, expect, it } from 'vitest';
import { resolveColumns, type ColumnContent } from './columns.ts';

const other = (): ColumnContent => 'other';

describe('resolveColumns', () => {
  it('recognises Chinese headers', () => {
    const r = resolveColumns(
      ['通话ID', '坐席工号', '角色', '内容', '开始时间', '结束时间', '渠道'],
      {},
      other,
    );
    expect(r).toEqual({
      ok: true,
      columns: { conversationId: 0, agentId: 1, role: 2, text: 3, startMs: 4, endMs: 5, channel: 6 },
    });
  });

  it('recognises English headers regardless of case, spaces and underscores', () => {
    const r = resolveColumns(
      ['Conversation ID', 'Speaker', 'TEXT', 'start_ms', 'End MS', 'Started At'],
      {},
      (i) => (i === 5 ? 'date-time' : 'other'),
    );
    expect(r).toEqual({
      ok: true,
      columns: { conversationId: 0, role: 1, text: 2, startMs: 3, endMs: 4, startedAt: 5 },
    });
  });

  it('reads 开始时间 as the call start when it holds date-times and as a turn offset otherwise', () => {
    const headers = ['会话ID', '角色', '内容', '开始时间'];
    expect(resolveColumns(headers, {}, (i) => (i === 3 ? 'date-time' : 'other'))).toEqual({
      ok: true,
      columns: { conversationId: 0, role: 1, text: 2, startedAt: 3 },
    });
    expect(resolveColumns(headers, {}, other)).toEqual({
      ok: true,
      columns: { conversationId: 0, role: 1, text: 2, startMs: 3 },
    });
  });

  it('prefers the more specific id header and lets a chat time column be the message time', () => {
    const r = resolveColumns(['id', '会话ID', '发送时间', '发送方', '消息内容'], {}, (i) =>
      i === 2 ? 'date-time' : 'other',
    );
    expect(r).toEqual({ ok: true, columns: { conversationId: 1, time: 2, role: 3, text: 4 } });
  });

  it('uses an explicit mapping and reports a mapped header that is missing', () => {
    expect(resolveColumns(['谁', '说了什么'], { role: '谁', text: '说了什么' }, other)).toEqual({
      ok: true,
      columns: { role: 0, text: 1 },
    });
    expect(resolveColumns(['谁', '内容'], { role: '说话者' }, other)).toEqual({
      ok: false,
      missing: [{ key: 'role', header: '说话者' }],
    });
  });

  it('reports missing required columns', () => {
    expect(resolveColumns(['会话ID', '备注'], {}, other)).toEqual({
      ok: false,
      missing: [
        { key: 'role', header: undefined },
        { key: 'text', header: undefined },
      ],
    });
  });
});
