// A spreadsheet-like table read from CSV or XLSX: rows of cells, each row with the 1-based line (CSV) or
// sheet row number (XLSX) that error messages point to.
import type { FieldError } from '../core/conversation/schema.ts';

/** A cell as read: text from CSV, text/number/date from XLSX, null when empty. */
export type Cell = string | number | Date | null;

export interface TableRow {
  line: number;
  cells: Cell[];
}

export interface Table {
  format: 'csv' | 'xlsx';
  /** How the CSV bytes were decoded; absent for XLSX. */
  encoding?: string;
  rows: TableRow[];
  /** Structural problems (unterminated quote, unreadable workbook). */
  errors: FieldError[];
}

export function isBlankCell(c: Cell): boolean {
  return c === null || (typeof c === 'string' && c.trim() === '');
}
