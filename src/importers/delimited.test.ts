import { describe, expect, it } from 'vitest';
import { parseDelimited, sniffDelimiter } from './delimited.ts';

describe('parseDelimited', () => {
  it('keeps commas, line breaks and doubled quotes inside quoted fields and records start lines', () => {
    const text = 'a,b\r\n1,"x, y"\r\n2,"第一行\n第二行"\r\n3,"他说""你好"""\r\n';
    expect(parseDelimited(text, ',')).toEqual({
      records: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['1', 'x, y'] },
        { line: 3, cells: ['2', '第一行\n第二行'] },
        { line: 5, cells: ['3', '他说"你好"'] },
      ],
      errors: [],
    });
  });

  it('treats a quote inside an unquoted field as text and keeps text after a closing quote', () => {
    expect(parseDelimited('他说"好"\t"引号"后文\n', '\t').records).toEqual([
      { line: 1, cells: ['他说"好"', '引号后文'] },
    ]);
  });

  it('keeps empty fields and a last line without a line break', () => {
    expect(parseDelimited('a,,c\n,,', ',').records).toEqual([
      { line: 1, cells: ['a', '', 'c'] },
      { line: 2, cells: ['', '', ''] },
    ]);
  });

  it('reports a quote never closed and resumes on the next line', () => {
    const r = parseDelimited('id,text\n1,"没有闭合\n2,正常\n', ',');
    expect(r.errors).toEqual([
      { line: 2, field: '', message: 'quoted field is never closed; record skipped' },
    ]);
    expect(r.records).toEqual([
      { line: 1, cells: ['id', 'text'] },
      { line: 3, cells: ['2', '正常'] },
    ]);
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['会话ID,角色,内容\n', ','],
    ['会话ID\t角色\t内容\n', '\t'],
    ['id;role;text\n', ';'],
    ['"a,b";c;d\n', ';'],
    ['内容\n', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });
});
