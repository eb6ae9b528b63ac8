// The printable monthly QA report (A4 portrait, print CSS; a browser's "save as PDF" gives the PDF a manager files):
// the month's figures, the daily trend and the most hit rules as inline SVG charts, then the team, agent, appeal and
// complaint tables. Follows the printable statement (src/settlement/print-html.ts): self-contained, every value
// escaped, nothing computed here but layout.
import { escapeHtml } from '../settlement/print-html.ts';
import { rateText, reportTitle, scoreText, SEVERITY_ZH } from './labels.ts';
import type { MonthlyReportView } from './reports.ts';
import { barChartSvg, lineChartSvg } from './svg.ts';
import { localTime } from '../settlement/view.ts';

const e = (v: string | number) => escapeHtml(String(v));
const row = (cells: string[]) => `<tr>${cells.join('')}</tr>`;
const td = (v: string | number) => `<td>${e(v)}</td>`;
const num = (v: string | number) => `<td class="num">${e(v)}</td>`;
const th = (v: string) => `<th>${e(v)}</th>`;
const table = (head: string[], rows: string[]) =>
  `<table><thead>${row(head.map(th))}</thead><tbody>${rows.join('') || `<tr><td colspan="${head.length}">无</td></tr>`}</tbody></table>`;

const CSS = `
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;font-size:11px;color:#111;margin:24px}
h1{font-size:18px;margin:0 0 8px}h2{font-size:13px;margin:16px 0 6px;border-left:4px solid #1677ff;padding-left:6px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:2px 5px;text-align:left}
th{background:#e8eef7}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.kpis{display:flex;flex-wrap:wrap;gap:8px}.kpi{border:1px solid #ccc;padding:6px 10px;min-width:110px}
.kpi b{display:block;font-size:16px}.muted{color:#666}svg.chart{display:block;margin:6px 0;max-width:100%;height:auto}
section{page-break-inside:avoid}
@page{size:A4 portrait;margin:12mm}
@media print{body{margin:0}thead{display:table-header-group}tr{page-break-inside:avoid}.noprint{display:none}}`;

export function monthlyReportHtml(v: MonthlyReportView, timeZone: string): string {
  const title = reportTitle(v);
  const s = v.summary;
  const agent = (id: string) => v.names.agents[id] ?? '';
  const team = (id: string) => v.names.teams[id] ?? id;
  const rule = (id: string) => v.names.rules[id] ?? id;
  const kpis: [string, string][] = [
    ['通话量', String(s.conversations)],
    ['已评分', String(s.scored)],
    ['质检均分', scoreText(s.meanScore)],
    ['每百通违规', String(s.hitsPer100)],
    ['坐席数', String(s.agents)],
    ['申诉 / 成立', `${s.appealsFiled} / ${s.appealsUpheld}`],
    ['申诉成立率', rateText(s.upheldRate)],
    ['投诉 / 有责', `${s.complaints} / ${s.complaintsResponsible}`],
  ];
  const trend = lineChartSvg(
    v.daily.map((d) => d.day.slice(5)),
    [
      { name: '质检均分', values: v.daily.map((d) => d.meanScore) },
      { name: '每百通违规', values: v.daily.map((d) => (d.conversations > 0 ? d.hitsPer100 : null)) },
    ],
    '每日趋势',
  );
  const bars = barChartSvg(
    s.topRules.map((r) => ({ label: rule(r.ruleId), value: r.hits })),
    '违规规则排行（命中通数）',
  );
  const teamRows = v.teams.map((t) =>
    row([
      td(team(t.teamId)),
      num(t.agents),
      num(t.conversations),
      num(scoreText(t.meanScore)),
      num(t.hitsPer100),
      td(t.topRules.map((r) => rule(r.ruleId)).join('、')),
      num(`${t.appealsFiled} / ${t.appealsUpheld}`),
      num(`${t.complaints} / ${t.complaintsResponsible}`),
    ]),
  );
  const agentRows = v.agents.map((a) =>
    row([
      td(a.agentId),
      td(agent(a.agentId)),
      td(team(a.teamId)),
      num(a.conversations),
      num(scoreText(a.meanScore)),
      num(a.hitsPer100),
      td(a.topRules.map((r) => rule(r.ruleId)).join('、')),
      num(`${a.appealsFiled} / ${a.appealsUpheld}`),
      num(`${a.complaints} / ${a.complaintsResponsible}`),
    ]),
  );
  const ruleRows = s.topRules.map((r, i) =>
    row([num(i + 1), td(r.ruleId), td(rule(r.ruleId)), num(r.hits), num(r.per100)]),
  );
  const appealRows = v.appeals.byRule.map((a) =>
    row([td(a.rule === '—' ? '人工评分项' : rule(a.rule)), num(a.filed), num(a.upheld)]),
  );
  const c = v.complaints;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>${e(title)}</title><style>${CSS}</style></head><body>
<p class="noprint"><button onclick="window.print()">打印 / 另存为 PDF</button></p>
<h1>${e(title)}</h1>
<p class="muted">统计期间 ${e(v.from)} 至 ${e(v.to)}；生成于 ${e(localTime(v.generatedAt, timeZone))}。分数取最新结果（复核后为终审分）；违规按“通话×规则”计数。</p>
<section><h2>本月概要</h2><div class="kpis">${kpis.map(([k, val]) => `<div class="kpi">${e(k)}<b>${e(val)}</b></div>`).join('')}</div>
${trend}</section>
<section><h2>违规规则排行</h2>${bars}${table(['#', '规则编号', '规则', '命中通数', '每百通'], ruleRows)}</section>
<section><h2>班组</h2>${table(['班组', '坐席数', '通话量', '质检均分', '每百通违规', '主要违规', '申诉/成立', '投诉/有责'], teamRows)}</section>
<section><h2>坐席</h2>${table(['工号', '姓名', '班组', '通话量', '质检均分', '每百通违规', '主要违规', '申诉/成立', '投诉/有责'], agentRows)}</section>
<section><h2>申诉</h2><p>共 ${e(v.appeals.filed)} 件：成立 ${e(v.appeals.upheld)}，驳回 ${e(v.appeals.rejected)}，待处理 ${e(v.appeals.open)}；成立率 ${e(rateText(s.upheldRate))}。</p>
${table(['规则', '申诉数', '成立数'], appealRows)}</section>
<section><h2>投诉</h2><p>共 ${e(c.total)} 件：有责 ${e(c.responsible)}，无责 ${e(c.notResponsible)}，待判定 ${e(c.pending)}。</p>
${table(
  ['严重程度', '件数'],
  (['minor', 'general', 'severe'] as const).map((k) => row([td(SEVERITY_ZH[k]), num(c.bySeverity[k])])),
)}</section>
</body></html>
`;
}
