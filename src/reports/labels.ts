// Chinese labels shared by the report's XLSX and print view (the files managers hand on are in Chinese).
import type { MonthlyReportView } from './reports.ts';

export const SEVERITY_ZH = { minor: '轻微', general: '一般', severe: '严重' } as const;

export const scoreText = (v: number | null): string => (v === null ? '无数据' : v.toFixed(2));
export const rateText = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/** "汇声客服外包服务有限公司 信用卡服务组 2026-10 质检月报" — whose report, for titles and file names. */
export function reportTitle(v: MonthlyReportView): string {
  const who = [v.title.vendorName ?? v.title.vendorId, v.title.teamName ?? v.title.teamId]
    .filter(Boolean)
    .join(' ');
  return `${who ? `${who} ` : ''}${v.month} 质检月报`;
}
