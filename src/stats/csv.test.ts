import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseCsvText, readCsv } from './csv.ts';
import { decodeText } from '../importers/encoding.ts';

describe('CSV reading', () => {
  it('handles quotes, escaped quotes, embedded newlines and CRLF, keeping each record’s first line', () => {
    const { rows, errors } = parseCsvText('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\nlast,1');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
      { line: 5, cells: ['last', '1'] },
    ]);
  });

  it('picks tab as the delimiter when the header has tabs and no commas', () => {
    expect(parseCsvText('工号\t日期\nA001\t2026-10-01\n').rows[1]?.cells).toEqual(['A001', '2026-10-01']);
  });

  it('reports an unclosed quote at the line where the record starts and keeps the rows after it', () => {
    const { rows, errors } = parseCsvText('a,b\n1,"oops\n2,3\n4,5\n');
    expect(errors).toEqual([{ line: 2, field: '', message: 'quoted field is never closed; record skipped' }]);
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['2', '3'] },
      { line: 4, cells: ['4', '5'] },
    ]);
  });

  it('detects UTF-8, UTF-8 with BOM, UTF-16LE and GBK', () => {
    const text = '工号,满意数\n坐席甲,3\n';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8-bom' });
    expect(decodeText(iconv.encode(text, 'utf-16le', { addBOM: true }))).toEqual({
      text,
      encoding: 'utf-16le',
    });
    expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030' });
    expect(readCsv(iconv.encode(text, 'gbk')).rows[1]?.cells).toEqual(['坐席甲', '3']);
  });
});
