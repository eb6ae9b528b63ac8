// Commands on settlement statements: build or rebuild a draft, move it through draft → confirmed → approved (the
// rules are src/core/kpi transitionStatement), and record adjusting entries on approved (locked) statements.
// Every change is audited in the same transaction as the change.
import { randomUUID } from 'node:crypto';
import type { Principal } from '../core/auth/roles.ts';
import { AppError, type ErrorCode } from '../core/errors/app-error.ts';
import {
  formatFen,
  localDateOf,
  transitionStatement,
  type StatementAction,
  type StatementErrorCode,
  type StatementRole,
  type StatementState,
} from '../core/kpi/index.ts';
import {
  appendAudit,
  findStatement,
  getStatement,
  insertAdjustment,
  insertStatement,
  lockStatement,
  settleAdjustments,
  updateStatement,
  type SettlementAdjustmentRow,
  type SettlementStatementRow,
  type Store,
} from '../store/index.ts';
import { buildVendorStatement } from './inputs.ts';
import { acknowledgedBy, statementSafety } from './safety.ts';

export interface CommandContext {
  store: Store;
  now: Date;
  timeZone: string;
}

/** The statement side of a user: the vendor's manager (乙方) or the client (甲方: admin, complaint desk). */
export function statementRole(p: Principal): StatementRole | null {
  switch (p.role) {
    case 'vendor_manager':
      return 'vendor-manager';
    case 'admin':
    case 'complaint_desk':
      return 'client';
    case 'qa_lead':
    case 'qa_inspector':
    case 'team_leader':
    case 'agent':
    case 'back_office':
    case 'expert_seat':
      return null;
  }
}

export function stateOf(row: SettlementStatementRow): StatementState {
  switch (row.state) {
    case 'draft':
      return { kind: 'draft' };
    case 'confirmed':
      return {
        kind: 'confirmed',
        confirmedBy: row.confirmedByUserId ?? '',
        confirmedAt: row.confirmedAt?.toISOString() ?? '',
      };
    case 'approved':
      return {
        kind: 'approved',
        confirmedBy: row.confirmedByUserId ?? '',
        confirmedAt: row.confirmedAt?.toISOString() ?? '',
        approvedBy: row.approvedByUserId ?? '',
        approvedAt: row.approvedAt?.toISOString() ?? '',
      };
  }
}

const ERROR_OF: Record<StatementErrorCode, ErrorCode> = {
  'statement-locked': 'LOCKED',
  'illegal-transition': 'CONFLICT',
  'role-not-allowed': 'FORBIDDEN',
  'reason-required': 'BAD_INPUT',
};

const audited = (row: SettlementStatementRow) => ({
  state: row.state,
  policyVersion: row.policyVersion,
  netFen: row.netFen,
  totals: row.body.totals,
});

/**
 * Build the vendor's statement of `month` from the stored inputs: a new draft, or the existing draft rebuilt.
 * A confirmed statement must be reopened first (CONFLICT); an approved one is locked (LOCKED).
 */
export async function draftStatement(
  c: CommandContext,
  actor: Principal,
  vendorId: string,
  month: string,
): Promise<{ row: SettlementStatementRow; created: boolean }> {
  const asOf = localDateOf(c.now.toISOString(), c.timeZone) ?? c.now.toISOString().slice(0, 10);
  const existing = await findStatement(c.store, vendorId, month);
  if (existing) refuseRebuild(existing);
  const statementId = existing?.id ?? `st-${randomUUID()}`;
  const built = await buildVendorStatement(c.store, {
    vendorId,
    month,
    asOf,
    timeZone: c.timeZone,
    statementId,
  });
  const values = {
    policyId: built.policy.id,
    policyVersion: built.statement.policyVersion,
    asOf,
    body: built.statement,
    netFen: built.statement.totals.netFen,
    builtByUserId: actor.id,
    builtAt: c.now,
    // A rebuild takes today's inputs: earlier acknowledgements of changed inputs no longer apply.
    inputsAck: null,
  };
  return c.store.db.transaction(async (tx) => {
    const locked = existing ? await lockStatement({ db: tx }, existing.id) : undefined;
    if (locked) refuseRebuild(locked);
    const row = locked
      ? await updateStatement({ db: tx }, locked.id, values)
      : await insertStatement(
          { db: tx },
          {
            id: statementId,
            vendorId,
            month,
            state: 'draft',
            createdAt: c.now,
            ...values,
          },
        );
    await settleAdjustments({ db: tx }, row.id, built.adjustmentIds);
    await appendAudit(
      { db: tx },
      {
        actorUserId: actor.id,
        action: locked ? 'settlement.rebuild' : 'settlement.build',
        entity: 'settlement_statement',
        entityId: row.id,
        before: locked ? audited(locked) : null,
        after: { ...audited(row), vendorId, month, asOf, adjustments: built.adjustmentIds },
      },
    );
    return { row, created: !locked };
  });
}

function refuseRebuild(row: SettlementStatementRow): void {
  if (row.state === 'approved')
    throw new AppError(
      'LOCKED',
      `Statement ${row.id} (${row.month}) is approved and locked; record an adjusting entry instead`,
    );
  if (row.state === 'confirmed')
    throw new AppError(
      'CONFLICT',
      `Statement ${row.id} (${row.month}) is confirmed by the vendor; reopen it before rebuilding`,
    );
}

export type TransitionRequest =
  { type: 'confirm' } | { type: 'approve' } | { type: 'reopen'; reason: string };

/** Apply a state move; the caller has checked the action's roles and the statement's scope. */
export async function moveStatement(
  c: CommandContext,
  actor: Principal,
  statementId: string,
  req: TransitionRequest,
): Promise<SettlementStatementRow> {
  const role = statementRole(actor);
  if (role === null) throw new AppError('FORBIDDEN', `Role ${actor.role} takes no part in settlement`);
  const at = c.now.toISOString();
  const action: StatementAction =
    req.type === 'reopen'
      ? { type: 'reopen', actor: { id: actor.id, role }, at, reason: req.reason }
      : { type: req.type, actor: { id: actor.id, role }, at };
  // Confirming or approving a statement whose inputs changed since it was built (or that scores KPI items without
  // data) needs a rebuild or this side's acknowledgement of the statement as it would be built now.
  if (req.type !== 'reopen') {
    const current = await getStatement(c.store, statementId);
    if (current && current.state !== 'approved') {
      const safety = await statementSafety(c.store, current, c.now, c.timeZone);
      if (!acknowledgedBy(safety, role))
        throw new AppError(
          'CONFLICT',
          safety.inputsChanged
            ? `The inputs of statement ${statementId} changed since it was built: rebuild it or acknowledge the changes first`
            : `Statement ${statementId} scores KPI items without data: acknowledge them first`,
          { reason: 'inputs-changed', fingerprint: safety.fingerprint },
        );
    }
  }
  return c.store.db.transaction(async (tx) => {
    const row = await lockStatement({ db: tx }, statementId);
    if (!row) throw new AppError('NOT_FOUND', `Statement ${statementId} not found`);
    const moved = transitionStatement(stateOf(row), action);
    if (!moved.ok) throw new AppError(ERROR_OF[moved.code], moved.message);
    const s = moved.state;
    const updated = await updateStatement({ db: tx }, row.id, {
      state: s.kind,
      confirmedByUserId: s.kind === 'draft' ? null : s.confirmedBy,
      confirmedAt: s.kind === 'draft' ? null : new Date(s.confirmedAt),
      approvedByUserId: s.kind === 'approved' ? s.approvedBy : null,
      approvedAt: s.kind === 'approved' ? new Date(s.approvedAt) : null,
    });
    await appendAudit(
      { db: tx },
      {
        actorUserId: actor.id,
        action: `settlement.${req.type}`,
        entity: 'settlement_statement',
        entityId: row.id,
        before: audited(row),
        after: { ...audited(updated), transition: moved.audit },
      },
    );
    return updated;
  });
}

/** Record a correction of an approved statement; it is paid on the vendor's next statement built after it. */
export async function adjustStatement(
  c: CommandContext,
  actor: Principal,
  statementId: string,
  a: { amountFen: number; description: string; corrects?: string | undefined },
): Promise<SettlementAdjustmentRow> {
  return c.store.db.transaction(async (tx) => {
    const row = await lockStatement({ db: tx }, statementId);
    if (!row) throw new AppError('NOT_FOUND', `Statement ${statementId} not found`);
    if (row.state !== 'approved')
      throw new AppError(
        'CONFLICT',
        `Statement ${row.id} is ${row.state}: rebuild or reopen it instead of adjusting (adjusting entries correct approved statements)`,
      );
    const adj = await insertAdjustment(
      { db: tx },
      {
        id: `adj-${randomUUID()}`,
        statementId: row.id,
        vendorId: row.vendorId,
        corrects: `${row.month} 结算单${a.corrects ? ` ${a.corrects}` : ''}`,
        description: a.description,
        amountFen: a.amountFen,
        createdByUserId: actor.id,
        createdAt: c.now,
      },
    );
    await appendAudit(
      { db: tx },
      {
        actorUserId: actor.id,
        action: 'settlement.adjust',
        entity: 'settlement_statement',
        entityId: row.id,
        before: null,
        after: {
          adjustmentId: adj.id,
          amountFen: adj.amountFen,
          amount: formatFen(adj.amountFen),
          description: adj.description,
          corrects: adj.corrects,
        },
      },
    );
    return adj;
  });
}

/**
 * Record that `actor` has looked at how the statement's inputs changed since it was built (or at its KPI items
 * without data) and moves it on as built. `fingerprint` names the would-be statement the actor saw; when the inputs
 * changed again since, the acknowledgement is refused (CONFLICT) so nobody acknowledges a diff they never saw.
 */
export async function acknowledgeStatementInputs(
  c: CommandContext,
  actor: Principal,
  statementId: string,
  a: { fingerprint: string; note: string },
): Promise<SettlementStatementRow> {
  const role = statementRole(actor);
  if (role === null) throw new AppError('FORBIDDEN', `Role ${actor.role} takes no part in settlement`);
  const current = await getStatement(c.store, statementId);
  if (!current) throw new AppError('NOT_FOUND', `Statement ${statementId} not found`);
  if (current.state === 'approved')
    throw new AppError('LOCKED', `Statement ${statementId} is approved and locked`);
  const safety = await statementSafety(c.store, current, c.now, c.timeZone);
  if (!safety.attentionNeeded)
    throw new AppError('CONFLICT', `Statement ${statementId} matches its inputs: nothing to acknowledge`);
  if (safety.fingerprint !== a.fingerprint)
    throw new AppError('CONFLICT', 'The inputs changed again since you looked: reload the statement', {
      fingerprint: safety.fingerprint,
    });
  return c.store.db.transaction(async (tx) => {
    const row = await lockStatement({ db: tx }, statementId);
    if (!row) throw new AppError('NOT_FOUND', `Statement ${statementId} not found`);
    if (row.builtAt.getTime() !== current.builtAt.getTime() || row.state !== current.state)
      throw new AppError('CONFLICT', `Statement ${statementId} changed meanwhile: reload it`);
    const ack = { fingerprint: a.fingerprint, userId: actor.id, at: c.now.toISOString(), note: a.note };
    const updated = await updateStatement({ db: tx }, row.id, {
      inputsAck: { ...(row.inputsAck ?? {}), [role]: ack },
    });
    await appendAudit(
      { db: tx },
      {
        actorUserId: actor.id,
        action: 'settlement.acknowledge-inputs',
        entity: 'settlement_statement',
        entityId: row.id,
        before: audited(row),
        after: {
          ...audited(updated),
          side: role,
          fingerprint: a.fingerprint,
          note: a.note,
          netBuiltFen: safety.diff?.netBeforeFen ?? row.netFen,
          netWouldBeFen: safety.diff?.netAfterFen ?? row.netFen,
          changedLines: safety.diff?.lines ?? [],
          missingKpiData: safety.missingKpiData.filter((m) => m.needsAcknowledgement),
        },
      },
    );
    return updated;
  });
}
