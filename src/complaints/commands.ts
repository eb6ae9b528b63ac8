// Commands on complaints (seed 002 (一) 扣罚事项-客户投诉): register one against an agent, decide responsibility and
// severity, correct the record. The command checks the row against the caller's scope, decides which edits touch
// money (and so need the month's statement to be open) and writes the change with its audit entry in one
// transaction; routes only parse, authorize the action and present.
import { randomUUID } from 'node:crypto';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import { narrowScope, rowInScope } from '../auth/row-scope.ts';
import { assertMonthOpen } from '../settlement/locks.ts';
import { DEFAULT_RECOMPLAINT_DAYS } from '../core/service/causes.ts';
import { addDays, formatLocalDate, parseLocalDate } from '../core/time/index.ts';
import {
  appendAudit,
  findRecentComplaint,
  getComplaint,
  getComplaintCause,
  getConversation,
  insertComplaint,
  listAgentPlacements,
  updateComplaint,
  type ComplaintRow,
  type Store,
} from '../store/index.ts';

export type ComplaintSeverity = ComplaintRow['severity'];
export type ComplaintDecision = ComplaintRow['decision'];

export interface ComplaintContext {
  store: Store;
  now: Date;
}

/** One complaint the caller may see, or NOT_FOUND (a row outside the scope does not exist for them). */
export async function loadComplaint(store: Store, p: Principal, id: string): Promise<ComplaintRow> {
  const c = await getComplaint(store, id);
  if (!c || !rowInScope(p, c)) throw new AppError('NOT_FOUND', `Complaint ${id} not found`);
  return c;
}

export interface NewComplaint {
  receivedOn: string;
  agentId: string;
  severity: ComplaintSeverity;
  decision: ComplaintDecision;
  conversationId?: string | undefined;
  description: string;
  decisionNote?: string | undefined;
  /** seed 004 cause (complaint_causes id), the caller's number, the channel of receipt. */
  causeId?: string | undefined;
  callerNumber?: string | undefined;
  channel?: ComplaintRow['channel'] | undefined;
}

/** Digits of a caller number without +86, spaces or dashes, so a re-complaint matches however it was typed. */
export function normaliseCallerNumber(n: string): string {
  const digits = n.replace(/[^\d]/g, '');
  return digits.startsWith('86') && digits.length === 13 ? digits.slice(2) : digits;
}

/** Register a complaint against an agent in the caller's scope; already decided → the month must be open. */
export async function registerComplaint(
  c: ComplaintContext,
  p: Principal,
  b: NewComplaint,
): Promise<ComplaintRow> {
  const [agent] = await listAgentPlacements(c.store, narrowScope(p, { agentId: b.agentId }));
  if (!agent) throw new AppError('BAD_INPUT', `Unknown agent ${b.agentId}`, { field: 'agentId' });
  // The linked call is picked, not typed: it must exist and be the complained-about agent's.
  if (b.conversationId) {
    const conv = await getConversation(c.store, b.conversationId);
    if (!conv || conv.conversation.agentId !== agent.agentId)
      throw new AppError('BAD_INPUT', `No conversation ${b.conversationId} of agent ${agent.agentId}`, {
        field: 'conversationId',
      });
  }
  if (b.causeId && !(await getComplaintCause(c.store, b.causeId)))
    throw new AppError('BAD_INPUT', `Unknown complaint cause ${b.causeId}`, { field: 'causeId' });
  const callerNumber = b.callerNumber ? normaliseCallerNumber(b.callerNumber) : null;
  const repeatOf = await findRecentComplaint(c.store, {
    callerNumber,
    conversationId: b.conversationId ?? null,
    since: formatLocalDate(addDays(parseLocalDate(b.receivedOn), -DEFAULT_RECOMPLAINT_DAYS)),
    until: b.receivedOn,
  });
  return c.store.db.transaction(async (tx) => {
    if (b.decision !== 'pending') await assertMonthOpen({ db: tx }, agent.vendorId, b.receivedOn.slice(0, 7));
    const created = await insertComplaint(
      { db: tx },
      {
        id: `cmp-${randomUUID()}`,
        receivedOn: b.receivedOn,
        agentId: agent.agentId,
        teamId: agent.teamId,
        vendorId: agent.vendorId,
        severity: b.severity,
        decision: b.decision,
        conversationId: b.conversationId ?? null,
        description: b.description,
        decisionNote: b.decisionNote ?? null,
        causeId: b.causeId ?? null,
        callerNumber,
        channel: b.channel ?? null,
        repeatOfId: repeatOf?.id ?? null,
        decidedByUserId: b.decision === 'pending' ? null : p.id,
        decidedAt: b.decision === 'pending' ? null : c.now,
        createdByUserId: p.id,
        createdAt: c.now,
        updatedAt: c.now,
      },
    );
    await appendAudit(
      { db: tx },
      {
        actorUserId: p.id,
        action: 'complaint.create',
        entity: 'complaint',
        entityId: created.id,
        after: created,
      },
    );
    return created;
  });
}

export interface ComplaintChange {
  severity?: ComplaintSeverity | undefined;
  decision?: ComplaintDecision | undefined;
  decisionNote?: string | null | undefined;
  description?: string | undefined;
  conversationId?: string | null | undefined;
  receivedOn?: string | undefined;
}

/**
 * Whether a change moves money: the decision and severity set the deduction, the received day the month whose
 * statement carries it. Only these need the month (old and new) to be open; notes and descriptions may be
 * corrected after approval.
 */
export function changesMoney(before: ComplaintRow, b: ComplaintChange): boolean {
  return (
    (b.decision !== undefined && b.decision !== before.decision) ||
    (b.severity !== undefined && b.severity !== before.severity) ||
    (b.receivedOn !== undefined && b.receivedOn !== before.receivedOn)
  );
}

/** Decide or correct a complaint the caller may see (a row outside their scope is NOT_FOUND). */
export async function changeComplaint(
  c: ComplaintContext,
  p: Principal,
  id: string,
  b: ComplaintChange,
): Promise<ComplaintRow> {
  return c.store.db.transaction(async (tx) => {
    const before = await getComplaint({ db: tx }, id);
    if (!before || !rowInScope(p, before)) throw new AppError('NOT_FOUND', `Complaint ${id} not found`);
    if (changesMoney(before, b)) {
      await assertMonthOpen({ db: tx }, before.vendorId, before.receivedOn.slice(0, 7));
      if (b.receivedOn) await assertMonthOpen({ db: tx }, before.vendorId, b.receivedOn.slice(0, 7));
    }
    const decided = b.decision !== undefined && b.decision !== before.decision;
    const after = await updateComplaint({ db: tx }, before.id, {
      ...(b.severity ? { severity: b.severity } : {}),
      ...(b.decision ? { decision: b.decision } : {}),
      ...(b.decisionNote !== undefined ? { decisionNote: b.decisionNote } : {}),
      ...(b.description ? { description: b.description } : {}),
      ...(b.conversationId !== undefined ? { conversationId: b.conversationId } : {}),
      ...(b.receivedOn ? { receivedOn: b.receivedOn } : {}),
      ...(decided
        ? {
            decidedByUserId: b.decision === 'pending' ? null : p.id,
            decidedAt: b.decision === 'pending' ? null : c.now,
          }
        : {}),
      updatedAt: c.now,
    });
    await appendAudit(
      { db: tx },
      {
        actorUserId: p.id,
        action: decided ? 'complaint.decide' : 'complaint.update',
        entity: 'complaint',
        entityId: before.id,
        before,
        after,
      },
    );
    return after;
  });
}
