// What the statement screens, the XLSX export and the printable page show: the stored statement with names,
// states in Chinese and its adjusting entries. Amounts stay integer fen until formatted.
import type { SettlementLineKind, SettlementStatement } from '../core/kpi/index.ts';
import { formatLocalMinute } from '../core/time/index.ts';
import type { SettlementAdjustmentRow, SettlementStatementRow } from '../store/index.ts';

export interface StatementView {
  id: string;
  vendorId: string;
  vendorName: string;
  month: string;
  state: SettlementStatementRow['state'];
  policyVersion: string;
  asOf: string;
  builtAt: string;
  confirmedBy: string | null;
  confirmedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  statement: SettlementStatement;
  agentNames: Record<string, string>;
  /** Corrections recorded against this (approved) statement. */
  adjustments: SettlementAdjustmentRow[];
}

export const KIND_ZH: Record<SettlementLineKind, string> = {
  'base-fee': '基本服务费',
  'kpi-bonus': 'KPI奖金',
  'kpi-deduction': 'KPI未达成扣款',
  complaint: '客户投诉扣罚',
  'late-callback': '回访不及时',
  'late-report': '报表不及时',
  'actual-loss': '违规操作实际损失',
  'discipline-fine': '差错处理罚款',
  adjustment: '以往结算单调整',
  'idea-reward': '金点子奖励',
};

export const STATE_ZH: Record<StatementView['state'], string> = {
  draft: '草稿',
  confirmed: '乙方已确认',
  approved: '甲方已审批（已锁定）',
};

/** Local wall-clock text of an instant, e.g. `2026-11-06 10:30`. */
export function localTime(iso: string | null, timeZone: string): string {
  if (iso === null) return '';
  return formatLocalMinute(Date.parse(iso), timeZone);
}

/** Rate as a percentage with two decimals, or 无数据. */
export function percentText(value: number | null): string {
  return value === null ? '无数据' : `${(value * 100).toFixed(2)}%`;
}

/** Column headings of the statement's two tables, the same in the XLSX export and on the printable page. */
export const KPI_COLUMNS = [
  '工号',
  '姓名',
  '20秒接通率',
  '满意度',
  '质检均分',
  '接通率得分',
  '满意度得分',
  '质检得分',
  '总分',
  '奖金(元)',
  '扣款(元)',
] as const;
export const LINE_COLUMNS = ['类别', '工号', '日期', '说明', '金额(元)'] as const;
