// The first non-empty worksheet of an XLSX workbook as a table. Row numbers are the sheet's own, so an error
// on "line 7" is row 7 in Excel. Formulas contribute their cached result.
import ExcelJS from 'exceljs';
import type { Cell, Table, TableRow } from './table.ts';

function cellOf(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : null;
  if ('error' in v) return `#ERROR ${v.error}`;
  if ('formula' in v || 'sharedFormula' in v) {
    const r = v.result;
    if (r === undefined || r === null) return null;
    if (typeof r === 'object' && !(r instanceof Date)) return `#ERROR ${r.error}`;
    return typeof r === 'boolean' ? (r ? 'TRUE' : 'FALSE') : r;
  }
  return null;
}

export async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy of exactly these bytes is one.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      format: 'xlsx',
      rows: [],
      errors: [{ line: 0, field: '', message: `not a readable XLSX workbook: ${message}` }],
    };
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  const rows: TableRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based, sparse
    const cells: Cell[] = [];
    for (let c = 1; c < values.length; c += 1) cells.push(cellOf(values[c]));
    rows.push({ line: rowNumber, cells });
  });
  return { format: 'xlsx', rows, errors: [] };
}

/** True for a ZIP container (XLSX), whatever the file is called. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
