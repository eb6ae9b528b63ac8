// Finding the header row of a table. Reports exported from call-center systems often put a title
// ("通话明细导出 2026-10") and a blank line above the header, so the header is the first of the first few
// non-blank rows under which the required columns (role, text) are recognised.
import type { FieldError } from '../core/conversation/schema.ts';
import { cellText, columnContent, type CellValue } from './cells.ts';
import {
  missingColumnMessage,
  resolveColumns,
  type ColumnKey,
  type ColumnMapping,
  type ResolvedColumns,
} from './columns.ts';

export interface TableRow {
  /** 1-based line (CSV/TSV) or row number (XLSX) shown to the user. */
  line: number;
  cells: CellValue[];
}

export interface Table {
  headerLine: number;
  headers: string[];
  columns: ResolvedColumns;
  /** The data rows below the header. */
  rows: TableRow[];
}

export type TableLocation = { ok: true; table: Table } | { ok: false; errors: FieldError[] };

/** How many non-blank rows from the top may be titles before the header. */
const HEADER_SEARCH_ROWS = 10;

export function isBlankRow(row: TableRow): boolean {
  return row.cells.every((c) => cellText(c) === '');
}

export function locateTable(
  rows: readonly TableRow[],
  mapping: Partial<ColumnMapping>,
  required?: readonly ColumnKey[],
): TableLocation {
  const candidates = rows.map((r, i) => ({ r, i })).filter(({ r }) => !isBlankRow(r));
  if (candidates.length === 0)
    return { ok: false, errors: [{ line: 0, field: '', message: 'the table is empty' }] };
  let firstFailure: FieldError[] | undefined;
  for (const { r, i } of candidates.slice(0, HEADER_SEARCH_ROWS)) {
    const headers = Array.from(r.cells, (c) => cellText(c));
    const below = rows.slice(i + 1);
    const resolution = resolveColumns(
      headers,
      mapping,
      (col) => columnContent(below.map((row) => row.cells[col])),
      required,
    );
    if (resolution.ok)
      return { ok: true, table: { headerLine: r.line, headers, columns: resolution.columns, rows: below } };
    firstFailure ??= resolution.missing.map((m) => ({
      line: r.line,
      field: m.header ?? m.key,
      message: missingColumnMessage(m.key, m.header),
    }));
  }
  return { ok: false, errors: firstFailure ?? [] };
}
