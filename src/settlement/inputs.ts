// Gathers everything a vendor's monthly statement is built from (seed 002 二, seed 000 差错处理) and builds it with
// src/core/kpi buildSettlement. Which records belong to month M (documented in src/settlement/README.md):
// complaints received in M and decided responsible; late callbacks due in M; the report due in M (period M−1);
// actual losses charged to M; discipline fines of second incidents that happened in M; adjusting entries of
// earlier approved statements not yet settled elsewhere.
import {
  addMonths,
  buildSettlement,
  disciplineFinesInMonth,
  type ReportSubmission,
  type SettlementStatement,
} from '../core/kpi/index.ts';
import {
  getStatement,
  listActualLosses,
  listAgentPlacements,
  listComplaints,
  listIncidents,
  listLateCallbacks,
  listOpenAdjustments,
  listReportSubmissions,
  listIdeas,
  resolveKpiPolicy,
  type ResolvedPolicy,
  type SettlementAdjustmentRow,
  type Store,
} from '../store/index.ts';
import { kpiRows, loadKpiInputs, monthEnd } from './kpi.ts';

/** The report every vendor owes monthly (seed 002 (四) "每个月5号前完成报表"). */
export const MONTHLY_REPORT = '月度报表';

export interface BuiltStatement {
  statement: SettlementStatement;
  policy: ResolvedPolicy;
  adjustmentIds: string[];
}

export async function buildVendorStatement(
  store: Store,
  o: { vendorId: string; month: string; asOf: string; timeZone: string; statementId: string },
): Promise<BuiltStatement> {
  const { vendorId, month } = o;
  const placements = await listAgentPlacements(store, { vendorIds: [vendorId] });
  const policy = await resolveKpiPolicy(store, vendorId, month);
  const inputs = await loadKpiInputs(store, placements, month, o.timeZone);
  const kpi = kpiRows(placements, inputs, month, o.timeZone);
  const reportPeriod = addMonths(month, -1);
  const [complaints, callbacks, submissions, losses, incidents, open] = await Promise.all([
    listComplaints(store, { vendorIds: [vendorId], month, decision: 'responsible' }),
    listLateCallbacks(store, vendorId, month),
    listReportSubmissions(store, vendorId, reportPeriod),
    listActualLosses(store, vendorId, month),
    listIncidents(store, { vendorIds: [vendorId], until: monthEnd(month) }),
    listOpenAdjustments(store, vendorId, o.statementId),
  ]);
  // seed 001 金点子: rewards of ideas adopted in the month are paid with this month's statement.
  const rewarded = await listIdeas(store, { vendorIds: [vendorId], state: 'adopted', rewardMonth: month });
  const reports: ReportSubmission[] = submissions.map((s) => ({
    period: s.period,
    name: s.name,
    submittedOn: s.submittedOn,
  }));
  if (!reports.some((r) => r.name === MONTHLY_REPORT))
    reports.push({ period: reportPeriod, name: MONTHLY_REPORT, submittedOn: null });
  const adjustments = await adjustmentsOfEarlierMonths(store, open, month);
  const statement = buildSettlement(
    {
      vendorId,
      month,
      asOf: o.asOf,
      agents: kpi.map((k) => ({
        agentId: k.agent.agentId,
        name: k.agent.name,
        stats: k.stats,
        qaScores: k.qa,
      })),
      complaints: complaints.map((c) => ({
        id: c.id,
        date: c.receivedOn,
        agentId: c.agentId,
        severity: c.severity,
        responsible: c.decision === 'responsible',
        conversationId: c.conversationId ?? undefined,
      })),
      lateCallbacks: callbacks.map((c) => ({
        id: c.id,
        date: c.date,
        agentId: c.agentId ?? undefined,
        kind: c.kind,
      })),
      reports,
      actualLosses: losses.map((l) => ({
        id: l.id,
        description: l.description,
        amountFen: l.amountFen,
        agentId: l.agentId ?? undefined,
      })),
      disciplineFines: disciplineFinesInMonth(
        incidents.map((i) => ({
          id: i.id,
          agentId: i.agentId,
          occurredOn: i.occurredOn,
          review: i.review,
        })),
        policy.disciplineWindow,
        month,
      ),
      adjustments: adjustments.map((a) => ({
        id: a.id,
        corrects: a.corrects,
        description: a.description,
        amountFen: a.amountFen,
      })),
      ideaRewards: rewarded
        .filter((i) => i.agentId !== null && (i.rewardFen ?? 0) > 0)
        .map((i) => ({ id: i.id, agentId: i.agentId!, title: i.title, amountFen: i.rewardFen! })),
    },
    policy.policy,
  );
  return { statement, policy, adjustmentIds: adjustments.map((a) => a.id) };
}

async function adjustmentsOfEarlierMonths(
  store: Store,
  open: readonly SettlementAdjustmentRow[],
  month: string,
): Promise<SettlementAdjustmentRow[]> {
  const months = new Map<string, string>();
  for (const id of new Set(open.map((a) => a.statementId))) {
    const s = await getStatement(store, id);
    if (s) months.set(id, s.month);
  }
  return open.filter((a) => (months.get(a.statementId) ?? month) < month);
}
