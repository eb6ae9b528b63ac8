// CSV and tab-separated call statistics, read with the importers' one tabular reader (src/importers/delimited.ts):
// RFC 4180 quoting, embedded newlines, CRLF or LF, the delimiter sniffed from the header line. A quote left open
// is reported at the line where its record starts and reading resumes on the next line, so a stray quote costs
// one row, never the rest of the file.
import type { FieldError } from '../core/conversation/schema.ts';
import { parseDelimited, sniffDelimiter } from '../importers/delimited.ts';
import { decodeText } from '../importers/encoding.ts';
import type { Table, TableRow } from './table.ts';

export function parseCsvText(text: string): { rows: TableRow[]; errors: FieldError[] } {
  const { records, errors } = parseDelimited(text, sniffDelimiter(text));
  return { rows: records.map((r) => ({ line: r.line, cells: r.cells })), errors };
}

/** Decode CSV bytes (UTF-8, UTF-8 with BOM, UTF-16, GBK or Big5) and split them into rows. */
export function readCsv(bytes: Uint8Array): Table {
  const { text, encoding } = decodeText(bytes);
  const { rows, errors } = parseCsvText(text);
  return { format: 'csv', encoding, rows, errors };
}
