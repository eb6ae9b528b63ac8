// The branch league table of a month as an XLSX workbook (docs/product.md "Capabilities in this repository"): one row per branch with
// its rank, score and figures; rates are numeric percent cells so the reader can sort and chart them.
import ExcelJS from 'exceljs';
import { scoreBand } from '../core/service/branch-evaluation.ts';
import type { MonthEvaluation } from './branch-evaluation.ts';

const PERCENT = '0.0%';
const BAND_FILL: Record<string, string> = { good: 'FFD9F2D9', fair: 'FFFFF1C2', poor: 'FFFAD4D4' };

export async function leagueTableXlsx(e: MonthEvaluation): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'zhijian';
  const ws = wb.addWorksheet('网点考核', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const title = ws.addRow([`${e.month} 网点考核 / Branch evaluation`]);
  title.font = { bold: true, size: 14 };
  ws.addRow([`重复投诉窗口 / Re-complaint window: ${e.recomplaintDays} 天 / days`]);
  ws.addRow([]);
  const head = ws.addRow([
    '排名 Rank',
    '网点 Branch',
    '得分 Score',
    '工单量 Orders',
    '及时回复率 On-time reply',
    '及时办结率 On-time resolution',
    '退单 Bounce-backs',
    '重办 Redos',
    '重复投诉率 Re-complaint rate',
    '满意率 Satisfaction',
  ]);
  head.font = { bold: true };
  head.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    c.border = { bottom: { style: 'thin' } };
  });
  for (const r of e.rows) {
    const row = ws.addRow([
      r.rank,
      r.name,
      r.score,
      r.volume,
      r.onTimeReplyRate,
      r.onTimeResolveRate,
      r.bounceBacks,
      r.redos,
      r.recomplaintRate,
      r.satisfactionRate,
    ]);
    for (const col of [5, 6, 9, 10]) row.getCell(col).numFmt = PERCENT;
    const fill = BAND_FILL[scoreBand(r.score)];
    if (fill) row.getCell(3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  }
  ws.columns.forEach((c, i) => (c.width = i === 1 ? 24 : 14));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
