// The statement as an XLSX workbook (docs/product.md "Capabilities in this repository"): header, KPI per agent, every line by kind, totals
// per kind and the net. Amounts are numeric cells in yuan (fen ÷ 100, shown with two decimals) so the client's
// finance can sum them; one A4 sheet wide when printed.
import ExcelJS from 'exceljs';
import { formatFen, LINE_KINDS } from '../core/kpi/index.ts';
import {
  KIND_ZH,
  KPI_COLUMNS,
  LINE_COLUMNS,
  localTime,
  percentText,
  STATE_ZH,
  type StatementView,
} from './view.ts';

const YUAN = '#,##0.00;-#,##0.00';
const BOLD = { bold: true } as const;
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
const yuan = (fen: number) => fen / 100;

function header(ws: ExcelJS.Worksheet, values: string[]): void {
  const row = ws.addRow(values);
  row.font = BOLD;
  row.eachCell((c) => {
    c.fill = HEAD_FILL;
    c.border = { bottom: { style: 'thin' } };
  });
}

function section(ws: ExcelJS.Worksheet, title: string): void {
  ws.addRow([]);
  const row = ws.addRow([title]);
  row.font = { bold: true, size: 12 };
}

export async function statementXlsx(v: StatementView, timeZone: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'zhijian';
  const ws = wb.addWorksheet('结算单', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `${v.vendorName} ${v.month} 结算单  第 &P 页 / 共 &N 页` },
  });
  ws.columns = [
    { width: 16 },
    { width: 12 },
    { width: 12 },
    { width: 46 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 10 },
    { width: 14 },
    { width: 14 },
  ];
  const title = ws.addRow([`${v.vendorName} ${v.month} 月度结算单`]);
  title.font = { bold: true, size: 16 };
  ws.mergeCells(title.number, 1, title.number, 11);
  const s = v.statement;
  const meta: [string, string][] = [
    ['结算单编号', v.id],
    ['乙方（外包）', `${v.vendorName}（${v.vendorId}）`],
    ['结算月份', v.month],
    ['状态', STATE_ZH[v.state]],
    ['考核策略版本', s.policyVersion],
    ['生成日期', `${localTime(v.builtAt, timeZone)}（截至 ${v.asOf}）`],
    ['乙方确认', v.confirmedBy ? `${v.confirmedBy} ${localTime(v.confirmedAt, timeZone)}` : '未确认'],
    ['甲方审批', v.approvedBy ? `${v.approvedBy} ${localTime(v.approvedAt, timeZone)}` : '未审批'],
  ];
  for (const [k, val] of meta) {
    const row = ws.addRow([k, val]);
    row.getCell(1).font = BOLD;
    ws.mergeCells(row.number, 2, row.number, 6);
  }

  section(ws, 'KPI考核明细');
  header(ws, [...KPI_COLUMNS]);
  for (const k of s.kpi) {
    const row = ws.addRow([
      k.agentId,
      v.agentNames[k.agentId] ?? '',
      percentText(k.items.answerRate.value),
      percentText(k.items.satisfaction.value),
      k.items.qa.value === null ? '无数据' : Number(k.items.qa.value.toFixed(2)),
      k.items.answerRate.points,
      k.items.satisfaction.points,
      k.items.qa.points,
      k.totalPoints,
      yuan(k.bonusFen),
      yuan(k.deductionFen),
    ]);
    row.getCell(10).numFmt = YUAN;
    row.getCell(11).numFmt = YUAN;
  }

  section(ws, '结算明细');
  header(ws, [...LINE_COLUMNS]);
  for (const line of s.lines) {
    const row = ws.addRow([
      KIND_ZH[line.kind],
      line.agentId ?? '',
      line.date ?? '',
      line.description,
      yuan(line.amountFen),
    ]);
    row.getCell(5).numFmt = YUAN;
  }

  section(ws, '分类合计');
  header(ws, ['类别', '', '', '', '金额(元)']);
  for (const kind of LINE_KINDS) {
    const row = ws.addRow([KIND_ZH[kind], '', '', '', yuan(s.totals[kind])]);
    row.getCell(5).numFmt = YUAN;
  }
  const net = ws.addRow([
    '应付净额',
    '',
    '',
    `人民币 ${formatFen(s.totals.netFen)} 元`,
    yuan(s.totals.netFen),
  ]);
  net.font = { bold: true, size: 12 };
  net.getCell(5).numFmt = YUAN;
  net.getCell(5).border = { top: { style: 'thin' }, bottom: { style: 'double' } };

  if (v.adjustments.length > 0) {
    section(ws, '审批后调整分录（于下一期结算单结算）');
    header(ws, ['编号', '', '登记日期', '说明', '金额(元)']);
    for (const a of v.adjustments) {
      const row = ws.addRow([
        a.id,
        '',
        localTime(a.createdAt.toISOString(), timeZone).slice(0, 10),
        `${a.description}（更正 ${a.corrects}）${a.settledInStatementId ? ` 已并入 ${a.settledInStatementId}` : ' 待结算'}`,
        yuan(a.amountFen),
      ]);
      row.getCell(5).numFmt = YUAN;
    }
  }

  ws.addRow([]);
  ws.addRow(['乙方确认（签章）：', '', '', '甲方审批（签章）：']);
  ws.views = [{ state: 'normal', showGridLines: false }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
