// Records that become settlement lines (seed 002 二 扣罚事项): complaints decided by the client's complaint desk,
// late callbacks, report submissions and actual losses. Writers pass a transaction to audit in the same one.
import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { addMonths } from '../../core/kpi/index.ts';
import { actualLosses, complaints, lateCallbacks, reportSubmissions } from '../schema/index.ts';
import type { DbHandle, Store } from '../store.ts';

export type ComplaintRow = typeof complaints.$inferSelect;
export type LateCallbackRow = typeof lateCallbacks.$inferSelect;
export type ReportSubmissionRow = typeof reportSubmissions.$inferSelect;
export type ActualLossRow = typeof actualLosses.$inferSelect;

/** Calendar days of `month` on a `date` column (days are local to the contact center's zone). */
const monthRange = (col: PgColumn, month: string): SQL[] => [
  gte(col, `${month}-01`),
  lt(col, `${addMonths(month, 1)}-01`),
];

export async function insertComplaint(
  store: Store | DbHandle,
  c: typeof complaints.$inferInsert,
): Promise<ComplaintRow> {
  const [row] = await store.db.insert(complaints).values(c).returning();
  return row!;
}

export async function getComplaint(store: Store | DbHandle, id: string): Promise<ComplaintRow | undefined> {
  const [row] = await store.db.select().from(complaints).where(eq(complaints.id, id));
  return row;
}

export async function updateComplaint(
  store: Store | DbHandle,
  id: string,
  set: Partial<Omit<ComplaintRow, 'id' | 'createdAt' | 'createdByUserId'>>,
): Promise<ComplaintRow> {
  const [row] = await store.db.update(complaints).set(set).where(eq(complaints.id, id)).returning();
  return row!;
}

export interface ComplaintFilter {
  vendorIds?: readonly string[] | undefined;
  teamIds?: readonly string[] | undefined;
  agentIds?: readonly string[] | undefined;
  month?: string | undefined;
  decision?: ComplaintRow['decision'] | undefined;
}

export function listComplaints(store: Store | DbHandle, f: ComplaintFilter): Promise<ComplaintRow[]> {
  const conds = [
    f.vendorIds ? inArray(complaints.vendorId, [...f.vendorIds, '']) : undefined,
    f.teamIds ? inArray(complaints.teamId, [...f.teamIds, '']) : undefined,
    f.agentIds ? inArray(complaints.agentId, [...f.agentIds, '']) : undefined,
    ...(f.month ? monthRange(complaints.receivedOn, f.month) : []),
    f.decision ? eq(complaints.decision, f.decision) : undefined,
  ];
  return store.db
    .select()
    .from(complaints)
    .where(and(...conds))
    .orderBy(desc(complaints.receivedOn), asc(complaints.id))
    .limit(2000);
}

export async function insertLateCallback(
  store: Store | DbHandle,
  c: typeof lateCallbacks.$inferInsert,
): Promise<LateCallbackRow> {
  const [row] = await store.db.insert(lateCallbacks).values(c).returning();
  return row!;
}

export function listLateCallbacks(
  store: Store | DbHandle,
  vendorId: string,
  month: string,
): Promise<LateCallbackRow[]> {
  return store.db
    .select()
    .from(lateCallbacks)
    .where(and(eq(lateCallbacks.vendorId, vendorId), ...monthRange(lateCallbacks.date, month)))
    .orderBy(asc(lateCallbacks.date), asc(lateCallbacks.id));
}

/** Record a report as submitted; the first submission of a report counts (a resubmission does not move it). */
export async function recordReportSubmission(
  store: Store | DbHandle,
  r: typeof reportSubmissions.$inferInsert,
): Promise<{ row: ReportSubmissionRow; created: boolean }> {
  const inserted = await store.db.insert(reportSubmissions).values(r).onConflictDoNothing().returning();
  if (inserted[0]) return { row: inserted[0], created: true };
  const [row] = await store.db
    .select()
    .from(reportSubmissions)
    .where(
      and(
        eq(reportSubmissions.vendorId, r.vendorId),
        eq(reportSubmissions.period, r.period),
        eq(reportSubmissions.name, r.name),
      ),
    );
  return { row: row!, created: false };
}

export function listReportSubmissions(
  store: Store | DbHandle,
  vendorId: string,
  period: string,
): Promise<ReportSubmissionRow[]> {
  return store.db
    .select()
    .from(reportSubmissions)
    .where(and(eq(reportSubmissions.vendorId, vendorId), eq(reportSubmissions.period, period)))
    .orderBy(asc(reportSubmissions.name));
}

export async function insertActualLoss(
  store: Store | DbHandle,
  l: typeof actualLosses.$inferInsert,
): Promise<ActualLossRow> {
  const [row] = await store.db.insert(actualLosses).values(l).returning();
  return row!;
}

export function listActualLosses(
  store: Store | DbHandle,
  vendorId: string,
  month: string,
): Promise<ActualLossRow[]> {
  return store.db
    .select()
    .from(actualLosses)
    .where(and(eq(actualLosses.vendorId, vendorId), eq(actualLosses.month, month)))
    .orderBy(asc(actualLosses.createdAt), asc(actualLosses.id));
}

/** Delete a late callback; the deleted row, or undefined when there was none. */
export async function deleteLateCallback(store: DbHandle, id: string): Promise<LateCallbackRow | undefined> {
  const [row] = await store.db.delete(lateCallbacks).where(eq(lateCallbacks.id, id)).returning();
  return row;
}

export async function getLateCallback(store: DbHandle, id: string): Promise<LateCallbackRow | undefined> {
  const [row] = await store.db.select().from(lateCallbacks).where(eq(lateCallbacks.id, id));
  return row;
}

export async function deleteActualLoss(store: DbHandle, id: string): Promise<ActualLossRow | undefined> {
  const [row] = await store.db.delete(actualLosses).where(eq(actualLosses.id, id)).returning();
  return row;
}

export async function getActualLoss(store: DbHandle, id: string): Promise<ActualLossRow | undefined> {
  const [row] = await store.db.select().from(actualLosses).where(eq(actualLosses.id, id));
  return row;
}

export async function deleteReportSubmission(
  store: DbHandle,
  k: { vendorId: string; period: string; name: string },
): Promise<ReportSubmissionRow | undefined> {
  const [row] = await store.db
    .delete(reportSubmissions)
    .where(
      and(
        eq(reportSubmissions.vendorId, k.vendorId),
        eq(reportSubmissions.period, k.period),
        eq(reportSubmissions.name, k.name),
      ),
    )
    .returning();
  return row;
}

/**
 * What the complaint rate is made of (src/core/service/complaint-rates.ts), for the months [fromMonth, toMonth]:
 * complaints per month, cause, team and agent, and stored calls (latest versions) per month, team and agent, the
 * months of calls read in the contact center's zone.
 */
export async function complaintRateInputs(
  store: Store,
  f: Omit<ComplaintFilter, 'month' | 'decision'> & { fromMonth: string; toMonth: string; timeZone: string },
): Promise<{
  complaints: {
    month: string;
    causeId: string | null;
    teamId: string;
    agentId: string;
    complaints: number;
  }[];
  calls: { month: string; teamId: string | null; agentId: string | null; calls: number }[];
}> {
  const end = `${addMonths(f.toMonth, 1)}-01`;
  const month = sql<string>`to_char(${complaints.receivedOn}, 'YYYY-MM')`;
  const complaintRows = await store.db
    .select({
      month,
      causeId: complaints.causeId,
      teamId: complaints.teamId,
      agentId: complaints.agentId,
      complaints: sql<number>`count(*)::int`,
    })
    .from(complaints)
    .where(
      and(
        f.vendorIds ? inArray(complaints.vendorId, [...f.vendorIds, '']) : undefined,
        f.teamIds ? inArray(complaints.teamId, [...f.teamIds, '']) : undefined,
        f.agentIds ? inArray(complaints.agentId, [...f.agentIds, '']) : undefined,
        gte(complaints.receivedOn, `${f.fromMonth}-01`),
        lt(complaints.receivedOn, end),
      ),
    )
    .groupBy(month, complaints.causeId, complaints.teamId, complaints.agentId);
  // Month bounds as instants in the zone, so the started_at index serves the range; scope lists as arrays.
  const params: unknown[] = [f.timeZone, `${f.fromMonth}-01`, end];
  const scoped = (column: string, ids: readonly string[] | undefined): string => {
    if (ids === undefined) return '';
    params.push([...ids]);
    return ` and ${column} = any($${params.length}::text[])`;
  };
  const where =
    scoped('vendor_id', f.vendorIds) + scoped('team_id', f.teamIds) + scoped('agent_id', f.agentIds);
  const result = await store.sql<{
    month: string;
    team_id: string | null;
    agent_id: string | null;
    calls: number;
  }>(
    `select to_char(started_at at time zone $1, 'YYYY-MM') as month, team_id, agent_id, count(*)::int as calls
       from conversations
      where is_latest and started_at >= ($2::timestamp at time zone $1) and started_at < ($3::timestamp at time zone $1)${where}
      group by 1, 2, 3`,
    params,
  );
  const callRows = result.rows.map((r) => ({
    month: String(r.month),
    teamId: r.team_id ?? null,
    agentId: r.agent_id ?? null,
    calls: Number(r.calls),
  }));
  return { complaints: complaintRows, calls: callRows };
}
