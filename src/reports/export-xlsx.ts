// The monthly QA report as an XLSX workbook a manager forwards (seed 002 考核 is monthly): 概要 (figures and the most
// hit rules), 每日趋势 (the daily series, with in-cell data bars so the trend shows without a chart object), 班组,
// 坐席, 规则排行, 申诉 and 投诉. Figures are numeric cells (scores with two decimals, rates as percentages) so
// they sort and sum; every sheet prints on A4 with its header row repeated.
import ExcelJS from 'exceljs';
import { rateText, reportTitle, SEVERITY_ZH } from './labels.ts';
import type { MonthlyReportView } from './reports.ts';
import { localTime } from '../settlement/view.ts';

const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
const SCORE = '0.00';
const RATE = '0.0%';

function sheet(wb: ExcelJS.Workbook, name: string, title: string, widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `${title}  ${name}  第 &P 页 / 共 &N 页` },
    views: [{ state: 'frozen', ySplit: 3, showGridLines: false }],
  });
  ws.columns = widths.map((width) => ({ width }));
  const t = ws.addRow([`${title} · ${name}`]);
  t.font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, Math.max(2, widths.length));
  ws.addRow([]);
  return ws;
}

function header(ws: ExcelJS.Worksheet, values: string[]): void {
  const r = ws.addRow(values);
  r.font = { bold: true };
  r.eachCell((c) => {
    c.fill = HEAD_FILL;
    c.border = { bottom: { style: 'thin' } };
  });
}

function bars(ws: ExcelJS.Worksheet, col: string, from: number, to: number, color: string): void {
  if (to < from) return;
  ws.addConditionalFormatting({
    ref: `${col}${from}:${col}${to}`,
    rules: [
      {
        type: 'dataBar',
        priority: 1,
        gradient: false,
        cfvo: [{ type: 'min' }, { type: 'max' }],
        color: { argb: color },
      } as ExcelJS.DataBarRuleType,
    ],
  });
}

export async function monthlyReportXlsx(v: MonthlyReportView, timeZone: string): Promise<Buffer> {
  const title = reportTitle(v);
  const rule = (id: string) => v.names.rules[id] ?? id;
  const team = (id: string) => v.names.teams[id] ?? id;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'zhijian';
  const s = v.summary;

  const sum = sheet(wb, '概要', title, [22, 16, 4, 28, 12, 12]);
  header(sum, ['指标', '数值']);
  const figures: [string, number | null, string?][] = [
    ['通话量', s.conversations],
    ['已评分通话', s.scored],
    ['质检均分', s.meanScore, SCORE],
    ['每百通违规', s.hitsPer100, '0.0'],
    ['坐席数', s.agents],
    ['申诉数', s.appealsFiled],
    ['申诉成立数', s.appealsUpheld],
    ['申诉成立率', s.upheldRate, RATE],
    ['投诉数', s.complaints],
    ['有责投诉数', s.complaintsResponsible],
  ];
  for (const [k, val, fmt] of figures) {
    const r = sum.addRow([k, val ?? '无数据']);
    if (fmt && val !== null) r.getCell(2).numFmt = fmt;
  }
  sum.addRow([]);
  sum.addRow(['统计期间', `${v.from} 至 ${v.to}`]);
  sum.addRow(['生成时间', localTime(v.generatedAt, timeZone)]);
  sum.addRow(['口径', '分数取最新结果（复核后为终审分）；违规按“通话×规则”计数']);

  const daily = sheet(wb, '每日趋势', title, [14, 12, 12, 14]);
  header(daily, ['日期', '通话量', '质检均分', '每百通违规']);
  const d0 = daily.rowCount + 1;
  for (const d of v.daily) {
    const r = daily.addRow([d.day, d.conversations, d.meanScore ?? null, d.hitsPer100]);
    r.getCell(3).numFmt = SCORE;
  }
  bars(daily, 'B', d0, daily.rowCount, 'FF1677FF');
  bars(daily, 'D', d0, daily.rowCount, 'FFFA8C16');

  const teams = sheet(wb, '班组', title, [12, 18, 8, 10, 10, 12, 36, 8, 10, 10, 8, 10]);
  header(teams, [
    '班组编号',
    '班组',
    '坐席数',
    '通话量',
    '质检均分',
    '每百通违规',
    '主要违规',
    '申诉',
    '申诉成立',
    '成立率',
    '投诉',
    '有责投诉',
  ]);
  for (const t of v.teams) {
    const r = teams.addRow([
      t.teamId,
      team(t.teamId),
      t.agents,
      t.conversations,
      t.meanScore,
      t.hitsPer100,
      t.topRules.map((x) => `${rule(x.ruleId)}(${x.hits})`).join('、'),
      t.appealsFiled,
      t.appealsUpheld,
      t.upheldRate,
      t.complaints,
      t.complaintsResponsible,
    ]);
    r.getCell(5).numFmt = SCORE;
    r.getCell(10).numFmt = RATE;
  }

  const agents = sheet(wb, '坐席', title, [10, 10, 16, 10, 10, 12, 36, 8, 10, 8, 10]);
  header(agents, [
    '工号',
    '姓名',
    '班组',
    '通话量',
    '质检均分',
    '每百通违规',
    '主要违规',
    '申诉',
    '申诉成立',
    '投诉',
    '有责投诉',
  ]);
  for (const a of v.agents) {
    const r = agents.addRow([
      a.agentId,
      v.names.agents[a.agentId] ?? '',
      team(a.teamId),
      a.conversations,
      a.meanScore,
      a.hitsPer100,
      a.topRules.map((x) => `${rule(x.ruleId)}(${x.hits})`).join('、'),
      a.appealsFiled,
      a.appealsUpheld,
      a.complaints,
      a.complaintsResponsible,
    ]);
    r.getCell(5).numFmt = SCORE;
  }
  agents.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: 11 } };

  const rules = sheet(wb, '规则排行', title, [6, 22, 28, 12, 12]);
  header(rules, ['名次', '规则编号', '规则', '命中通数', '每百通']);
  const r0 = rules.rowCount + 1;
  s.topRules.forEach((x, i) => rules.addRow([i + 1, x.ruleId, rule(x.ruleId), x.hits, x.per100]));
  bars(rules, 'D', r0, rules.rowCount, 'FFFF4D4F');

  const appeals = sheet(wb, '申诉', title, [28, 12, 12, 12]);
  header(appeals, ['规则', '申诉数', '成立数', '成立率']);
  for (const a of v.appeals.byRule) {
    const r = appeals.addRow([
      a.rule === '—' ? '人工评分项' : rule(a.rule),
      a.filed,
      a.upheld,
      a.filed ? a.upheld / a.filed : null,
    ]);
    r.getCell(4).numFmt = RATE;
  }
  appeals.addRow([]);
  appeals.addRow(['合计', v.appeals.filed, v.appeals.upheld, rateText(s.upheldRate)]).font = { bold: true };
  appeals.addRow(['驳回', v.appeals.rejected]);
  appeals.addRow(['待处理', v.appeals.open]);

  const complaints = sheet(wb, '投诉', title, [16, 12]);
  header(complaints, ['分类', '件数']);
  complaints.addRow(['投诉总数', v.complaints.total]).font = { bold: true };
  complaints.addRow(['有责', v.complaints.responsible]);
  complaints.addRow(['无责', v.complaints.notResponsible]);
  complaints.addRow(['待判定', v.complaints.pending]);
  for (const k of ['minor', 'general', 'severe'] as const)
    complaints.addRow([`严重程度：${SEVERITY_ZH[k]}`, v.complaints.bySeverity[k]]);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
