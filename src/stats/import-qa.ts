// Final QA scores per agent and month (QA.csv: agent_id, month, qa_score; or 工号, 月份, 质检分), from CSV or
// XLSX. Several rows of one agent and month are several final scores: the KPI uses their mean (seed 002 (五)3).
import type { FieldError } from '../core/conversation/schema.ts';
import { DEFAULT_TIME_ZONE } from '../core/time/index.ts';
import { readAgentId, readMonth, readScore, type CellResult } from './cells.ts';
import { mapColumns, QA_COLUMNS, type QaColumn } from './columns.ts';
import { splitHeader, type ImportOptions } from './import-stats.ts';
import { readTable } from './read-table.ts';
import type { Table } from './table.ts';

export interface QaScoreRow {
  line: number;
  agentId: string;
  month: string;
  qaScore: number;
}

export interface QaImport {
  format: Table['format'];
  encoding?: string;
  rows: QaScoreRow[];
  errors: FieldError[];
}

export function qaFromTable(table: Table, options: ImportOptions = {}): QaImport {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const result: QaImport = { format: table.format, rows: [], errors: [...table.errors] };
  if (table.encoding !== undefined) result.encoding = table.encoding;
  const { header, body } = splitHeader(table, QA_COLUMNS);
  if (!header) {
    result.errors.push({ line: 0, field: '', message: 'the file has no header row' });
    return result;
  }
  const { columns, errors } = mapColumns(header.cells, QA_COLUMNS, header.line);
  result.errors.push(...errors);
  if (errors.length > 0) return result;
  for (const row of body) {
    const rowErrors: FieldError[] = [];
    const take = <T>(k: QaColumn, r: CellResult<T>, fallback: T): T => {
      if (r.ok) return r.value;
      rowErrors.push({ line: row.line, field: k, message: r.message });
      return fallback;
    };
    const cell = (k: QaColumn) => row.cells[columns[k] ?? -1] ?? null;
    const agentId = take('agent_id', readAgentId(cell('agent_id')), '');
    const month = take('month', readMonth(cell('month'), timeZone), '');
    const qaScore = take('qa_score', readScore(cell('qa_score')), 0);
    if (rowErrors.length > 0) result.errors.push(...rowErrors);
    else result.rows.push({ line: row.line, agentId, month, qaScore });
  }
  return result;
}

export async function importQaScores(bytes: Uint8Array, options: ImportOptions = {}): Promise<QaImport> {
  return qaFromTable(await readTable(bytes), options);
}

/** The month's scores per agent, for `computeAgentKpi`'s `qaScores`. */
export function qaScoresByAgent(rows: readonly QaScoreRow[], month: string): Map<string, number[]> {
  const byAgent = new Map<string, number[]>();
  for (const r of rows) {
    if (r.month !== month) continue;
    const scores = byAgent.get(r.agentId) ?? [];
    scores.push(r.qaScore);
    byAgent.set(r.agentId, scores);
  }
  return byAgent;
}
