// RFC 4180 CSV (as Excel writes it): quoted fields with "" escapes and embedded newlines, CRLF or LF, and a
// comma or tab delimiter chosen from the header line. Each record keeps the line it starts on.
import type { FieldError } from '../core/conversation/schema.ts';
import { decodeText } from './decode.ts';
import type { Table, TableRow } from './table.ts';

function delimiterOf(text: string): ',' | '\t' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

export function parseCsvText(text: string): { rows: TableRow[]; errors: FieldError[] } {
  const sep = delimiterOf(text);
  const rows: TableRow[] = [];
  const errors: FieldError[] = [];
  let line = 1;
  let startLine = 1;
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    cells.push(field);
    rows.push({ line: startLine, cells });
    cells = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line += 1;
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      startLine = line;
    } else field += ch;
    i += 1;
  }
  if (quoted) errors.push({ line: startLine, field: '', message: 'unterminated quoted field' });
  else if (field !== '' || cells.length > 0) endRecord();
  return { rows, errors };
}

/** Decode CSV bytes (UTF-8, UTF-8 with BOM, UTF-16 or GBK) and split them into rows. */
export function readCsv(bytes: Uint8Array): Table {
  const { text, encoding } = decodeText(bytes);
  const { rows, errors } = parseCsvText(text);
  return { format: 'csv', encoding, rows, errors };
}
