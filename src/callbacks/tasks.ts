// Callback tasks (回访, seed 002 二 (三) 扣罚事项-回访不及时, file 002_*.txt: "未对前一天的客诉做到隔天回访,每次扣罚50元;
// 对下班结束后的留言顾客,第二天未回电,每次扣罚50元"). The scan (scanCallbacks, run by the `scan-callbacks` job) opens one
// task per complaint and per after-hours voicemail, due the next working day (src/core/service/callbacks.ts), and
// judges open tasks late once their due moment passes; recording a first attempt after it does the same. A late task
// becomes the vendor's ¥50 late-callback line of its due month by itself (late_callbacks with callback_task_id and
// origin `automatic`): one line per task (unique index), and a line already entered by hand for the same task or
// complaint is linked instead of charged twice. A month whose statement is approved stays locked: the task is
// marked `locked` and audited, and a correction goes on a later statement as an adjusting entry.
import { randomUUID } from 'node:crypto';
import type { Principal } from '../core/auth/roles.ts';
import { can } from '../core/auth/policy.ts';
import { AppError } from '../core/errors/app-error.ts';
import { callbackDue, isCallbackLate, originDayOf, statusAfterAttempt } from '../core/service/callbacks.ts';
import { rowInScope } from '../auth/row-scope.ts';
import { recordIdea } from '../coaching/ideas.ts';
import { emitEvent } from '../notify/events.ts';
import { loadCalendar } from '../review/tasks.ts';
import {
  appendAudit,
  claimLateCallbacks,
  complaintsWithoutCallback,
  findLateCallbackFor,
  findStatement,
  getCallbackTask,
  insertCallbackTasks,
  insertLateCallback,
  listAgentPlacements,
  listVendors,
  updateCallbackTask,
  voicemailsWithoutCallback,
  type CallbackTaskRow,
  type NewCallbackTask,
  type Store,
  type StoreDb,
} from '../store/index.ts';
import { normaliseCallerNumber } from '../complaints/commands.ts';

type Tx = { db: StoreDb };

export interface CallbackContext {
  store: Store;
  now: Date;
  timeZone: string;
}

const BATCH = 500;

export interface CallbackScanResult {
  created: number;
  late: number;
  charged: number;
  locked: number;
}

/**
 * Open tasks for new complaints and voicemails, then judge the open tasks whose due moment passed. Safe on several
 * workers at once and on retry: tasks are unique per complaint / voicemail (ON CONFLICT DO NOTHING), late tasks are
 * claimed with SKIP LOCKED and judged once (late_at), and each task has at most one line.
 */
export async function scanCallbacks(store: Store, now: Date, timeZone: string): Promise<CallbackScanResult> {
  const cal = await loadCalendar(store);
  const result: CallbackScanResult = { created: 0, late: 0, charged: 0, locked: 0 };
  // With a single vendor (seed 002: one outsourced team) a voicemail no agent took belongs to it; with several,
  // the voicemail must name the agent (mailbox) it was left for, else it waits unassigned.
  const vendors = await listVendors(store);
  const soleVendor = vendors.length === 1 ? vendors[0]!.id : null;
  for (;;) {
    const rows: NewCallbackTask[] = [];
    const complaints = await complaintsWithoutCallback(store, BATCH);
    for (const c of complaints) {
      const due = callbackDue(c.receivedOn, timeZone, cal);
      rows.push({
        id: `cbk-${randomUUID()}`,
        source: 'complaint',
        complaintId: c.id,
        conversationId: c.conversationId,
        vendorId: c.vendorId,
        teamId: c.teamId,
        callerNumber: c.callerNumber,
        originOn: c.receivedOn,
        dueOn: due.dueOn,
        dueAt: due.dueAt,
        status: 'open',
        createdAt: now,
        updatedAt: now,
      });
    }
    const voicemails = (await voicemailsWithoutCallback(store, BATCH)).filter(
      (v) => v.startedAt !== null && (v.vendorId ?? soleVendor) !== null,
    );
    for (const v of voicemails) {
      const originOn = originDayOf(v.startedAt!, timeZone);
      const due = callbackDue(originOn, timeZone, cal);
      rows.push({
        id: `cbk-${randomUUID()}`,
        source: 'voicemail',
        complaintId: null,
        conversationId: v.id,
        vendorId: (v.vendorId ?? soleVendor)!,
        teamId: v.teamId,
        callerNumber: v.callerNumber ? normaliseCallerNumber(v.callerNumber) : null,
        originOn,
        dueOn: due.dueOn,
        dueAt: due.dueAt,
        status: 'open',
        createdAt: now,
        updatedAt: now,
      });
    }
    const created = await store.db.transaction(async (tx) => {
      const inserted = await insertCallbackTasks({ db: tx }, rows);
      for (const t of inserted) {
        await appendAudit(
          { db: tx },
          { actorUserId: null, action: 'callback.create', entity: 'callback_task', entityId: t.id, after: t },
        );
        // who must call back is told (seed 002 回访): the assigned agent, else the team's leaders, else the desk
        await emitEvent(
          { db: tx },
          {
            kind: 'callback.due',
            params: { taskId: t.id, source: t.source, dueOn: t.dueOn, conversationId: t.conversationId },
            link: '/callbacks',
            recipients: t.assignedAgentId ? { agentId: t.assignedAgentId } : { teamLeadersOf: t.teamId },
            fallback: { roles: ['complaint_desk'] },
          },
          now,
        );
      }
      return inserted.length;
    });
    result.created += created;
    if (complaints.length < BATCH && voicemails.length < BATCH) break;
    if (created === 0) break;
  }
  for (;;) {
    const handled = await store.db.transaction(async (tx) => {
      const due = await claimLateCallbacks({ db: tx }, now, BATCH);
      for (const t of due) {
        const judged = await updateCallbackTask({ db: tx }, t.id, { lateAt: now, updatedAt: now });
        await appendAudit(
          { db: tx },
          {
            actorUserId: null,
            action: 'callback.late',
            entity: 'callback_task',
            entityId: t.id,
            before: t,
            after: judged,
          },
        );
        result.late++;
        const line = await chargeLate({ db: tx }, judged, now, null);
        if (line === 'charged') result.charged++;
        else if (line === 'locked') result.locked++;
      }
      return due.length;
    });
    if (handled < BATCH) return result;
  }
}

/**
 * Make a late task the vendor's ¥50 line of its due month, once: link a line that already charges it (by task, or
 * entered by hand for its complaint), else write one unless the month is approved (then mark it `locked`).
 */
async function chargeLate(
  tx: Tx,
  t: CallbackTaskRow,
  now: Date,
  actorUserId: string | null,
): Promise<'charged' | 'locked' | 'linked' | 'none'> {
  if (t.lateLine !== null) return 'none';
  const existing = await findLateCallbackFor(tx, { taskId: t.id, complaintId: t.complaintId });
  if (existing) {
    await updateCallbackTask(tx, t.id, { lateLine: 'charged', lateCallbackId: existing.id, updatedAt: now });
    return 'linked';
  }
  const month = t.dueOn.slice(0, 7);
  const statement = await findStatement(tx, t.vendorId, month);
  if (statement?.state === 'approved') {
    await updateCallbackTask(tx, t.id, { lateLine: 'locked', updatedAt: now });
    await appendAudit(tx, {
      actorUserId,
      action: 'callback.late-month-locked',
      entity: 'callback_task',
      entityId: t.id,
      after: { month, statementId: statement.id },
    });
    return 'locked';
  }
  const line = await insertLateCallback(tx, {
    id: `lcb-${randomUUID()}`,
    vendorId: t.vendorId,
    date: t.dueOn,
    kind: t.source,
    agentId: t.assignedAgentId,
    complaintId: t.complaintId,
    note: `回访任务 ${t.id}`,
    callbackTaskId: t.id,
    origin: 'automatic',
    createdByUserId: actorUserId,
    createdAt: now,
  });
  await updateCallbackTask(tx, t.id, { lateLine: 'charged', lateCallbackId: line.id, updatedAt: now });
  await appendAudit(tx, {
    actorUserId,
    action: 'late_callback.create',
    entity: 'late_callback',
    entityId: line.id,
    after: line,
  });
  return 'charged';
}

/** A task as its row scope sees it: the assigned agent, the team and the vendor. */
function inScope(p: Principal, t: CallbackTaskRow): boolean {
  return rowInScope(p, { agentId: t.assignedAgentId, teamId: t.teamId, vendorId: t.vendorId });
}

export async function loadCallbackTask(store: Store, p: Principal, id: string): Promise<CallbackTaskRow> {
  const t = await getCallbackTask(store, id);
  if (!t || !inScope(p, t)) throw new AppError('NOT_FOUND', `Callback task ${id} not found`);
  return t;
}

/** What the caller may do on this task now; the UI shows its buttons from this, the commands still decide. */
export function callbackActions(p: Principal, t: CallbackTaskRow): { record: boolean; assign: boolean } {
  const open = t.status === 'open';
  return {
    record: open && can(p, 'callbacks.act'),
    assign: open && can(p, 'callbacks.assign'),
  };
}

export interface CallbackAttempt {
  /** Whether the customer was reached (an unanswered call is an attempt too). */
  reached: boolean;
  outcome?: string | undefined;
  satisfaction?: CallbackTaskRow['satisfaction'] | undefined;
  /** The customer's suggestion; with `createIdea` it also goes to the suggestion box (金点子, seed 001). */
  suggestion?: string | undefined;
  createIdea?: boolean | undefined;
}

/** Record one callback attempt on an open task the caller may see. */
export async function recordCallback(
  c: CallbackContext,
  p: Principal,
  id: string,
  b: CallbackAttempt,
): Promise<CallbackTaskRow> {
  if (b.createIdea && !b.suggestion?.trim())
    throw new AppError('BAD_INPUT', 'An idea needs the customer’s suggestion', { field: 'suggestion' });
  return c.store.db.transaction(async (db) => {
    const tx = { db };
    const before = await getCallbackTask(tx, id, { forUpdate: true });
    if (!before || !inScope(p, before)) throw new AppError('NOT_FOUND', `Callback task ${id} not found`);
    if (before.status !== 'open')
      throw new AppError('CONFLICT', `Callback task ${id} is already ${before.status}`, {
        status: before.status,
      });
    const firstAttemptAt = before.firstAttemptAt ?? c.now;
    const status = statusAfterAttempt(before.attempts, b.reached);
    const late = before.lateAt === null && isCallbackLate({ dueAt: before.dueAt, firstAttemptAt }, c.now);
    let ideaId = before.ideaId;
    if (b.createIdea && b.suggestion && !ideaId) {
      const idea = await recordIdea(
        tx,
        p,
        {
          source: 'customer_callback',
          agentId: null,
          teamId: before.teamId,
          vendorId: before.vendorId,
          category: 'service',
          title: b.suggestion.trim().slice(0, 60),
          body: b.suggestion.trim(),
          conversationId: before.conversationId,
        },
        c.now,
      );
      ideaId = idea.id;
    }
    const after = await updateCallbackTask(tx, id, {
      attempts: before.attempts + 1,
      firstAttemptAt,
      status,
      doneAt: status === 'open' ? null : c.now,
      ...(late ? { lateAt: c.now } : {}),
      ...(b.outcome !== undefined ? { outcome: b.outcome } : {}),
      ...(b.satisfaction !== undefined ? { satisfaction: b.satisfaction } : {}),
      ...(b.suggestion !== undefined ? { suggestion: b.suggestion } : {}),
      ideaId,
      updatedAt: c.now,
    });
    await appendAudit(tx, {
      actorUserId: p.id,
      action: 'callback.record',
      entity: 'callback_task',
      entityId: id,
      before,
      after,
    });
    if (after.lateAt !== null) await chargeLate(tx, after, c.now, p.id);
    return (await getCallbackTask(tx, id))!;
  });
}

/** Assign an open task to an agent of its vendor (or back to the team with null). */
export async function assignCallback(
  c: CallbackContext,
  p: Principal,
  id: string,
  agentId: string | null,
): Promise<CallbackTaskRow> {
  return c.store.db.transaction(async (db) => {
    const tx = { db };
    const before = await getCallbackTask(tx, id, { forUpdate: true });
    if (!before || !inScope(p, before)) throw new AppError('NOT_FOUND', `Callback task ${id} not found`);
    if (before.status !== 'open')
      throw new AppError('CONFLICT', `Callback task ${id} is already ${before.status}`, {
        status: before.status,
      });
    let teamId = before.teamId;
    if (agentId !== null) {
      const [a] = await listAgentPlacements(tx, { agentIds: [agentId], vendorIds: [before.vendorId] });
      if (!a || !rowInScope(p, { agentId: a.agentId, teamId: a.teamId, vendorId: a.vendorId }))
        throw new AppError('BAD_INPUT', `Unknown agent ${agentId}`, { field: 'agentId' });
      teamId = a.teamId;
    }
    const after = await updateCallbackTask(tx, id, { assignedAgentId: agentId, teamId, updatedAt: c.now });
    await appendAudit(tx, {
      actorUserId: p.id,
      action: 'callback.assign',
      entity: 'callback_task',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
