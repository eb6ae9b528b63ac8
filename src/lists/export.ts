// One export of a list to CSV or XLSX (docs/product.md "Lists"): the rows are the list's JSON answer as the caller
// received it (so masked exactly like it), flattened to columns. Text cells that a spreadsheet would run as a
// formula (starting with = + - @, or a tab / carriage return that hides one) are prefixed with an apostrophe
// (OWASP "CSV injection"); numbers stay numbers.
import ExcelJS from 'exceljs';

export type Cell = string | number | boolean | null;
export interface ExportTable {
  /** Sheet name and the file name's stem. */
  title: string;
  columns: readonly { key: string; header: string }[];
  rows: readonly Record<string, Cell>[];
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A text cell made safe to open in a spreadsheet. */
export function safeText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** A JSON value as one cell: arrays joined, objects as JSON, strings made formula-safe. */
export function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return safeText(v);
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null))
    return safeText(v.map((x) => String(x ?? '')).join(', '));
  return safeText(JSON.stringify(v));
}

/** The columns of JSON items: every key the items carry, in first-seen order, headed by `labels` where known. */
export function tableOf(
  title: string,
  items: readonly Record<string, unknown>[],
  labels: Readonly<Record<string, string>> = {},
): ExportTable {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const it of items)
    for (const k of Object.keys(it))
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
  // Labelled columns first, in the labels' order: the ones people read; the rest keep the API's names.
  const ordered = [...Object.keys(labels).filter((k) => seen.has(k)), ...keys.filter((k) => !(k in labels))];
  return {
    title,
    columns: ordered.map((k) => ({ key: k, header: labels[k] ?? k })),
    rows: items.map((it) => Object.fromEntries(ordered.map((k) => [k, toCell(it[k])]))),
  };
}

function csvField(c: Cell): string {
  if (c === null) return '';
  const s = String(c);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** CSV with a byte-order mark and CRLF, so Excel on a Chinese Windows opens the UTF-8 text correctly. */
export function toCsv(t: ExportTable): Buffer {
  const lines = [t.columns.map((c) => csvField(safeText(c.header))).join(',')];
  for (const r of t.rows) lines.push(t.columns.map((c) => csvField(r[c.key] ?? null)).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function toXlsx(t: ExportTable): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'zhijian';
  const ws = wb.addWorksheet(t.title.slice(0, 31) || 'export', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = t.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.min(40, Math.max(10, c.header.length * 2 + 4)),
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of t.rows) ws.addRow(t.columns.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
