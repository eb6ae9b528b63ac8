import { describe, expect, it } from 'vitest';
import { fixture, utf8 } from './fixtures/read-fixture.ts';
import { importBuffer } from './index.ts';

describe('XLSX import', () => {
  it('skips a cover sheet and a title row, reads dates, seconds, rich text and formula results', async () => {
    const r = await importBuffer(fixture('turns.xlsx'), 'turns.xlsx');
    expect(r.format).toBe('xlsx');
    expect(r.errors).toEqual([
      {
        line: 8,
        field: '结束时间(秒)',
        message: expect.stringMatching(/^not a time offset: "很快".*row skipped$/) as string,
      },
      { line: 11, field: '说话人', message: 'empty role; row skipped' },
    ]);
    expect(r.conversations).toEqual([
      {
        id: 'x-01',
        channel: 'voice',
        agentId: 'A5001',
        startedAt: '2026-10-08T09:30:00+08:00',
        turns: [
          { role: 'agent', text: '您好，很高兴为您服务。', startMs: 0, endMs: 2500 },
          { role: 'customer', text: '我要查询积分', startMs: 3000, endMs: 5200 },
          { role: 'agent', text: '好的，请稍等。', startMs: 6000, endMs: 7500 },
        ],
      },
      {
        id: 'x-02',
        channel: 'chat',
        agentId: 'A5002',
        startedAt: '2026-10-08T10:00:00+08:00',
        turns: [
          { role: 'agent', text: '您好，在线客服为您服务。', startMs: 0, endMs: 1000 },
          { role: 'customer', text: '想问下营业时间', startMs: 4000, endMs: 6000 },
        ],
      },
    ]);
  });

  it('reads a named sheet whose times are Excel time cells (mm:ss)', async () => {
    const r = await importBuffer(fixture('turns.xlsx'), 'turns.xlsx', { sheet: '时间格式' });
    expect(r.errors).toEqual([]);
    expect(r.conversations).toEqual([
      {
        id: 'y-01',
        channel: 'voice',
        turns: [
          { role: 'agent', text: '您好。', startMs: 1000, endMs: 3000 },
          { role: 'customer', text: '你好，我想咨询一下。', startMs: 65000, endMs: 70000 },
        ],
      },
    ]);
  });

  it('reports a sheet that does not exist and a file that is not a workbook', async () => {
    const missing = await importBuffer(fixture('turns.xlsx'), 'turns.xlsx', { sheet: '不存在' });
    expect(missing.errors).toEqual([
      { line: 0, field: 'sheet', message: 'no worksheet named "不存在" (sheets: 说明, 通话明细, 时间格式)' },
    ]);
    const broken = await importBuffer(utf8('not a zip'), 'broken.xlsx');
    expect(broken.conversations).toEqual([]);
    expect(broken.errors[0]?.message).toMatch(/^not a readable XLSX workbook/);
  });
});
