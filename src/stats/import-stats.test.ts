import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importCallStats } from './import-stats.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const HEADER =
  'agent_id,date,offered,answered,answered_within_20s,abandoned_in_queue,rated,satisfied,rating_abandoned';

describe('importCallStats', () => {
  it('reads the documented columns and keeps the good rows', async () => {
    const r = await importCallStats(
      enc(`${HEADER}\nA001,2026-10-01,120,110,105,8,40,36,2\nB002,2026/10/2,"1,200",1100,1000,50,,,\n`),
    );
    expect(r.errors).toEqual([]);
    expect(r.format).toBe('csv');
    expect(r.rows).toEqual([
      {
        line: 2,
        agentId: 'A001',
        date: '2026-10-01',
        offered: 120,
        answered: 110,
        answeredWithin20s: 105,
        abandonedInQueue: 8,
        rated: 40,
        satisfied: 36,
        ratingAbandoned: 2,
      },
      {
        line: 3,
        agentId: 'B002',
        date: '2026-10-02',
        offered: 1200,
        answered: 1100,
        answeredWithin20s: 1000,
        abandonedInQueue: 50,
        rated: 0,
        satisfied: 0,
        ratingAbandoned: 0,
      },
    ]);
  });

  it('reads a GBK export with Chinese headers, units in brackets and extra columns', async () => {
    const csv =
      '工号,姓名,日期,呼入量（通）,接通量,20秒内接通,排队放弃,参评数,满意数,放弃评价\n1001,张三,2026年10月3日,50,48,47,1,10,9,0\n合计,,,50,48,47,1,10,9,0\n';
    const r = await importCallStats(iconv.encode(csv, 'gbk'));
    expect(r.encoding).toBe('gb18030');
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({
      agentId: '1001',
      date: '2026-10-03',
      offered: 50,
      answeredWithin20s: 47,
      satisfied: 9,
    });
    expect(r.skipped).toEqual([{ line: 3, reason: 'summary row "合计"' }]);
  });

  it('reports every bad row with its line and field, and keeps the others', async () => {
    const csv = [
      '进线量,接通量,20秒内接通,排队放弃,工号,日期',
      '10,9,9,1,A001,2026-10-01',
      '-3,0,0,0,A001,2026-10-02', // negative
      '10,12,5,0,A001,2026-10-03', // answered > offered
      '10,9,9,1,A001,2026-02-30', // no such day
      '10,9.5,9,0,,yesterday', // fraction, missing agent, bad date
      '10,8,9,2,A002,2026-10-04', // within 20 s > answered
      '10,9,9,2,A002,2026-10-05', // answered + abandoned > offered
      '10,9,9,1,A002,2026-10-06',
    ].join('\n');
    const r = await importCallStats(enc(csv));
    expect(r.rows.map((x) => x.line)).toEqual([2, 9]);
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'offered'],
      [4, 'answered'],
      [5, 'date'],
      [6, 'agent_id'],
      [6, 'date'],
      [6, 'answered'],
      [7, 'answered_within_20s'],
      [8, 'abandoned_in_queue'],
    ]);
    expect(r.errors[0]?.message).toBe('must not be negative, got -3');
  });

  it('reports a missing required column and a half survey on the header line', async () => {
    const r = await importCallStats(enc('agent_id,date,offered,answered,rated\nA,2026-10-01,1,1,1\n'));
    expect(r.rows).toEqual([]);
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([
      [1, 'answered_within_20s'],
      [1, 'abandoned_in_queue'],
      [1, 'satisfied'],
    ]);
    expect((await importCallStats(enc(''))).errors).toEqual([
      { line: 0, field: '', message: 'the file has no header row' },
    ]);
  });

  it('places zoned timestamps in the contact center’s day', async () => {
    const r = await importCallStats(enc(`${HEADER}\nA001,2026-10-31T16:30:00Z,1,1,1,0,0,0,0\n`), {
      timeZone: 'Asia/Shanghai',
    });
    expect(r.rows[0]?.date).toBe('2026-11-01');
  });

  it('reads XLSX with date cells, numbers, formulas and row numbers as lines, below a title row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('stats');
    ws.addRow(['坐席日统计报表 2026年10月']);
    ws.addRow(['工号', '日期', '呼入量', '接通量', '20秒内接通', '排队放弃', '参评数', '满意数', '放弃评价']);
    ws.addRow(['A001', new Date(Date.UTC(2026, 9, 1)), 100, 98, 97, 2, 20, 18, 1]);
    ws.addRow([1002, '2026-10-01', 50, { formula: 'D3-50', result: 48 }, 40, -1, 0, 0, 0]);
    ws.addRow(['A003', 46296, 10, 10, 10, 0, 0, 0, 0]); // Excel serial 46296 = 2026-10-01
    const r = await importCallStats(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.format).toBe('xlsx');
    expect(r.skipped).toEqual([{ line: 1, reason: 'title above the header row' }]);
    expect(r.rows.map((x) => [x.line, x.agentId, x.date, x.answered])).toEqual([
      [3, 'A001', '2026-10-01', 98],
      [5, 'A003', '2026-10-01', 10],
    ]);
    expect(r.errors).toEqual([
      { line: 4, field: 'abandoned_in_queue', message: 'must not be negative, got -1' },
    ]);
  });

  it('reports a broken workbook instead of throwing', async () => {
    const r = await importCallStats(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(r.rows).toEqual([]);
    expect(r.errors[0]?.message).toMatch(/not a readable XLSX workbook/);
  });
});
