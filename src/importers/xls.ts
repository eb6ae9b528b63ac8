// Excel 97–2003 workbooks (`.xls`, BIFF8 in an OLE2 container), which older call-center systems still export.
// Read with SheetJS (npm `@e965/xlsx`, the Apache-2.0 SheetJS 0.20.3 build republished on the npm registry:
// the `xlsx` package on npm stops at 0.18.5, which has known flaws reading untrusted files), loaded only when
// an .xls arrives. Cells become the same values exceljs gives for .xlsx (date-formatted numbers become dates on
// Excel's day zero in UTC), so the table rules are the same. Row numbers in errors are Excel's.
import type { WorkBook } from '@e965/xlsx';
import { locateTable, type TableRow } from './header.ts';
import type { CellValue } from './cells.ts';
import { tableToConversations } from './tabular.ts';
import type { Imported, ResolvedOptions } from './types.ts';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

interface SheetCell {
  t: string;
  v?: unknown;
  w?: string;
  z?: string | number;
}

export async function importXls(bytes: Uint8Array, options: ResolvedOptions): Promise<Imported> {
  const XLSX = await import('@e965/xlsx');
  let workbook: WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', cellNF: true, cellDates: false, dense: false });
  } catch (e) {
    return {
      conversations: [],
      errors: [
        {
          line: 0,
          field: '',
          message: `not a readable XLS workbook: ${e instanceof Error ? e.message : String(e)}`,
        },
      ],
    };
  }
  // SheetJS types its number-format library as `any`
  const ssf = XLSX.SSF as { is_date(format: string): boolean; get_table(): Record<number, string> };
  const isDate = (z: string | number | undefined): boolean =>
    z !== undefined && ssf.is_date(typeof z === 'number' ? (ssf.get_table()[z] ?? '') : z);

  const rowsOf = (name: string): TableRow[] => {
    const sheet = workbook.Sheets[name];
    const ref = sheet?.['!ref'];
    if (!sheet || ref === undefined) return [];
    const range = XLSX.utils.decode_range(ref);
    const rows: TableRow[] = [];
    for (let r = range.s.r; r <= range.e.r; r++) {
      const cells: CellValue[] = [];
      let any = false;
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cell = sheet[XLSX.utils.encode_cell({ r, c })] as SheetCell | undefined;
        const v = cell === undefined ? undefined : plain(cell, isDate);
        if (v !== undefined) any = true;
        cells[c] = v;
      }
      if (any) rows.push({ line: r + 1, cells });
    }
    return rows;
  };

  const defaults = { channel: 'voice' as const };
  if (options.sheet !== undefined) {
    if (!workbook.SheetNames.includes(options.sheet)) {
      return {
        conversations: [],
        errors: [
          {
            line: 0,
            field: 'sheet',
            message: `no worksheet named "${options.sheet}" (sheets: ${workbook.SheetNames.join(', ')})`,
          },
        ],
      };
    }
    return tableToConversations(rowsOf(options.sheet), options, defaults);
  }
  const sheets = workbook.SheetNames.map((name) => ({ name, rows: rowsOf(name) }));
  const first = sheets[0];
  if (!first)
    return {
      conversations: [],
      errors: [{ line: 0, field: 'sheet', message: 'the workbook has no worksheet' }],
    };
  const chosen = sheets.find((s) => locateTable(s.rows, options.mapping).ok) ?? first;
  return tableToConversations(chosen.rows, options, defaults);
}

function plain(cell: SheetCell, isDate: (z: string | number | undefined) => boolean): CellValue {
  switch (cell.t) {
    case 's':
    case 'str':
      return typeof cell.v === 'string' ? cell.v : cell.w;
    case 'b':
      return cell.v === true;
    case 'n': {
      if (typeof cell.v !== 'number') return undefined;
      // an Excel date or time is a day count; make it the Date exceljs would give (UTC wall clock)
      if (isDate(cell.z)) return new Date(EXCEL_EPOCH_MS + Math.round(cell.v * DAY_MS));
      return cell.v;
    }
    case 'd':
      return cell.v instanceof Date ? cell.v : undefined;
    default:
      return undefined; // errors ('e') and stubs ('z') show nothing
  }
}
