// Branches, SLA policies, work orders with their events, and complaint causes (schema/service-ops.ts). Writers pass
// a transaction so the change and its audit entry land together.
import { and, asc, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  branches,
  complaintCauses,
  complaints,
  slaPolicies,
  workOrderEvents,
  workOrders,
} from '../schema/index.ts';
import type { DbHandle, Store } from '../store.ts';

export type BranchRow = typeof branches.$inferSelect;
export type SlaPolicyRow = typeof slaPolicies.$inferSelect;
export type WorkOrderRow = typeof workOrders.$inferSelect;
export type WorkOrderEventRow = typeof workOrderEvents.$inferSelect;
export type ComplaintCauseRow = typeof complaintCauses.$inferSelect;
export type WorkOrderSlaColumns = Pick<
  WorkOrderRow,
  | 'state'
  | 'slaState'
  | 'replyDueAt'
  | 'resolveDueAt'
  | 'nextDueAt'
  | 'repliedAt'
  | 'resolvedAt'
  | 'replyLate'
  | 'resolveLate'
  | 'bounceBacks'
  | 'redos'
>;

export async function insertBranch(s: Store | DbHandle, b: typeof branches.$inferInsert): Promise<BranchRow> {
  const [row] = await s.db.insert(branches).values(b).returning();
  return row!;
}

export async function getBranch(s: Store | DbHandle, id: string): Promise<BranchRow | undefined> {
  const [row] = await s.db.select().from(branches).where(eq(branches.id, id));
  return row;
}

export function listBranches(s: Store | DbHandle, ids?: readonly string[]): Promise<BranchRow[]> {
  const where =
    ids === undefined ? undefined : ids.length === 0 ? sql`false` : inArray(branches.id, [...ids]);
  return s.db.select().from(branches).where(where).orderBy(asc(branches.name));
}

export async function insertSlaPolicy(
  s: Store | DbHandle,
  p: typeof slaPolicies.$inferInsert,
): Promise<SlaPolicyRow> {
  const [row] = await s.db.insert(slaPolicies).values(p).onConflictDoNothing().returning();
  return row ?? (await getSlaPolicy(s, p.id))!;
}

export async function getSlaPolicy(s: Store | DbHandle, id: string): Promise<SlaPolicyRow | undefined> {
  const [row] = await s.db.select().from(slaPolicies).where(eq(slaPolicies.id, id));
  return row;
}

export function listSlaPolicies(s: Store | DbHandle): Promise<SlaPolicyRow[]> {
  return s.db.select().from(slaPolicies).orderBy(asc(slaPolicies.name));
}

export async function updateSlaPolicy(
  s: Store | DbHandle,
  id: string,
  patch: Partial<Pick<SlaPolicyRow, 'name' | 'reply' | 'resolve' | 'updatedAt'>>,
): Promise<SlaPolicyRow> {
  const [row] = await s.db.update(slaPolicies).set(patch).where(eq(slaPolicies.id, id)).returning();
  return row!;
}

export async function insertWorkOrder(
  s: Store | DbHandle,
  o: typeof workOrders.$inferInsert,
): Promise<WorkOrderRow> {
  const [row] = await s.db.insert(workOrders).values(o).returning();
  return row!;
}

export async function getWorkOrder(
  s: Store | DbHandle,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<WorkOrderRow | undefined> {
  const q = s.db.select().from(workOrders).where(eq(workOrders.id, id));
  const [row] = opts.lock ? await q.for('update') : await q;
  return row;
}

export interface WorkOrderFilter {
  /** undefined = every branch; [] = none (a back-office user without a branch). */
  branchIds?: readonly string[] | undefined;
  open?: boolean | undefined;
  complaintId?: string | undefined;
  limit?: number | undefined;
}

export function listWorkOrders(s: Store | DbHandle, f: WorkOrderFilter): Promise<WorkOrderRow[]> {
  const conds: (SQL | undefined)[] = [
    f.branchIds === undefined
      ? undefined
      : f.branchIds.length === 0
        ? sql`false`
        : inArray(workOrders.branchId, [...f.branchIds]),
    f.open === undefined
      ? undefined
      : f.open
        ? sql`${workOrders.resolvedAt} is null`
        : sql`${workOrders.resolvedAt} is not null`,
    f.complaintId === undefined ? undefined : eq(workOrders.complaintId, f.complaintId),
  ];
  return s.db
    .select()
    .from(workOrders)
    .where(and(...conds))
    .orderBy(sql`${workOrders.nextDueAt} asc nulls last`, desc(workOrders.createdAt))
    .limit(f.limit ?? 500);
}

export async function setWorkOrderSla(
  s: Store | DbHandle,
  id: string,
  cols: WorkOrderSlaColumns & {
    updatedAt: Date;
    result?: string | null;
    satisfied?: boolean | null;
  } & Partial<ResolutionSatisfaction>,
): Promise<WorkOrderRow> {
  const [row] = await s.db.update(workOrders).set(cols).where(eq(workOrders.id, id)).returning();
  return row!;
}

export type ResolutionSatisfaction = Pick<
  WorkOrderRow,
  'resolutionSatisfied' | 'resolutionSatisfactionSource' | 'resolutionSatisfactionAt'
>;

export async function setResolutionSatisfaction(
  s: DbHandle,
  id: string,
  cols: ResolutionSatisfaction,
): Promise<void> {
  await s.db.update(workOrders).set(cols).where(eq(workOrders.id, id));
}

export async function insertWorkOrderEvent(
  s: Store | DbHandle,
  e: typeof workOrderEvents.$inferInsert,
): Promise<WorkOrderEventRow> {
  const [row] = await s.db.insert(workOrderEvents).values(e).returning();
  return row!;
}

export function listWorkOrderEvents(
  s: Store | DbHandle,
  orderIds: readonly string[],
): Promise<WorkOrderEventRow[]> {
  if (orderIds.length === 0) return Promise.resolve([]);
  return s.db
    .select()
    .from(workOrderEvents)
    .where(inArray(workOrderEvents.orderId, [...orderIds]))
    .orderBy(asc(workOrderEvents.at), asc(workOrderEvents.id));
}

/**
 * Open orders whose outstanding deadline falls before `horizon` and that still owe a reminder or an escalation for
 * it, locked with SKIP LOCKED so concurrent scanners on several workers never take the same order.
 */
export async function claimDueOrders(
  s: Store | DbHandle,
  horizon: Date,
  now: Date,
  limit: number,
): Promise<WorkOrderRow[]> {
  return s.db
    .select()
    .from(workOrders)
    .where(
      and(
        lte(workOrders.nextDueAt, horizon),
        sql`(${workOrders.remindedDueAt} is distinct from ${workOrders.nextDueAt}
          or (${workOrders.nextDueAt} <= ${now} and ${workOrders.escalatedDueAt} is distinct from ${workOrders.nextDueAt}))`,
      ),
    )
    .orderBy(asc(workOrders.nextDueAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function markOrderNotified(
  s: Store | DbHandle,
  id: string,
  cols: { remindedDueAt?: Date; escalatedDueAt?: Date; slaState?: WorkOrderRow['slaState'] },
): Promise<void> {
  await s.db.update(workOrders).set(cols).where(eq(workOrders.id, id));
}

export function listComplaintCauses(
  s: Store | DbHandle,
  opts: { includeInactive?: boolean } = {},
): Promise<ComplaintCauseRow[]> {
  return s.db
    .select()
    .from(complaintCauses)
    .where(opts.includeInactive ? undefined : eq(complaintCauses.active, true))
    .orderBy(asc(complaintCauses.sortOrder), asc(complaintCauses.id));
}

export async function getComplaintCause(
  s: Store | DbHandle,
  id: string,
): Promise<ComplaintCauseRow | undefined> {
  const [row] = await s.db.select().from(complaintCauses).where(eq(complaintCauses.id, id));
  return row;
}

/** Insert the causes not yet present (a seeded list never overwrites the desk's edits). */
export async function seedComplaintCauses(
  s: Store | DbHandle,
  rows: readonly (typeof complaintCauses.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0)
    await s.db
      .insert(complaintCauses)
      .values([...rows])
      .onConflictDoNothing();
}

export async function updateComplaintCause(
  s: Store | DbHandle,
  id: string,
  patch: Partial<Pick<ComplaintCauseRow, 'name' | 'nameEn' | 'active' | 'sortOrder' | 'group'>>,
  at: Date,
): Promise<ComplaintCauseRow | undefined> {
  const [row] = await s.db
    .update(complaintCauses)
    .set({ ...patch, version: sql`${complaintCauses.version} + 1`, updatedAt: at })
    .where(eq(complaintCauses.id, id))
    .returning();
  return row;
}

/** The latest complaint from the same caller or about the same call received within [since, until] (重复投诉). */
export async function findRecentComplaint(
  s: Store | DbHandle,
  q: { callerNumber: string | null; conversationId: string | null; since: string; until: string },
): Promise<typeof complaints.$inferSelect | undefined> {
  const who = [
    q.callerNumber ? eq(complaints.callerNumber, q.callerNumber) : undefined,
    q.conversationId ? eq(complaints.conversationId, q.conversationId) : undefined,
  ].filter((c) => c !== undefined);
  if (who.length === 0) return undefined;
  const [row] = await s.db
    .select()
    .from(complaints)
    .where(
      and(
        sql`(${sql.join(who, sql` or `)})`,
        sql`${complaints.receivedOn} >= ${q.since}`,
        sql`${complaints.receivedOn} <= ${q.until}`,
      ),
    )
    .orderBy(desc(complaints.receivedOn))
    .limit(1);
  return row;
}

/** Orders addressed to these branches (undefined = all) created within [from, to) — one month of branch evaluation. */
export function listOrdersCreatedBetween(
  s: DbHandle,
  from: Date,
  to: Date,
  branchIds: readonly string[] | undefined,
): Promise<WorkOrderRow[]> {
  return s.db
    .select()
    .from(workOrders)
    .where(
      and(
        sql`${workOrders.createdAt} >= ${from}`,
        sql`${workOrders.createdAt} < ${to}`,
        branchIds === undefined
          ? undefined
          : branchIds.length === 0
            ? sql`false`
            : inArray(workOrders.branchId, [...branchIds]),
      ),
    )
    .orderBy(asc(workOrders.createdAt), asc(workOrders.id));
}

/**
 * For each given complaint: the day it came in and the days of the other complaints of the same caller, about the
 * same conversation, or marked as its repeat, received that day or later (重复投诉, branch evaluation).
 */
export async function laterComplaintDays(
  s: DbHandle,
  complaintIds: readonly string[],
): Promise<Map<string, { receivedOn: string; later: string[] }>> {
  const out = new Map<string, { receivedOn: string; later: string[] }>();
  if (complaintIds.length === 0) return out;
  const first = await s.db
    .select({ id: complaints.id, receivedOn: complaints.receivedOn })
    .from(complaints)
    .where(inArray(complaints.id, [...complaintIds]));
  for (const c of first) out.set(c.id, { receivedOn: c.receivedOn, later: [] });
  const l = alias(complaints, 'later');
  const rows = await s.db
    .select({ id: complaints.id, laterOn: l.receivedOn })
    .from(complaints)
    .innerJoin(
      l,
      and(
        sql`${l.id} <> ${complaints.id}`,
        sql`${l.receivedOn} >= ${complaints.receivedOn}`,
        sql`((${complaints.callerNumber} is not null and ${l.callerNumber} = ${complaints.callerNumber})
          or (${complaints.conversationId} is not null and ${l.conversationId} = ${complaints.conversationId})
          or ${l.repeatOfId} = ${complaints.id})`,
      ),
    )
    .where(inArray(complaints.id, [...complaintIds]))
    .orderBy(asc(complaints.id), asc(l.receivedOn));
  for (const r of rows) out.get(r.id)?.later.push(r.laterOn);
  return out;
}
