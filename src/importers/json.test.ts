import { describe, expect, it } from 'vitest';
import { fixture, utf8 } from './fixtures/read-fixture.ts';
import { importBuffer, parseJsonlLine } from './index.ts';

describe('JSON import', () => {
  it('reads an array, keeps the valid records and reports bad fields with their JSON path and line', async () => {
    const r = await importBuffer(fixture('conversations.json'), 'conversations.json');
    expect(r.format).toBe('json');
    expect(r.conversations.map((c) => c.id)).toEqual(['json-001', 'json-003']);
    expect(r.conversations[0]?.events).toEqual([{ type: 'hangup', by: 'customer', atMs: 60000 }]);
    expect(r.conversations[1]?.channel).toBe('chat');
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([
      [18, '1.turns.1.role'],
      [19, '1.turns.2.text'],
    ]);
  });

  it('reads a single object and a { conversations: [...] } wrapper', async () => {
    const one = await importBuffer(utf8('{"id":"a","turns":[{"role":"agent","text":"您好"}]}'), 'a.json');
    expect(one.conversations).toEqual([
      { id: 'a', channel: 'voice', turns: [{ role: 'agent', text: '您好' }] },
    ]);
    const wrapped = await importBuffer(
      utf8('{"conversations":[\n{"id":"a","turns":[]},\n{"id":"","turns":[]}\n]}'),
      'a.json',
      { format: 'json' },
    );
    expect(wrapped.conversations.map((c) => c.id)).toEqual(['a']);
    expect(wrapped.errors.map((e) => [e.line, e.field])).toEqual([[3, 'conversations.1.id']]);
  });

  it('reports invalid JSON with its line', async () => {
    const r = await importBuffer(utf8('[\n{"id":"a","turns":[]},\n{"id":"b",,}\n]'), 'a.json');
    expect(r.conversations).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 3, field: '' });
  });
});

describe('JSONL import', () => {
  it('reads line by line, skipping blank lines and reporting each bad line', async () => {
    const r = await importBuffer(fixture('conversations.jsonl'), 'conversations.jsonl');
    expect(r.format).toBe('jsonl');
    expect(r.conversations.map((c) => c.id)).toEqual(['jsonl-001', 'jsonl-005']);
    expect(r.conversations[1]?.startedAt).toBe('2026-10-09T14:05:00Z');
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([
      [2, ''],
      [3, 'channel'],
      [5, 'turns.1.endMs'],
    ]);
    expect(r.errors[0]?.message).toMatch(/^invalid JSON/);
  });

  it('handles CRLF line ends and a BOM', async () => {
    const bytes = utf8('\uFEFF{"id":"a","turns":[]}\r\n{"id":"b","turns":[]}\r\n');
    const r = await importBuffer(bytes, 'a.jsonl');
    expect(r.conversations.map((c) => c.id)).toEqual(['a', 'b']);
    expect(r.errors).toEqual([]);
  });
});

describe('parseJsonlLine', () => {
  it('parses one record or reports the line', () => {
    expect(parseJsonlLine('{"id":"a","turns":[]}', 7)).toEqual({
      ok: true,
      conversation: { id: 'a', channel: 'voice', turns: [] },
    });
    const bad = parseJsonlLine('{"id":', 7);
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors).toEqual([
        { line: 7, field: '', message: expect.stringMatching(/^invalid JSON/) as string },
      ]);
    const invalid = parseJsonlLine('{"id":"a"}', 8);
    expect(invalid).toEqual({
      ok: false,
      errors: [{ line: 8, field: 'turns', message: expect.any(String) as string }],
    });
  });
});
