// Daily call statistics per agent from CSV or XLSX (docs/product.md "KPI and monthly settlement"): every bad row is reported with its
// line and field, and every good row is kept. Columns: agent_id, date, offered, answered, answered_within_20s,
// abandoned_in_queue, rated, satisfied, rating_abandoned (or their Chinese names, see columns.ts).
import type { FieldError } from '../core/conversation/schema.ts';
import type { DailyStatsRow } from '../core/kpi/aggregate.ts';
import { checkCallCounts, type CallCounts } from '../core/kpi/counts.ts';
import { DEFAULT_TIME_ZONE } from '../core/time/index.ts';
import { readAgentId, readCount, readDate, type CellResult } from './cells.ts';
import { mapColumns, STATS_COLUMNS, type ColumnSpec, type StatsColumn } from './columns.ts';
import { readTable } from './read-table.ts';
import { isBlankCell, type Table, type TableRow } from './table.ts';

export interface ImportedStatsRow extends DailyStatsRow {
  line: number;
}

export interface SkippedRow {
  line: number;
  reason: string;
}

export interface StatsImport {
  format: Table['format'];
  encoding?: string;
  rows: ImportedStatsRow[];
  errors: FieldError[];
  /** Report titles above the header and summary rows (合计/总计/小计/total): not data, so not errors either. */
  skipped: SkippedRow[];
}

export interface ImportOptions {
  /** Zone in which timestamps with an offset are turned into calendar days. */
  timeZone?: string;
}

const COUNT_COLUMN: Record<keyof CallCounts, StatsColumn> = {
  offered: 'offered',
  answered: 'answered',
  answeredWithin20s: 'answered_within_20s',
  abandonedInQueue: 'abandoned_in_queue',
  rated: 'rated',
  satisfied: 'satisfied',
  ratingAbandoned: 'rating_abandoned',
};

const SUMMARY_ROW = /^(合计|总计|小计|汇总|total|sum)$/i;

/**
 * Find the header: the first row (of the first ten non-blank ones) naming at least two known columns, so a
 * report title above it is skipped; otherwise the first non-blank row, whose missing columns are then reported.
 */
export function splitHeader<K extends string>(
  table: Table,
  specs: readonly ColumnSpec<K>[],
): { header: TableRow | undefined; titles: TableRow[]; body: TableRow[] } {
  const nonBlank = table.rows.filter((r) => !r.cells.every(isBlankCell));
  const known = (r: TableRow) => Object.keys(mapColumns(r.cells, specs, r.line).columns).length;
  const found = nonBlank.slice(0, 10).findIndex((r) => known(r) >= 2);
  const at = found < 0 ? 0 : found;
  return { header: nonBlank[at], titles: nonBlank.slice(0, at), body: nonBlank.slice(at + 1) };
}

export function statsFromTable(table: Table, options: ImportOptions = {}): StatsImport {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const result: StatsImport = { format: table.format, rows: [], errors: [...table.errors], skipped: [] };
  if (table.encoding !== undefined) result.encoding = table.encoding;
  const { header, titles, body } = splitHeader(table, STATS_COLUMNS);
  for (const t of titles) result.skipped.push({ line: t.line, reason: 'title above the header row' });
  if (!header) {
    result.errors.push({ line: 0, field: '', message: 'the file has no header row' });
    return result;
  }
  const { columns, errors } = mapColumns(header.cells, STATS_COLUMNS, header.line);
  // satisfied ÷ (rated − abandoned) needs both rated and satisfied.
  if ((columns.rated === undefined) !== (columns.satisfied === undefined))
    errors.push({
      line: header.line,
      field: columns.rated === undefined ? 'rated' : 'satisfied',
      message: 'rated and satisfied columns go together',
    });
  result.errors.push(...errors);
  if (errors.length > 0) return result;

  for (const row of body) {
    const cell = (k: StatsColumn) => {
      const i = columns[k];
      return i === undefined ? null : (row.cells[i] ?? null);
    };
    const rowErrors: FieldError[] = [];
    const take = <T>(k: StatsColumn, r: CellResult<T>, fallback: T): T => {
      if (r.ok) return r.value;
      rowErrors.push({ line: row.line, field: k, message: r.message });
      return fallback;
    };
    const agentCell = cell('agent_id');
    if (typeof agentCell === 'string' && SUMMARY_ROW.test(agentCell.trim())) {
      result.skipped.push({ line: row.line, reason: `summary row "${agentCell.trim()}"` });
      continue;
    }
    const agentId = take('agent_id', readAgentId(agentCell), '');
    const date = take('date', readDate(cell('date'), timeZone), '');
    const counts = {} as CallCounts;
    for (const [key, column] of Object.entries(COUNT_COLUMN) as [keyof CallCounts, StatsColumn][])
      counts[key] = take(column, readCount(cell(column)), 0);
    if (rowErrors.length === 0) rowErrors.push(...checkCallCounts(counts, row.line, (f) => COUNT_COLUMN[f]));
    if (rowErrors.length > 0) result.errors.push(...rowErrors);
    else result.rows.push({ line: row.line, agentId, date, ...counts });
  }
  return result;
}

/** Import call statistics from the bytes of a CSV (UTF-8/BOM/UTF-16/GBK) or XLSX file. */
export async function importCallStats(bytes: Uint8Array, options: ImportOptions = {}): Promise<StatsImport> {
  return statsFromTable(await readTable(bytes), options);
}
