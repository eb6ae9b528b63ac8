// XLSX workbooks (call-center reports, transcripts pasted into Excel): the first worksheet or a named one,
// the first non-empty row as header, then the same column mapping as CSV. Row numbers in errors are Excel's.
import ExcelJS from 'exceljs';
import type { CellValue as ExcelCellValue } from 'exceljs';
import { locateTable, type TableRow } from './header.ts';
import { tableToConversations } from './tabular.ts';
import type { CellValue } from './cells.ts';
import type { Imported, ResolvedOptions } from './types.ts';
import { checkXlsxSize } from './zip-guard.ts';

export async function importXlsx(bytes: Uint8Array, options: ResolvedOptions): Promise<Imported> {
  // Sizes and rows are checked from the ZIP directory before exceljs inflates anything (src/importers/zip-guard.ts).
  const size = await checkXlsxSize(bytes);
  if (!size.ok) return { conversations: [], errors: [{ line: 0, field: '', message: size.message }] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (e) {
    return {
      conversations: [],
      errors: [{ line: 0, field: '', message: `not a readable XLSX workbook: ${errorText(e)}` }],
    };
  }
  if (options.sheet !== undefined) {
    const sheet = workbook.getWorksheet(options.sheet);
    if (!sheet) {
      const names = workbook.worksheets.map((w) => w.name).join(', ');
      return {
        conversations: [],
        errors: [
          { line: 0, field: 'sheet', message: `no worksheet named "${options.sheet}" (sheets: ${names})` },
        ],
      };
    }
    return tableToConversations(sheetRows(sheet), options, { channel: 'voice' });
  }
  // Default: the first worksheet; when it holds no recognisable table (a cover or notes sheet), the first one
  // that does. Errors are reported against the first sheet when none does.
  const sheets = workbook.worksheets.map((w) => ({ name: w.name, rows: sheetRows(w) }));
  const first = sheets[0];
  if (!first)
    return {
      conversations: [],
      errors: [{ line: 0, field: 'sheet', message: 'the workbook has no worksheet' }],
    };
  const chosen = sheets.find((s) => locateTable(s.rows, options.mapping).ok) ?? first;
  return tableToConversations(chosen.rows, options, { channel: 'voice' });
}

function sheetRows(sheet: ExcelJS.Worksheet): TableRow[] {
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = plain(cell.value);
    });
    rows.push({ line: rowNumber, cells });
  });
  return rows;
}

/** Reduce exceljs's rich cell values (formulas, rich text, hyperlinks) to what the cell shows. */
function plain(v: ExcelCellValue): CellValue {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return 'result' in v ? plainResult(v.result) : undefined;
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : plain(v.text);
  if ('error' in v) return undefined;
  return undefined;
}

function plainResult(r: unknown): CellValue {
  if (typeof r === 'string' || typeof r === 'number' || typeof r === 'boolean' || r instanceof Date) return r;
  return undefined;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
