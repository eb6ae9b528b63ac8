// Commands recording settlement inputs (seed 002): late callbacks (三, ¥50 each), actual losses (二) and the monthly
// report submission (四), and clearing any of them. Each checks the vendor against the caller's scope and that the month the input lands on
// is open (src/settlement/locks.ts), and writes the row with its audit entry in one transaction.
import { randomUUID } from 'node:crypto';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import { addMonths, localDateText } from '../core/time/index.ts';
import { narrowScope } from '../auth/row-scope.ts';
import {
  appendAudit,
  deleteActualLoss,
  deleteLateCallback,
  deleteReportSubmission,
  getActualLoss,
  getLateCallback,
  findLateCallbackFor,
  getCallbackTask,
  insertActualLoss,
  insertLateCallback,
  listVendors,
  recordReportSubmission,
  updateCallbackTask,
  type Store,
  type StoreDb,
} from '../store/index.ts';
import { assertMonthOpen } from './locks.ts';

export interface InputContext {
  store: Store;
  now: Date;
  timeZone: string;
}

/** The vendor exists and is in the caller's scope, else NOT_FOUND (other vendors do not exist for them). */
export async function assertVendorVisible(store: Store, p: Principal, vendorId: string): Promise<void> {
  const scoped = narrowScope(p, { vendorId }).vendorIds;
  const exists = (await listVendors(store)).some((v) => v.id === vendorId);
  if (!exists || (scoped !== undefined && !scoped.includes(vendorId)))
    throw new AppError('NOT_FOUND', `Vendor ${vendorId} not found`);
}

export async function recordLateCallback(
  c: InputContext,
  p: Principal,
  b: {
    vendorId: string;
    date: string;
    kind: 'complaint' | 'voicemail';
    agentId?: string | undefined;
    complaintId?: string | undefined;
    callbackTaskId?: string | undefined;
    note?: string | undefined;
  },
) {
  await assertVendorVisible(c.store, p, b.vendorId);
  return c.store.db.transaction(async (tx) => {
    await assertMonthOpen({ db: tx }, b.vendorId, b.date.slice(0, 7));
    // No double count with the callback scan (src/callbacks/tasks.ts): a task or complaint already charged is
    // refused; a manual line for a task links it, so the scan will not charge it again.
    const task = b.callbackTaskId
      ? await getCallbackTask({ db: tx }, b.callbackTaskId, { forUpdate: true })
      : undefined;
    if (b.callbackTaskId && (!task || task.vendorId !== b.vendorId))
      throw new AppError('BAD_INPUT', `No callback task ${b.callbackTaskId} of vendor ${b.vendorId}`, {
        field: 'callbackTaskId',
      });
    const complaintId = b.complaintId ?? task?.complaintId ?? undefined;
    const charged = await findLateCallbackFor({ db: tx }, { taskId: b.callbackTaskId, complaintId });
    if (charged)
      throw new AppError('CONFLICT', `Already charged by late callback ${charged.id}`, {
        lateCallbackId: charged.id,
      });
    const created = await insertLateCallback(
      { db: tx },
      {
        id: `lcb-${randomUUID()}`,
        vendorId: b.vendorId,
        date: b.date,
        kind: b.kind,
        agentId: b.agentId ?? null,
        complaintId: complaintId ?? null,
        note: b.note ?? null,
        callbackTaskId: b.callbackTaskId ?? null,
        origin: 'manual',
        createdByUserId: p.id,
        createdAt: c.now,
      },
    );
    if (task)
      await updateCallbackTask({ db: tx }, task.id, {
        lateLine: 'charged',
        lateCallbackId: created.id,
        updatedAt: c.now,
      });
    await appendAudit(
      { db: tx },
      {
        actorUserId: p.id,
        action: 'late_callback.create',
        entity: 'late_callback',
        entityId: created.id,
        after: created,
      },
    );
    return created;
  });
}

export async function recordActualLoss(
  c: InputContext,
  p: Principal,
  b: {
    vendorId: string;
    month: string;
    occurredOn?: string | undefined;
    agentId?: string | undefined;
    description: string;
    amountFen: number;
  },
) {
  await assertVendorVisible(c.store, p, b.vendorId);
  return c.store.db.transaction(async (tx) => {
    await assertMonthOpen({ db: tx }, b.vendorId, b.month);
    const created = await insertActualLoss(
      { db: tx },
      {
        id: `los-${randomUUID()}`,
        vendorId: b.vendorId,
        month: b.month,
        occurredOn: b.occurredOn ?? null,
        agentId: b.agentId ?? null,
        description: b.description,
        amountFen: b.amountFen,
        createdByUserId: p.id,
        createdAt: c.now,
      },
    );
    await appendAudit(
      { db: tx },
      {
        actorUserId: p.id,
        action: 'actual_loss.create',
        entity: 'actual_loss',
        entityId: created.id,
        after: created,
      },
    );
    return created;
  });
}

/**
 * Record that the vendor's report for `period` was completed. The vendor manager records "now"; the client side may
 * give the time. The report is judged on the next month's statement (due by the 5th), so that month must be open.
 */
export async function recordReport(
  c: InputContext,
  p: Principal,
  b: { vendorId: string; period: string; name: string; submittedAt?: string | undefined },
) {
  await assertVendorVisible(c.store, p, b.vendorId);
  const at = b.submittedAt && p.role !== 'vendor_manager' ? new Date(b.submittedAt) : c.now;
  const submittedOn = localDateText(at, c.timeZone);
  return c.store.db.transaction(async (tx) => {
    await assertMonthOpen({ db: tx }, b.vendorId, addMonths(b.period, 1));
    const r = await recordReportSubmission(
      { db: tx },
      {
        vendorId: b.vendorId,
        period: b.period,
        name: b.name,
        submittedAt: at,
        submittedOn,
        recordedByUserId: p.id,
      },
    );
    if (r.created)
      await appendAudit(
        { db: tx },
        {
          actorUserId: p.id,
          action: 'report_submission.create',
          entity: 'report_submission',
          entityId: `${b.vendorId}:${b.period}:${b.name}`,
          after: r.row,
        },
      );
    return r;
  });
}

/**
 * Clear a recorded input: a late callback or an actual loss recorded by mistake, or a report submission recorded
 * with the wrong time (record it again with the right one). The month the input lands on must be open (an
 * approved month is corrected by an adjusting entry); the deleted row is kept in the audit entry.
 */
export async function clearSettlementInput(
  c: InputContext,
  p: Principal,
  target:
    | { kind: 'late-callback'; id: string }
    | { kind: 'actual-loss'; id: string }
    | { kind: 'report'; vendorId: string; period: string; name: string },
): Promise<void> {
  const found =
    target.kind === 'late-callback'
      ? await getLateCallback(c.store, target.id)
      : target.kind === 'actual-loss'
        ? await getActualLoss(c.store, target.id)
        : { vendorId: target.vendorId };
  const notFound = () => new AppError('NOT_FOUND', `Settlement input not found`);
  if (!found) throw notFound();
  await assertVendorVisible(c.store, p, found.vendorId).catch(() => {
    throw notFound();
  });
  await c.store.db.transaction(async (tx) => {
    switch (target.kind) {
      case 'late-callback': {
        const row = await getLateCallback({ db: tx }, target.id);
        if (!row) throw notFound();
        await assertMonthOpen({ db: tx }, row.vendorId, row.date.slice(0, 7));
        await deleteLateCallback({ db: tx }, row.id);
        await audit(tx, p, 'late_callback.delete', 'late_callback', row.id, row);
        return;
      }
      case 'actual-loss': {
        const row = await getActualLoss({ db: tx }, target.id);
        if (!row) throw notFound();
        await assertMonthOpen({ db: tx }, row.vendorId, row.month);
        await deleteActualLoss({ db: tx }, row.id);
        await audit(tx, p, 'actual_loss.delete', 'actual_loss', row.id, row);
        return;
      }
      case 'report': {
        await assertMonthOpen({ db: tx }, target.vendorId, addMonths(target.period, 1));
        const row = await deleteReportSubmission({ db: tx }, target);
        if (!row) throw notFound();
        const id = `${target.vendorId}:${target.period}:${target.name}`;
        await audit(tx, p, 'report_submission.delete', 'report_submission', id, row);
        return;
      }
    }
  });
}

async function audit(
  tx: StoreDb,
  p: Principal,
  action: string,
  entity: string,
  entityId: string,
  before: unknown,
): Promise<void> {
  await appendAudit({ db: tx }, { actorUserId: p.id, action, entity, entityId, before, after: null });
}
