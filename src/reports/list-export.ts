// Every list of the coaching area (cases, sessions, ideas, plans) downloads as XLSX or CSV with the columns the
// screen shows. CSV is UTF-8 with a byte-order mark so Excel on a Chinese Windows opens it without mojibake; cells
// that start like a formula are prefixed with an apostrophe (CSV injection).
import ExcelJS from 'exceljs';

export type Cell = string | number | null;
export interface ListExport {
  /** Sheet and file name stem, e.g. 金点子. */
  name: string;
  columns: { header: string; width?: number }[];
  rows: Cell[][];
}

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const csvCell = (v: Cell): string => {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function listCsv(x: ListExport): Buffer {
  const lines = [x.columns.map((c) => csvCell(c.header)), ...x.rows.map((r) => r.map(csvCell))];
  return Buffer.from(`\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`, 'utf8');
}

export async function listXlsx(x: ListExport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'zhijian';
  const ws = wb.addWorksheet(x.name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.columns = x.columns.map((c) => ({ header: c.header, width: c.width ?? 14 }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  for (const r of x.rows) ws.addRow(r);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: x.columns.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function listFile(
  x: ListExport,
  format: ExportFormat,
): Promise<{ bytes: Buffer; type: string; fileName: string }> {
  return format === 'csv'
    ? { bytes: listCsv(x), type: 'text/csv; charset=utf-8', fileName: `${x.name}.csv` }
    : {
        bytes: await listXlsx(x),
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName: `${x.name}.xlsx`,
      };
}
