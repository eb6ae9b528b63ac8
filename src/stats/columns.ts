// Column headers: the documented English names and the Chinese ones call-centre systems export. Headers are
// compared after NFKC (full-width → half-width), lower-casing, dropping spaces/underscores/hyphens and a
// trailing unit in brackets, so "Answered_Within_20s", "20秒内接通量（通）" and "20秒内接通" all match.
import type { FieldError } from '../core/conversation/schema.ts';
import type { Cell } from './table.ts';

export function normalizeHeader(h: string): string {
  return h
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\([^()]*\)$/, '')
    .toLowerCase()
    .replace(/[\s_-]/g, '');
}

export interface ColumnSpec<K extends string> {
  key: K;
  required: boolean;
  aliases: readonly string[];
}

export type ColumnMap<K extends string> = Partial<Record<K, number>>;

/** Locate every known column in the header row; a missing required column or a duplicate is an error. */
export function mapColumns<K extends string>(
  header: readonly Cell[],
  specs: readonly ColumnSpec<K>[],
  line: number,
): { columns: ColumnMap<K>; errors: FieldError[] } {
  const byAlias = new Map<string, K>();
  for (const s of specs) for (const a of [s.key, ...s.aliases]) byAlias.set(normalizeHeader(a), s.key);
  const columns: ColumnMap<K> = {};
  const errors: FieldError[] = [];
  header.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const key = byAlias.get(normalizeHeader(cell));
    if (key === undefined) return; // other columns of the export are ignored
    if (columns[key] !== undefined)
      errors.push({ line, field: key, message: `column "${cell}" appears twice` });
    else columns[key] = index;
  });
  for (const s of specs)
    if (s.required && columns[s.key] === undefined)
      errors.push({ line, field: s.key, message: `missing column ${s.key} (or ${s.aliases.join(' / ')})` });
  return { columns, errors };
}

const AGENT_ALIASES = ['agent', 'agentid', '工号', '坐席工号', '客服工号', '员工工号', '坐席ID', '坐席'];

export type StatsColumn =
  | 'agent_id'
  | 'date'
  | 'offered'
  | 'answered'
  | 'answered_within_20s'
  | 'abandoned_in_queue'
  | 'rated'
  | 'satisfied'
  | 'rating_abandoned';

export const STATS_COLUMNS: readonly ColumnSpec<StatsColumn>[] = [
  { key: 'agent_id', required: true, aliases: AGENT_ALIASES },
  { key: 'date', required: true, aliases: ['日期', '统计日期'] },
  { key: 'offered', required: true, aliases: ['呼入量', '进线量', '来电量', '呼入数', '进线数'] },
  { key: 'answered', required: true, aliases: ['接通量', '接听量', '接通数', '接听数'] },
  {
    key: 'answered_within_20s',
    required: true,
    aliases: [
      '20秒内接通',
      '20秒内接通量',
      '20秒内接听量',
      '20s内接通',
      '20s内接通量',
      '20秒接通量',
      '20s接听量',
    ],
  },
  { key: 'abandoned_in_queue', required: true, aliases: ['排队放弃', '排队放弃量', '排队放弃数'] },
  // Survey columns are optional: without them the period has no survey data (seed 002: full marks).
  { key: 'rated', required: false, aliases: ['参评数', '参评量'] },
  { key: 'satisfied', required: false, aliases: ['满意数', '满意量'] },
  {
    key: 'rating_abandoned',
    required: false,
    aliases: ['放弃评价', '放弃评价数', '放弃评价量', '评价放弃数'],
  },
];

export type QaColumn = 'agent_id' | 'month' | 'qa_score';

export const QA_COLUMNS: readonly ColumnSpec<QaColumn>[] = [
  { key: 'agent_id', required: true, aliases: AGENT_ALIASES },
  { key: 'month', required: true, aliases: ['月份', '统计月份', '考核月份'] },
  { key: 'qa_score', required: true, aliases: ['质检分', '质检得分', '质检分数', '质检成绩'] },
];
