// Branch evaluation queries (网点考核, seed 004 工單服務考核評價機制: 及時完成、回復和投訴率): the monthly league table
// and one branch's drill-down with the orders behind each figure. Figures come from the pure evaluation in
// src/core/service/branch-evaluation.ts over the orders created that month (in the contact center's zone) and the
// complaints linked to them. Row scope (row-scope.ts branchScope, seed 004 屬地管理): a branch user sees only their own
// branch's row and drill-down; another branch is NOT_FOUND. Read-only: no transaction, no audit entry.
import { branchScope, orderInScope } from '../auth/row-scope.ts';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import {
  DEFAULT_RECOMPLAINT_DAYS,
  evaluateBranches,
  type BranchScore,
  type EvaluatedOrder,
  type EvaluationFigure,
} from '../core/service/branch-evaluation.ts';
import { addMonths, isMonth, localDateText, parseLocalDate, startOfDay } from '../core/time/index.ts';
import {
  getBranch,
  laterComplaintDays,
  listBranches,
  listOrdersCreatedBetween,
  type BranchRow,
  type Store,
  type WorkOrderRow,
} from '../store/index.ts';

export interface EvaluationContext {
  store: Store;
  timeZone: string;
  recomplaintDays?: number;
}

export interface MonthEvaluation {
  month: string;
  from: Date;
  to: Date;
  recomplaintDays: number;
  rows: BranchScore[];
}

/** Instants bounding a `YYYY-MM` month in the zone: [from, to). */
export function monthRange(month: string, timeZone: string): { from: Date; to: Date } {
  if (!isMonth(month)) throw new AppError('BAD_INPUT', `Not a month: ${month}`, { field: 'month' });
  return {
    from: startOfDay(parseLocalDate(`${month}-01`), timeZone),
    to: startOfDay(parseLocalDate(`${addMonths(month, 1)}-01`), timeZone),
  };
}

/** The satisfaction evaluation reads: a callback's or the closure's, else the older `satisfied` of the closure. */
export function resolutionSatisfaction(o: WorkOrderRow): boolean | null {
  return o.resolutionSatisfactionSource !== null ? o.resolutionSatisfied : o.satisfied;
}

async function evaluatedOrders(
  c: EvaluationContext,
  orders: readonly WorkOrderRow[],
): Promise<EvaluatedOrder[]> {
  const complaints = await laterComplaintDays(
    c.store,
    orders.flatMap((o) => (o.complaintId ? [o.complaintId] : [])),
  );
  return orders.map((o) => {
    const complaint = o.complaintId ? complaints.get(o.complaintId) : undefined;
    return {
      id: o.id,
      branchId: o.branchId,
      replied: o.repliedAt !== null,
      resolved: o.resolvedAt !== null,
      replyLate: o.replyLate,
      resolveLate: o.resolveLate,
      bounceBacks: o.bounceBacks,
      redos: o.redos,
      resolvedOn: o.resolvedAt ? localDateText(o.resolvedAt, c.timeZone) : null,
      satisfied: resolutionSatisfaction(o),
      complaint: complaint
        ? { id: o.complaintId!, receivedOn: complaint.receivedOn, laterComplaintDays: complaint.later }
        : null,
    };
  });
}

async function evaluate(
  c: EvaluationContext,
  branches: readonly BranchRow[],
  month: string,
): Promise<{ evaluation: MonthEvaluation; orders: WorkOrderRow[] }> {
  const { from, to } = monthRange(month, c.timeZone);
  const recomplaintDays = c.recomplaintDays ?? DEFAULT_RECOMPLAINT_DAYS;
  const orders = await listOrdersCreatedBetween(
    c.store,
    from,
    to,
    branches.map((b) => b.id),
  );
  const rows = evaluateBranches(
    branches.map((b) => ({ id: b.id, name: b.name })),
    await evaluatedOrders(c, orders),
    { recomplaintDays },
  );
  return { evaluation: { month, from, to, recomplaintDays, rows }, orders };
}

/** The league table of a month: every branch in the caller's scope (a branch user: their own), ranked. */
export async function branchLeagueTable(
  c: EvaluationContext,
  p: Principal,
  month: string,
): Promise<MonthEvaluation> {
  const branches = await listBranches(c.store, branchScope(p));
  return (await evaluate(c, branches, month)).evaluation;
}

export interface BranchDrillDown {
  evaluation: MonthEvaluation;
  branch: BranchRow;
  row: BranchScore;
  /** The branch's orders of the month, each with the figures it stands behind. */
  orders: { order: WorkOrderRow; figures: EvaluationFigure[]; satisfied: boolean | null }[];
  /** The branch's score in the six months up to this one (oldest first), for the trend chart. */
  trend: { month: string; score: number | null; volume: number }[];
}

export async function branchDrillDown(
  c: EvaluationContext,
  p: Principal,
  branchId: string,
  month: string,
): Promise<BranchDrillDown> {
  monthRange(month, c.timeZone); // a bad month is BAD_INPUT before a scope answer
  const branch = await getBranch(c.store, branchId);
  if (!branch || !orderInScope(p, { branchId }))
    throw new AppError('NOT_FOUND', `Branch ${branchId} not found`);
  const { evaluation, orders } = await evaluate(c, [branch], month);
  const row = evaluation.rows[0]!;
  const behind = new Map<string, EvaluationFigure[]>();
  for (const [figure, ids] of Object.entries(row.orders) as [EvaluationFigure, string[]][])
    for (const id of ids) behind.set(id, [...(behind.get(id) ?? []), figure]);
  const trend: BranchDrillDown['trend'] = [];
  for (let i = 5; i >= 1; i--) {
    const m = addMonths(month, -i);
    const r = (await evaluate(c, [branch], m)).evaluation.rows[0]!;
    trend.push({ month: m, score: r.score, volume: r.volume });
  }
  trend.push({ month, score: row.score, volume: row.volume });
  return {
    evaluation,
    branch,
    row,
    orders: orders.map((o) => ({
      order: o,
      figures: behind.get(o.id) ?? [],
      satisfied: resolutionSatisfaction(o),
    })),
    trend,
  };
}
