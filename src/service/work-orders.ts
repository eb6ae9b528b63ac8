// Commands on work orders (工單, seed 004 後臺業(yè)務(wù)處理 / 提升後臺處理時效; docs/product.md "Integration endpoints"):
// create one addressed to a branch or department, record its events, recompute its SLA from the event history with
// the pure clock (src/core/sla), and recompute every order of a policy when the policy changes. A back-office user
// sees and acts only on orders addressed to their branch (row-scope.ts branchScope); others' orders are NOT_FOUND.
import { randomUUID } from 'node:crypto';
import { orderInScope } from '../auth/row-scope.ts';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import {
  computeSla,
  DEFAULT_BUSINESS_HOURS,
  type SlaDuration,
  type SlaOptions,
  type SlaSnapshot,
  type WorkOrderEventType,
} from '../core/sla/index.ts';
import type { WorkCalendar } from '../core/time/index.ts';
import { emitEvent } from '../notify/events.ts';
import { loadCalendar } from '../review/tasks.ts';
import {
  type DbHandle,
  appendAudit,
  getBranch,
  getComplaint,
  getConversation,
  getSlaPolicy,
  getWorkOrder,
  insertSlaPolicy,
  insertWorkOrder,
  insertWorkOrderEvent,
  listWorkOrderEvents,
  recipientIds,
  setResolutionSatisfaction,
  setWorkOrderSla,
  type SlaPolicyRow,
  type Store,
  type WorkOrderEventRow,
  type WorkOrderRow,
  type WorkOrderSlaColumns,
} from '../store/index.ts';

export interface ServiceContext {
  store: Store;
  now: Date;
  timeZone: string;
}

/** The policy used when an order names none: reply within 1 working day, resolve within 3 (seed 004 時效). */
export const DEFAULT_POLICY_ID = 'default';
export const DEFAULT_POLICY = { reply: { workingDays: 1 }, resolve: { workingDays: 3 } } as const;

export async function ensureDefaultPolicy(s: DbHandle): Promise<SlaPolicyRow> {
  return insertSlaPolicy(s, {
    id: DEFAULT_POLICY_ID,
    name: '默认时效 / Default',
    reply: DEFAULT_POLICY.reply,
    resolve: DEFAULT_POLICY.resolve,
  });
}

export function slaOptions(timeZone: string, calendar: WorkCalendar): SlaOptions {
  return { timeZone, calendar, businessHours: DEFAULT_BUSINESS_HOURS };
}

/** The SLA of an order from its events and policy, as of `now`. */
export function snapshotOf(
  order: Pick<WorkOrderRow, 'createdAt'>,
  events: readonly Pick<WorkOrderEventRow, 'type' | 'at'>[],
  policy: Pick<SlaPolicyRow, 'reply' | 'resolve'>,
  now: Date,
  opts: SlaOptions,
): SlaSnapshot {
  return computeSla(
    order.createdAt.getTime(),
    events.map((e) => ({ type: e.type, at: e.at.getTime() })),
    { reply: policy.reply, resolve: policy.resolve },
    now.getTime(),
    opts,
  );
}

const dateOrNull = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

export function slaColumns(s: SlaSnapshot): WorkOrderSlaColumns {
  return {
    state: s.orderState,
    slaState: s.state,
    replyDueAt: dateOrNull(s.replyDueAt),
    resolveDueAt: dateOrNull(s.resolveDueAt),
    nextDueAt: dateOrNull(s.nextDueAt),
    repliedAt: dateOrNull(s.repliedAt),
    resolvedAt: dateOrNull(s.resolvedAt),
    replyLate: s.replyLate,
    resolveLate: s.resolveLate,
    bounceBacks: s.counts.bounceBacks,
    redos: s.counts.redos,
  };
}

export interface NewWorkOrder {
  title: string;
  assignee: { branchId?: string | undefined; departmentId?: string | undefined };
  priority: WorkOrderRow['priority'];
  policyId?: string | undefined;
  conversationId?: string | undefined;
  complaintId?: string | undefined;
  createdAt?: Date | undefined;
}

export async function createWorkOrder(
  c: ServiceContext,
  p: Principal,
  b: NewWorkOrder,
): Promise<WorkOrderRow> {
  const branchId = b.assignee.branchId ?? b.assignee.departmentId;
  const field = b.assignee.branchId ? 'assignee.branchId' : 'assignee.departmentId';
  if (!branchId)
    throw new AppError('BAD_INPUT', 'assignee needs branchId or departmentId', { field: 'assignee' });
  const createdAt = b.createdAt ?? c.now;
  if (createdAt.getTime() > c.now.getTime())
    throw new AppError('BAD_INPUT', 'createdAt lies in the future', { field: 'createdAt' });
  if (b.conversationId && !(await getConversation(c.store, b.conversationId)))
    throw new AppError('BAD_INPUT', `Unknown conversation ${b.conversationId}`, { field: 'conversationId' });
  const calendar = await loadCalendar(c.store);
  return c.store.db.transaction(async (tx) => {
    const branch = await getBranch({ db: tx }, branchId);
    const wantKind = b.assignee.branchId ? 'branch' : 'department';
    if (!branch || branch.kind !== wantKind)
      throw new AppError('BAD_INPUT', `Unknown ${wantKind} ${branchId}`, { field });
    const policy = b.policyId
      ? await getSlaPolicy({ db: tx }, b.policyId)
      : await ensureDefaultPolicy({ db: tx });
    if (!policy) throw new AppError('BAD_INPUT', `Unknown SLA policy ${b.policyId}`, { field: 'policyId' });
    if (b.complaintId && !(await getComplaint({ db: tx }, b.complaintId)))
      throw new AppError('BAD_INPUT', `Unknown complaint ${b.complaintId}`, { field: 'complaintId' });
    const sla = snapshotOf({ createdAt }, [], policy, c.now, slaOptions(c.timeZone, calendar));
    const order = await insertWorkOrder(
      { db: tx },
      {
        id: `wo-${randomUUID()}`,
        title: b.title,
        branchId,
        priority: b.priority,
        policyId: policy.id,
        conversationId: b.conversationId ?? null,
        complaintId: b.complaintId ?? null,
        createdAt,
        createdByUserId: p.id,
        ...slaColumns(sla),
        updatedAt: c.now,
      },
    );
    await appendAudit(
      { db: tx },
      {
        actorUserId: p.id,
        action: 'work-order.create',
        entity: 'work_order',
        entityId: order.id,
        after: order,
      },
    );
    return order;
  });
}

/** One work order the caller may see, with its events and policy, or NOT_FOUND. */
export async function loadWorkOrder(
  s: DbHandle,
  p: Principal,
  id: string,
): Promise<{ order: WorkOrderRow; events: WorkOrderEventRow[]; policy: SlaPolicyRow }> {
  const order = await getWorkOrder(s, id);
  if (!order || !orderInScope(p, order)) throw new AppError('NOT_FOUND', `Work order ${id} not found`);
  const [events, policy] = await Promise.all([listWorkOrderEvents(s, [id]), getSlaPolicy(s, order.policyId)]);
  return { order, events, policy: policy! };
}

/**
 * Who records what (seed 004): the branch or department replies, resolves, pauses for the customer and hands an
 * order back (退單); the complaint desk, the expert seats and the admin also reopen, ask for a redo (重辦), urge
 * (催辦) and escalate.
 */
const BACK_OFFICE_EVENTS: ReadonlySet<WorkOrderEventType> = new Set([
  'reply',
  'resolve',
  'pause',
  'resume',
  'bounce-back',
]);

/** Whether the caller's role may record this event type at all (the route also needs workOrders.act). */
export function roleRecords(p: Pick<Principal, 'role'>, type: WorkOrderEventType): boolean {
  return p.role !== 'back_office' || BACK_OFFICE_EVENTS.has(type);
}

export interface NewWorkOrderEvent {
  type: WorkOrderEventType;
  at?: Date | undefined;
  note?: string | undefined;
  /** On resolve: the result and whether the customer is satisfied with it. */
  result?: string | undefined;
  satisfied?: boolean | undefined;
}

export async function recordWorkOrderEvent(
  c: ServiceContext,
  p: Principal,
  id: string,
  b: NewWorkOrderEvent,
): Promise<{ order: WorkOrderRow; events: WorkOrderEventRow[]; policy: SlaPolicyRow }> {
  if (!roleRecords(p, b.type)) throw new AppError('FORBIDDEN', `A branch user does not record ${b.type}`);
  const at = b.at ?? c.now;
  if (at.getTime() > c.now.getTime())
    throw new AppError('BAD_INPUT', 'at lies in the future', { field: 'at' });
  const calendar = await loadCalendar(c.store);
  return c.store.db.transaction(async (tx) => {
    const before = await getWorkOrder({ db: tx }, id, { lock: true });
    if (!before || !orderInScope(p, before)) throw new AppError('NOT_FOUND', `Work order ${id} not found`);
    if (at.getTime() < before.createdAt.getTime())
      throw new AppError('BAD_INPUT', 'at lies before the order was created', { field: 'at' });
    await insertWorkOrderEvent(
      { db: tx },
      { orderId: id, type: b.type, at, note: b.note ?? null, actorUserId: p.id, recordedAt: c.now },
    );
    const events = await listWorkOrderEvents({ db: tx }, [id]);
    const policy = (await getSlaPolicy({ db: tx }, before.policyId))!;
    const sla = snapshotOf(before, events, policy, c.now, slaOptions(c.timeZone, calendar));
    // The closure's satisfaction feeds branch evaluation unless a callback (回访) already asked the customer.
    const closureSatisfaction =
      b.type === 'resolve' && before.resolutionSatisfactionSource !== 'callback'
        ? {
            resolutionSatisfied: b.satisfied ?? null,
            resolutionSatisfactionSource: b.satisfied === undefined ? null : ('closure' as const),
            resolutionSatisfactionAt: b.satisfied === undefined ? null : at,
          }
        : {};
    const order = await setWorkOrderSla({ db: tx }, id, {
      ...slaColumns(sla),
      ...(b.type === 'resolve'
        ? { result: b.result ?? b.note ?? null, satisfied: b.satisfied ?? null, ...closureSatisfaction }
        : {}),
      updatedAt: c.now,
    });
    await notifyEvent({ db: tx }, p, order, b, c.now);
    await appendAudit(
      { db: tx },
      {
        actorUserId: p.id,
        action: `work-order.${b.type}`,
        entity: 'work_order',
        entityId: id,
        before,
        after: order,
      },
    );
    return { order, events, policy };
  });
}

/**
 * Events that put work on someone's desk go to their inbox (the shared notifications, bell and menu badge):
 * 催办 and 重办 to the branch's users, who must act on the order; 退单 to whoever raised the order (else the
 * complaint desk), who must re-route it. The actor is never told of their own event.
 */
async function notifyEvent(
  tx: DbHandle,
  p: Principal,
  order: WorkOrderRow,
  b: NewWorkOrderEvent,
  now: Date,
): Promise<void> {
  const kind =
    b.type === 'urge'
      ? 'work-order.urged'
      : b.type === 'redo'
        ? 'work-order.redo'
        : b.type === 'bounce-back'
          ? 'work-order.bounced'
          : null;
  if (kind === null) return;
  const others = (ids: string[]) => ids.filter((u) => u !== p.id);
  const params = { orderId: order.id, title: order.title, note: b.note ?? null, by: p.displayName };
  const link = `/work-orders?order=${encodeURIComponent(order.id)}`;
  if (kind === 'work-order.bounced') {
    const creator = order.createdByUserId && order.createdByUserId !== p.id ? [order.createdByUserId] : [];
    await emitEvent(
      tx,
      { kind, params, link, recipients: { userIds: creator }, fallback: { roles: ['complaint_desk'] } },
      now,
    );
    return;
  }
  const branchUsers = others(await recipientIds(tx, { branchUsersOf: order.branchId }));
  await emitEvent(tx, { kind, params, link, recipients: { userIds: branchUsers } }, now);
}

/**
 * The customer's satisfaction with how an order was resolved, as told to a callback (回访): it overrides the one
 * recorded at closure for branch evaluation. Called by the callback command in the transaction that records the
 * callback, after it has checked the caller may act on the order.
 */
export async function recordResolutionSatisfaction(
  tx: DbHandle,
  orderId: string,
  satisfied: boolean,
  at: Date,
): Promise<void> {
  await setResolutionSatisfaction(tx, orderId, {
    resolutionSatisfied: satisfied,
    resolutionSatisfactionSource: 'callback',
    resolutionSatisfactionAt: at,
  });
}

export function isDuration(d: unknown): d is SlaDuration {
  return typeof d === 'object' && d !== null && Object.keys(d).length === 1;
}
