import { describe, expect, it } from 'vitest';
import { fixture, utf8 } from './fixtures/read-fixture.ts';
import { detectFormat, importBuffer, IMPORT_FORMATS, type ImportOptions } from './index.ts';

describe('detectFormat', () => {
  it.each([
    ['conversations.json', 'json'],
    ['conversations.jsonl', 'jsonl'],
    ['turns-utf8-bom.csv', 'csv'],
    ['turns-gbk.csv', 'csv'],
    ['turns.xlsx', 'xlsx'],
    ['call-aliyun.json', 'aliyun'],
    ['call-aliyun-bare.json', 'aliyun'],
    ['call.srt', 'srt'],
    ['call.vtt', 'vtt'],
    ['chat-log.tsv', 'chat-tsv'],
  ] as const)('%s → %s', (name, format) => {
    expect(detectFormat(name, fixture(name))).toBe(format);
  });

  it.each([
    ['call.srt', 'srt'],
    ['call.vtt', 'vtt'],
    ['turns.xlsx', 'xlsx'],
    ['call-aliyun.json', 'aliyun'],
    ['conversations.jsonl', 'jsonl'],
    ['conversations.json', 'json'],
    ['chat-log.tsv', 'chat-tsv'],
    ['turns-gbk.csv', 'csv'],
  ] as const)('sniffs %s without a telling extension → %s', (name, format) => {
    expect(detectFormat('upload.txt', fixture(name))).toBe(format);
    expect(detectFormat('', fixture(name))).toBe(format);
  });

  it('lists every format', () => {
    expect([...IMPORT_FORMATS].sort()).toEqual([
      'aliyun',
      'chat-tsv',
      'csv',
      'huawei',
      'iflytek',
      'json',
      'jsonl',
      'srt',
      'tencent',
      'volcengine',
      'vtt',
      'xls',
      'xlsx',
    ]);
  });
});

describe('importBuffer', () => {
  it('uses a forced format over detection', async () => {
    const r = await importBuffer(utf8('{"id":"a","turns":[]}\n'), 'weird.csv', { format: 'jsonl' });
    expect(r.format).toBe('jsonl');
    expect(r.conversations.map((c) => c.id)).toEqual(['a']);
  });

  it('returns errors in source order', async () => {
    const r = await importBuffer(fixture('call.srt'), 'call.srt');
    const lines = r.errors.map((e) => e.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it.each([
    [{ timeZone: 'Asia/Shangai' }, /timeZone: unknown time zone/],
    [{ speakerRoles: { 甲: 'boss' } }, /speakerRoles/],
    [{ mapping: { speaker: '角色' } }, /mapping/],
    [{ format: 'docx' }, /format/],
  ])('rejects bad options %j', async (options, message) => {
    await expect(importBuffer(utf8(''), 'a.csv', options as unknown as ImportOptions)).rejects.toThrow(
      message,
    );
  });
});
