// The SLA scan (seed 004 提升後臺處理時效; docs/product.md "Integration endpoints": SLA timers run as jobs): one indexed range query picks the
// open orders whose outstanding deadline is within the reminder lead or past, locked with SKIP LOCKED so several
// workers never handle the same order; each picked order is re-evaluated with the pure clock and then
//   - before its deadline: the branch's users are reminded once per deadline (work-order.due-soon);
//   - past its deadline: an `escalate` event is recorded once per deadline and the team leader of the complained-
//     about agent's team (when the order came from a complaint) or else the expert-seat group (专家座席组, seed 004)
//     is notified (work-order.escalated); the branch hears it too.
import { loadCalendar } from '../review/tasks.ts';
import {
  appendAudit,
  claimDueOrders,
  getComplaint,
  getSlaPolicy,
  insertNotifications,
  insertWorkOrderEvent,
  listWorkOrderEvents,
  markOrderNotified,
  recipientIds,
  setWorkOrderSla,
  type Store,
} from '../store/index.ts';
import { slaColumns, slaOptions, snapshotOf } from './work-orders.ts';

/** Reminders go out this long before a deadline (the order is at risk). */
export const REMINDER_LEAD_MS = 4 * 3_600_000;
const BATCH = 500;

export interface SlaScanResult {
  scanned: number;
  reminded: number;
  escalated: number;
}

export async function scanSla(store: Store, now: Date, timeZone: string): Promise<SlaScanResult> {
  const opts = slaOptions(timeZone, await loadCalendar(store));
  const result: SlaScanResult = { scanned: 0, reminded: 0, escalated: 0 };
  const horizon = new Date(now.getTime() + REMINDER_LEAD_MS);
  // Policies and the branch users change rarely: looked up once per scan, not once per order.
  const policies = new Map<string, Promise<Awaited<ReturnType<typeof getSlaPolicy>>>>();
  const branchUsersOf = new Map<string, Promise<string[]>>();
  let experts: Promise<string[]> | undefined;
  for (;;) {
    const handled = await store.db.transaction(async (tx) => {
      const db = { db: tx };
      const orders = await claimDueOrders(db, horizon, now, BATCH);
      const events = await listWorkOrderEvents(
        db,
        orders.map((o) => o.id),
      );
      const notes: Parameters<typeof insertNotifications>[1][number][] = [];
      for (const o of orders) {
        result.scanned++;
        if (!policies.has(o.policyId)) policies.set(o.policyId, getSlaPolicy(db, o.policyId));
        const policy = (await policies.get(o.policyId))!;
        const sla = snapshotOf(
          o,
          events.filter((e) => e.orderId === o.id),
          policy,
          now,
          opts,
        );
        const due = o.nextDueAt!;
        const link = `/work-orders?order=${encodeURIComponent(o.id)}`;
        if (!branchUsersOf.has(o.branchId))
          branchUsersOf.set(o.branchId, recipientIds(db, { branchUsersOf: o.branchId }));
        const branchUsers = await branchUsersOf.get(o.branchId)!;
        if (due.getTime() <= now.getTime()) {
          await insertWorkOrderEvent(db, {
            orderId: o.id,
            type: 'escalate',
            at: now,
            note: 'SLA breached',
            actorUserId: null,
            recordedAt: now,
          });
          const complaint = o.complaintId ? await getComplaint(db, o.complaintId) : undefined;
          const leaders = complaint ? await recipientIds(db, { teamLeadersOf: complaint.teamId }) : [];
          const to =
            leaders.length > 0 ? leaders : await (experts ??= recipientIds(db, { roles: ['expert_seat'] }));
          for (const userId of new Set([...to, ...branchUsers]))
            notes.push({
              userId,
              kind: 'work-order.escalated',
              params: { orderId: o.id, title: o.title, dueAt: due.toISOString() },
              link,
              createdAt: now,
            });
          const after = snapshotOf(
            o,
            [...events.filter((e) => e.orderId === o.id), { type: 'escalate', at: now }],
            policy,
            now,
            opts,
          );
          await setWorkOrderSla(db, o.id, { ...slaColumns(after), updatedAt: now });
          await markOrderNotified(db, o.id, { escalatedDueAt: due, remindedDueAt: due });
          await appendAudit(db, {
            actorUserId: null,
            action: 'work-order.escalate',
            entity: 'work_order',
            entityId: o.id,
            after: { dueAt: due, to },
          });
          result.escalated++;
        } else {
          for (const userId of branchUsers)
            notes.push({
              userId,
              kind: 'work-order.due-soon',
              params: { orderId: o.id, title: o.title, dueAt: due.toISOString() },
              link,
              createdAt: now,
            });
          await markOrderNotified(db, o.id, { remindedDueAt: due, slaState: sla.state });
          result.reminded++;
        }
      }
      await insertNotifications(db, notes);
      return orders.length;
    });
    if (handled < BATCH) return result;
  }
}
