import { describe, expect, it } from 'vitest';
import { parsePasted } from './paste.ts';

describe('parsePasted', () => {
  it('turns a typed dialogue into a chat conversation v1, continuing unprefixed lines', () => {
    const r = parsePasted(
      '坐席：您好，请问有什么可以帮您？\n客户: 我家停电了\n从早上开始\n\nAgent：请您稍等',
    );
    expect(r).toEqual({
      kind: 'dialogue',
      value: {
        id: 'pasted',
        channel: 'chat',
        turns: [
          { role: 'agent', text: '您好，请问有什么可以帮您？' },
          { role: 'customer', text: '我家停电了\n从早上开始' },
          { role: 'agent', text: '请您稍等' },
        ],
      },
    });
  });

  it('passes JSON through for the server to validate', () => {
    expect(parsePasted(' {"id":"c1","channel":"voice","turns":[]} ')).toEqual({
      kind: 'json',
      value: { id: 'c1', channel: 'voice', turns: [] },
    });
    expect(parsePasted('{"id":')).toEqual({ kind: 'error', line: 0, message: 'json' });
  });

  it('says which line has no speaker and refuses empty input', () => {
    expect(parsePasted('你好\n坐席：您好')).toEqual({ kind: 'error', line: 1, message: 'speaker' });
    expect(parsePasted('   \n')).toEqual({ kind: 'error', line: 0, message: 'empty' });
  });

  it('keeps markup as text', () => {
    const r = parsePasted('客户：<img src=x onerror=alert(1)>');
    expect(r.kind === 'dialogue' && r.value.turns[0]!.text).toBe('<img src=x onerror=alert(1)>');
  });
});
