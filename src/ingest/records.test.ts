// Splitting ingest requests into records, and validating one record.
import { describe, expect, it } from 'vitest';
import { parseRecord } from './parse-record.ts';
import { splitFile, splitJsonl, splitJsonValue } from './records.ts';

const idOf = (raw: string): unknown => (JSON.parse(raw) as { id: unknown }).id;
const call = (id: string) => ({ id, channel: 'chat', turns: [{ role: 'agent', text: '您好' }] });

describe('ingest records', () => {
  it('keeps JSONL line numbers, skipping blank lines and a BOM', () => {
    const text = `\uFEFF${JSON.stringify(call('a'))}\n\n  \n${JSON.stringify(call('b'))}\r\n`;
    expect(splitJsonl(text).records.map((r) => [r.line, idOf(r.raw)])).toEqual([
      [1, 'a'],
      [4, 'b'],
    ]);
  });

  it('numbers JSON array elements from 1, and accepts {conversations} or one object', () => {
    expect(splitJsonValue([call('a'), call('b')]).records.map((r) => r.line)).toEqual([1, 2]);
    expect(splitJsonValue({ conversations: [call('a')] }).records).toHaveLength(1);
    expect(splitJsonValue(call('a')).records).toHaveLength(1);
  });

  it('reads uploaded tables with the importers and counts their bad rows as rejected', async () => {
    const csv = '会话ID,角色,内容\nc-1,坐席,您好\nc-1,路人,这是什么\nc-1,客户,我要查话费\n';
    const r = await splitFile(new TextEncoder().encode(csv), 'calls.csv', {});
    expect(r.records).toHaveLength(1);
    expect((JSON.parse(r.records[0]!.raw) as { turns: unknown[] }).turns).toHaveLength(2);
    expect(r.errors).toEqual([expect.objectContaining({ line: 3, file: 'calls.csv' })]);
    expect(r.rejected).toBe(1);
  });

  it('keeps an importer warning (swapped channels) as a warning of the batch, rejecting nothing', async () => {
    const result = {
      TaskId: 't-1',
      StatusText: 'SUCCESS',
      Result: {
        Sentences: [
          { ChannelId: 0, BeginTime: 0, EndTime: 800, Text: '喂？' },
          { ChannelId: 1, BeginTime: 900, EndTime: 3000, Text: '您好，很高兴为您服务' },
        ],
      },
    };
    const r = await splitFile(new TextEncoder().encode(JSON.stringify(result)), 'rec.json', {});
    expect(r.records).toHaveLength(1);
    expect(r.rejected).toBe(0);
    expect(r.errors).toEqual([
      expect.objectContaining({ file: 'rec.json', severity: 'warning', field: 'Result.Sentences.1' }),
    ]);
  });

  it('reports bad JSON and bad fields with the line, and refuses NUL characters', () => {
    expect(parseRecord('{"id": ', 7)).toMatchObject({ ok: false, errors: [{ line: 7, field: '' }] });
    expect(parseRecord(JSON.stringify({ id: 'x', turns: [{ role: 'boss', text: '好' }] }), 3)).toMatchObject({
      ok: false,
      errors: [{ line: 3, field: 'turns.0.role' }],
    });
    const nul = parseRecord(JSON.stringify({ id: 'x', turns: [{ role: 'agent', text: '您好\u0000' }] }), 2);
    expect(nul).toMatchObject({
      ok: false,
      errors: [{ line: 2, message: expect.stringContaining('NUL') as unknown }],
    });
    expect(parseRecord(JSON.stringify(call('ok')), 1).ok).toBe(true);
  });
});
