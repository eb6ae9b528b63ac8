// The monthly settlement statement of one vendor (seed 002 二 "客服岗位的Kpi以及计费方式"): base fees, each
// agent's KPI bonus or deduction, complaint deductions, late callbacks, late reports, actual losses, discipline
// fines (seed 000) and adjusting entries for approved statements. Amounts are signed integer fen: positive is
// owed to the vendor, negative is deducted. The caller selects which records belong to the month.
import { computeAgentKpi, type AgentKpiInputs, type AgentKpiResult } from './compute.ts';
import type { DisciplineFine } from './discipline.ts';
import { assertFen, formatFen } from './money.ts';
import { addMonths, dayOfMonth, isCalendarDate, isMonth } from '../time/index.ts';
import type { KpiPolicy } from './policy.ts';

export type ComplaintSeverity = 'minor' | 'general' | 'severe';

/** The minimal complaint record of docs/product.md. */
export interface ComplaintRecord {
  id: string;
  date: string;
  agentId: string;
  severity: ComplaintSeverity;
  /** The client's complaint desk found the vendor responsible (甲方投诉岗判定投诉成立). */
  responsible: boolean;
  conversationId?: string | undefined;
}

export interface LateCallback {
  id: string;
  date: string;
  agentId?: string | undefined;
  /** seed 002 (三): yesterday's complaint not called back, or an after-hours voicemail not returned next day. */
  kind: 'complaint' | 'voicemail';
}

export interface ReportSubmission {
  /** The month the report covers, `YYYY-MM`; it is due on `lateReport.dueDayOfMonth` of the next month. */
  period: string;
  name: string;
  /** Local date it was completed, or null while still missing. */
  submittedOn: string | null;
}

export interface ActualLoss {
  id: string;
  description: string;
  /** The loss, a positive amount of fen, deducted as is (seed 002 (二) "客服承担实际损失"). */
  amountFen: number;
  agentId?: string | undefined;
}

export interface AdjustingEntry {
  id: string;
  /** What it corrects, e.g. the approved statement and line. */
  corrects: string;
  description: string;
  /** Signed: positive pays the vendor more, negative takes back. */
  amountFen: number;
}

export interface SettlementAgent extends Omit<AgentKpiInputs, 'month'> {
  name?: string | undefined;
}

export interface SettlementInput {
  vendorId: string;
  month: string;
  /** Local date the statement is drafted: decides whether a report not yet submitted is already late. */
  asOf: string;
  agents: readonly SettlementAgent[];
  complaints: readonly ComplaintRecord[];
  lateCallbacks: readonly LateCallback[];
  reports: readonly ReportSubmission[];
  actualLosses: readonly ActualLoss[];
  disciplineFines: readonly DisciplineFine[];
  adjustments: readonly AdjustingEntry[];
  /** Rewards of suggestion-box ideas adopted in the month (seed 001 金点子); absent = none. */
  ideaRewards?: readonly IdeaReward[] | undefined;
}

export interface IdeaReward {
  id: string;
  agentId: string;
  title: string;
  /** The reward, a non-negative amount of fen paid with the vendor's statement to the agent. */
  amountFen: number;
}

export const LINE_KINDS = [
  'base-fee',
  'kpi-bonus',
  'kpi-deduction',
  'complaint',
  'late-callback',
  'late-report',
  'actual-loss',
  'discipline-fine',
  'adjustment',
  'idea-reward',
] as const;
export type SettlementLineKind = (typeof LINE_KINDS)[number];

export interface SettlementLine {
  kind: SettlementLineKind;
  agentId?: string;
  /** Id of the record the line comes from (complaint, callback, loss, incident, adjusting entry). */
  reference?: string;
  date?: string;
  /** User-facing (Chinese) text for the printed statement and the export. */
  description: string;
  amountFen: number;
}

export type SettlementTotals = Record<SettlementLineKind, number> & { netFen: number };

export interface SettlementStatement {
  vendorId: string;
  month: string;
  policyVersion: string;
  kpi: AgentKpiResult[];
  lines: SettlementLine[];
  totals: SettlementTotals;
}

const SEVERITY_ZH: Record<ComplaintSeverity, string> = {
  minor: '轻微有责',
  general: '一般有责',
  severe: '严重有责',
};
const CALLBACK_ZH: Record<LateCallback['kind'], string> = {
  complaint: '客诉未隔天回访',
  voicemail: '下班留言次日未回电',
};

function complaintFen(severity: ComplaintSeverity, policy: KpiPolicy): number {
  switch (severity) {
    case 'minor':
      return policy.complaints.minorFen;
    case 'general':
      return policy.complaints.generalFen;
    case 'severe':
      return policy.complaints.severeFen;
  }
}

/** The day a period's report is due: `dueDayOfMonth` of the following month (seed 002 (四)). */
export function reportDueDate(period: string, policy: KpiPolicy): string {
  return dayOfMonth(addMonths(period, 1), policy.lateReport.dueDayOfMonth);
}

function isLate(r: ReportSubmission, asOf: string, policy: KpiPolicy): boolean {
  const due = reportDueDate(r.period, policy);
  return r.submittedOn === null ? asOf > due : r.submittedOn > due;
}

function checkInput(input: SettlementInput): void {
  if (!isMonth(input.month)) throw new RangeError(`month must be YYYY-MM, got ${input.month}`);
  if (!isCalendarDate(input.asOf)) throw new RangeError(`asOf must be YYYY-MM-DD, got ${input.asOf}`);
  const ids = new Set<string>();
  for (const a of input.agents) {
    if (ids.has(a.agentId)) throw new RangeError(`agent ${a.agentId} listed twice`);
    ids.add(a.agentId);
  }
  for (const r of input.reports) {
    if (!isMonth(r.period)) throw new RangeError(`report period must be YYYY-MM, got ${r.period}`);
    if (r.submittedOn !== null && !isCalendarDate(r.submittedOn))
      throw new RangeError(`report submission date must be YYYY-MM-DD, got ${r.submittedOn}`);
  }
  for (const l of input.actualLosses) {
    assertFen(l.amountFen, `actual loss ${l.id}`);
    if (l.amountFen < 0) throw new RangeError(`actual loss ${l.id} must not be negative`);
  }
  for (const e of input.adjustments) assertFen(e.amountFen, `adjusting entry ${e.id}`);
  for (const r of input.ideaRewards ?? []) {
    assertFen(r.amountFen, `idea reward ${r.id}`);
    if (r.amountFen < 0) throw new RangeError(`idea reward ${r.id} must not be negative`);
  }
}

/** Sum every line by kind and in total; `netFen` is the sum of all lines. */
export function totalsOf(lines: readonly SettlementLine[]): SettlementTotals {
  const totals = Object.fromEntries([...LINE_KINDS.map((k) => [k, 0]), ['netFen', 0]]) as SettlementTotals;
  for (const line of lines) {
    assertFen(line.amountFen, `line "${line.description}"`);
    totals[line.kind] += line.amountFen;
    totals.netFen += line.amountFen;
  }
  return totals;
}

/** Problems of a stored statement: totals that do not match its lines (empty when consistent). */
export function verifyStatement(statement: SettlementStatement): string[] {
  const recomputed = totalsOf(statement.lines);
  const keys = [...LINE_KINDS, 'netFen'] as const;
  return keys
    .filter((k) => recomputed[k] !== statement.totals[k])
    .map((k) => `${k}: stated ${statement.totals[k]}, lines sum to ${recomputed[k]}`);
}

/** Build the statement of `input.vendorId` for `input.month` under `policy`. */
export function buildSettlement(input: SettlementInput, policy: KpiPolicy): SettlementStatement {
  checkInput(input);
  const agents = [...input.agents].sort((a, b) =>
    a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0,
  );
  const kpi = agents.map((a) => computeAgentKpi({ ...a, month: input.month }, policy));
  const lines: SettlementLine[] = [];
  const label = (id: string) => {
    const name = agents.find((a) => a.agentId === id)?.name;
    return name ? `${name}（${id}）` : id;
  };

  for (const k of kpi)
    lines.push({
      kind: 'base-fee',
      agentId: k.agentId,
      description: `基本服务费 ${label(k.agentId)}`,
      amountFen: k.monthlyFeeFen,
    });
  // An item scored without data is named on its line: the statement must not read as if it were measured.
  const ITEM_ZH = { answerRate: '接听率', satisfaction: '满意度', qa: '质检' } as const;
  const noData = (k: AgentKpiResult) => {
    const items = (['answerRate', 'satisfaction', 'qa'] as const).filter(
      (i) => k.items[i].kind === 'no-data',
    );
    return items.length === 0 ? '' : `（${items.map((i) => ITEM_ZH[i]).join('、')}无数据）`;
  };
  for (const k of kpi) {
    const o = k.outcome;
    switch (o.kind) {
      case 'bonus':
        lines.push({
          kind: 'kpi-bonus',
          agentId: k.agentId,
          description: `KPI奖金 ${label(k.agentId)}：总分${k.totalPoints}${noData(k)}，${formatFen(policy.bonus.baseFen)}元×${o.percent}%`,
          amountFen: o.amountFen,
        });
        break;
      case 'deduction':
        lines.push({
          kind: 'kpi-deduction',
          agentId: k.agentId,
          description: `KPI未达成扣款 ${label(k.agentId)}：总分${k.totalPoints}${noData(k)}，${formatFen(k.monthlyFeeFen)}元×${o.percent}%`,
          amountFen: -o.amountFen,
        });
        break;
      case 'on-target':
        break;
    }
  }
  const byDate = <T extends { date: string; id: string }>(xs: readonly T[]) =>
    [...xs].sort((a, b) =>
      a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
  for (const c of byDate(input.complaints.filter((c) => c.responsible)))
    lines.push({
      kind: 'complaint',
      agentId: c.agentId,
      reference: c.id,
      date: c.date,
      description: `客户投诉（${SEVERITY_ZH[c.severity]}）${label(c.agentId)}${c.conversationId ? ` 通话${c.conversationId}` : ''}`,
      amountFen: -complaintFen(c.severity, policy),
    });
  for (const cb of byDate(input.lateCallbacks))
    lines.push({
      kind: 'late-callback',
      ...(cb.agentId === undefined ? {} : { agentId: cb.agentId }),
      reference: cb.id,
      date: cb.date,
      description: `回访不及时：${CALLBACK_ZH[cb.kind]}${cb.agentId ? ` ${label(cb.agentId)}` : ''}`,
      amountFen: -policy.lateCallbackFen,
    });
  for (const r of input.reports.filter((r) => isLate(r, input.asOf, policy)))
    lines.push({
      kind: 'late-report',
      reference: `${r.period}:${r.name}`,
      ...(r.submittedOn === null ? {} : { date: r.submittedOn }),
      description: `报表不及时：${r.name}（${r.period}，应于${reportDueDate(r.period, policy)}前完成${r.submittedOn ? `，${r.submittedOn}完成` : '，未完成'}）`,
      amountFen: -policy.lateReport.feeFen,
    });
  for (const l of input.actualLosses)
    lines.push({
      kind: 'actual-loss',
      ...(l.agentId === undefined ? {} : { agentId: l.agentId }),
      reference: l.id,
      description: `违规操作实际损失：${l.description}`,
      amountFen: -l.amountFen,
    });
  for (const f of [...input.disciplineFines].sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : 1)))
    lines.push({
      kind: 'discipline-fine',
      agentId: f.agentId,
      reference: f.incidentId,
      date: f.occurredOn,
      description: `差错处理罚款（信息记录不准确，第二次）${label(f.agentId)}`,
      amountFen: -policy.disciplineFineFen,
    });
  for (const e of input.adjustments)
    lines.push({
      kind: 'adjustment',
      reference: e.id,
      description: `调整：${e.description}（更正 ${e.corrects}）`,
      amountFen: e.amountFen,
    });

  for (const r of [...(input.ideaRewards ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
    lines.push({
      kind: 'idea-reward',
      agentId: r.agentId,
      reference: r.id,
      description: `金点子奖励 ${label(r.agentId)}：${r.title}`,
      amountFen: r.amountFen,
    });

  const statement: SettlementStatement = {
    vendorId: input.vendorId,
    month: input.month,
    policyVersion: policy.version,
    kpi,
    lines,
    totals: totalsOf(lines),
  };
  return statement;
}
