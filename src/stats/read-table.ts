// Bytes → table: XLSX when the bytes are a ZIP container, otherwise delimited text.
import { readCsv } from './csv.ts';
import type { Table } from './table.ts';
import { looksLikeXlsx, readXlsx } from './xlsx.ts';

export async function readTable(bytes: Uint8Array): Promise<Table> {
  return looksLikeXlsx(bytes) ? readXlsx(bytes) : readCsv(bytes);
}
