// The printable statement (docs/product.md "KPI and monthly settlement"): one self-contained HTML page with print CSS, every value
// escaped. Amounts are formatted from integer fen; nothing is computed here.
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

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const e = (v: string | number) => escapeHtml(String(v));
const money = (fen: number) => `<td class="num">${e(formatFen(fen))}</td>`;
const row = (cells: string[]) => `<tr>${cells.join('')}</tr>`;
const td = (v: string | number) => `<td>${e(v)}</td>`;
const th = (v: string) => `<th>${e(v)}</th>`;

const CSS = `
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;font-size:12px;color:#111;margin:24px}
h1{font-size:20px;margin:0 0 12px}h2{font-size:14px;margin:18px 0 6px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:3px 6px;text-align:left}
th{background:#e8eef7}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.meta td{border:none;padding:2px 8px}table.meta td:first-child{font-weight:bold;width:8em}
tr.net td{font-weight:bold;font-size:14px;border-top:2px solid #111}
.sign{display:flex;justify-content:space-between;margin-top:40px}.sign div{width:45%;border-top:1px solid #111;padding-top:4px}
@page{size:A4 landscape;margin:12mm}
@media print{body{margin:0}thead{display:table-header-group}tr{page-break-inside:avoid}.noprint{display:none}}`;

export function statementHtml(v: StatementView, timeZone: string): string {
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
  const kpiRows = s.kpi.map((k) =>
    row([
      td(k.agentId),
      td(v.agentNames[k.agentId] ?? ''),
      td(percentText(k.items.answerRate.value)),
      td(percentText(k.items.satisfaction.value)),
      td(k.items.qa.value === null ? '无数据' : k.items.qa.value.toFixed(2)),
      td(k.items.answerRate.points),
      td(k.items.satisfaction.points),
      td(k.items.qa.points),
      td(k.totalPoints),
      money(k.bonusFen),
      money(k.deductionFen),
    ]),
  );
  const lineRows = s.lines.map((l) =>
    row([td(KIND_ZH[l.kind]), td(l.agentId ?? ''), td(l.date ?? ''), td(l.description), money(l.amountFen)]),
  );
  const totalRows = LINE_KINDS.map((k) => row([td(KIND_ZH[k]), money(s.totals[k])]));
  const adjustments =
    v.adjustments.length === 0
      ? ''
      : `<h2>审批后调整分录（于下一期结算单结算）</h2><table><thead>${row(
          ['编号', '登记日期', '说明', '状态', '金额(元)'].map(th),
        )}</thead><tbody>${v.adjustments
          .map((a) =>
            row([
              td(a.id),
              td(localTime(a.createdAt.toISOString(), timeZone).slice(0, 10)),
              td(`${a.description}（更正 ${a.corrects}）`),
              td(a.settledInStatementId ? `已并入 ${a.settledInStatementId}` : '待结算'),
              money(a.amountFen),
            ]),
          )
          .join('')}</tbody></table>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>${e(`${v.vendorName} ${v.month} 月度结算单`)}</title><style>${CSS}</style></head><body>
<p class="noprint"><button onclick="window.print()">打印</button></p>
<h1>${e(`${v.vendorName} ${v.month} 月度结算单`)}</h1>
<table class="meta"><tbody>${meta.map(([k, val]) => row([td(k), td(val)])).join('')}</tbody></table>
<h2>KPI考核明细</h2><table><thead>${row(KPI_COLUMNS.map(th))}</thead><tbody>${kpiRows.join('')}</tbody></table>
<h2>结算明细</h2><table><thead>${row(LINE_COLUMNS.map(th))}</thead><tbody>${lineRows.join('')}</tbody></table>
<h2>分类合计</h2><table><tbody>${totalRows.join('')}
<tr class="net"><td>应付净额（人民币元）</td>${money(s.totals.netFen)}</tr></tbody></table>
${adjustments}
<div class="sign"><div>乙方确认（签章）：</div><div>甲方审批（签章）：</div></div>
</body></html>
`;
}
