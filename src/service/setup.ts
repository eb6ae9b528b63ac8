// Setup of service operations: branches and departments, SLA policies (a changed policy recomputes the SLA of every
// order under it exactly, from each order's event history) and the editable complaint-cause list (seed 004).
import { randomUUID } from 'node:crypto';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import { COMPLAINT_CAUSES_V1 } from '../core/service/causes.ts';
import type { SlaDuration } from '../core/sla/index.ts';
import { loadCalendar } from '../review/tasks.ts';
import {
  appendAudit,
  getSlaPolicy,
  insertBranch,
  insertSlaPolicy,
  listWorkOrderEvents,
  seedComplaintCauses,
  setWorkOrderSla,
  updateComplaintCause,
  updateSlaPolicy,
  type BranchRow,
  type ComplaintCauseRow,
  type SlaPolicyRow,
  type Store,
} from '../store/index.ts';
import { slaColumns, slaOptions, snapshotOf, type ServiceContext } from './work-orders.ts';
import { schema } from '../store/index.ts';
import { eq } from 'drizzle-orm';

export async function createBranch(
  c: ServiceContext,
  p: Principal,
  b: { name: string; kind: BranchRow['kind'] },
): Promise<BranchRow> {
  return c.store.db.transaction(async (tx) => {
    const row = await insertBranch(
      { db: tx },
      { id: `br-${randomUUID()}`, name: b.name, kind: b.kind, createdAt: c.now },
    );
    await appendAudit(
      { db: tx },
      { actorUserId: p.id, action: 'branch.create', entity: 'branch', entityId: row.id, after: row },
    );
    return row;
  });
}

export async function createSlaPolicy(
  c: ServiceContext,
  p: Principal,
  b: { name: string; reply: SlaDuration; resolve: SlaDuration },
): Promise<SlaPolicyRow> {
  return c.store.db.transaction(async (tx) => {
    const row = await insertSlaPolicy(
      { db: tx },
      { id: `sla-${randomUUID()}`, ...b, createdAt: c.now, updatedAt: c.now },
    );
    await appendAudit(
      { db: tx },
      { actorUserId: p.id, action: 'sla-policy.create', entity: 'sla_policy', entityId: row.id, after: row },
    );
    return row;
  });
}

/** Change a policy and recompute every order under it from its own events (exact, not shifted). */
export async function changeSlaPolicy(
  c: ServiceContext,
  p: Principal,
  id: string,
  b: { name?: string | undefined; reply?: SlaDuration | undefined; resolve?: SlaDuration | undefined },
): Promise<{ policy: SlaPolicyRow; recomputed: number }> {
  const calendar = await loadCalendar(c.store);
  const opts = slaOptions(c.timeZone, calendar);
  return c.store.db.transaction(async (tx) => {
    const before = await getSlaPolicy({ db: tx }, id);
    if (!before) throw new AppError('NOT_FOUND', `SLA policy ${id} not found`);
    const policy = await updateSlaPolicy({ db: tx }, id, {
      ...(b.name ? { name: b.name } : {}),
      ...(b.reply ? { reply: b.reply } : {}),
      ...(b.resolve ? { resolve: b.resolve } : {}),
      updatedAt: c.now,
    });
    const orders = await tx.select().from(schema.workOrders).where(eq(schema.workOrders.policyId, id));
    const events = await listWorkOrderEvents(
      { db: tx },
      orders.map((o) => o.id),
    );
    const byOrder = new Map<string, typeof events>();
    for (const e of events) byOrder.set(e.orderId, [...(byOrder.get(e.orderId) ?? []), e]);
    for (const o of orders) {
      const sla = snapshotOf(o, byOrder.get(o.id) ?? [], policy, c.now, opts);
      await setWorkOrderSla({ db: tx }, o.id, { ...slaColumns(sla), updatedAt: c.now });
    }
    await appendAudit(
      { db: tx },
      {
        actorUserId: p.id,
        action: 'sla-policy.update',
        entity: 'sla_policy',
        entityId: id,
        before,
        after: { ...policy, recomputed: orders.length },
      },
    );
    return { policy, recomputed: orders.length };
  });
}

/** Seed 004's cause list on first use; the desk's later edits are never overwritten. */
export async function ensureComplaintCauses(store: Store): Promise<void> {
  await seedComplaintCauses(
    store,
    COMPLAINT_CAUSES_V1.map((c, i) => ({ ...c, sortOrder: (i + 1) * 10 })),
  );
}

export async function changeComplaintCause(
  c: ServiceContext,
  p: Principal,
  id: string,
  b: Partial<Pick<ComplaintCauseRow, 'name' | 'nameEn' | 'active' | 'sortOrder'>>,
): Promise<ComplaintCauseRow> {
  return c.store.db.transaction(async (tx) => {
    const after = await updateComplaintCause({ db: tx }, id, b, c.now);
    if (!after) throw new AppError('NOT_FOUND', `Complaint cause ${id} not found`);
    await appendAudit(
      { db: tx },
      { actorUserId: p.id, action: 'complaint-cause.update', entity: 'complaint_cause', entityId: id, after },
    );
    return after;
  });
}
