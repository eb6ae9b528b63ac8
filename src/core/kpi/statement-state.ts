// States of a monthly settlement statement: draft → confirmed by the vendor manager → approved by
// the client. An approved statement is locked: a correction is an adjusting entry on a later statement.
// Every accepted move returns the audit event the caller stores with it.

export type StatementRole = 'vendor-manager' | 'client';

export interface StatementActor {
  id: string;
  role: StatementRole;
}

export type StatementState =
  | { kind: 'draft' }
  | { kind: 'confirmed'; confirmedBy: string; confirmedAt: string }
  | { kind: 'approved'; confirmedBy: string; confirmedAt: string; approvedBy: string; approvedAt: string };

export type StatementAction =
  /** The vendor manager confirms the draft. */
  | { type: 'confirm'; actor: StatementActor; at: string }
  /** The client approves a confirmed statement; from then on it is locked. */
  | { type: 'approve'; actor: StatementActor; at: string }
  /** The client sends a confirmed statement back, or the vendor manager withdraws the confirmation. */
  | { type: 'reopen'; actor: StatementActor; at: string; reason: string };

export type StatementErrorCode =
  'statement-locked' | 'illegal-transition' | 'role-not-allowed' | 'reason-required';

export interface StatementAuditEvent {
  action: StatementAction['type'];
  from: StatementState['kind'];
  to: StatementState['kind'];
  actorId: string;
  actorRole: StatementRole;
  at: string;
  reason?: string;
}

export type StatementTransition =
  | { ok: true; state: StatementState; audit: StatementAuditEvent }
  | { ok: false; code: StatementErrorCode; message: string };

const ROLES_FOR: Record<StatementAction['type'], readonly StatementRole[]> = {
  confirm: ['vendor-manager'],
  approve: ['client'],
  reopen: ['vendor-manager', 'client'],
};

function fail(code: StatementErrorCode, message: string): StatementTransition {
  return { ok: false, code, message };
}

function moved(from: StatementState, to: StatementState, action: StatementAction): StatementTransition {
  const audit: StatementAuditEvent = {
    action: action.type,
    from: from.kind,
    to: to.kind,
    actorId: action.actor.id,
    actorRole: action.actor.role,
    at: action.at,
  };
  if (action.type === 'reopen') audit.reason = action.reason;
  return { ok: true, state: to, audit };
}

/** Apply `action` to `state`, refusing any move the workflow does not allow. */
export function transitionStatement(state: StatementState, action: StatementAction): StatementTransition {
  if (state.kind === 'approved')
    return fail('statement-locked', 'an approved statement is locked; record an adjusting entry instead');
  if (!ROLES_FOR[action.type].includes(action.actor.role))
    return fail('role-not-allowed', `a ${action.actor.role} may not ${action.type} a statement`);
  switch (action.type) {
    case 'confirm':
      if (state.kind !== 'draft')
        return fail('illegal-transition', `cannot confirm a ${state.kind} statement`);
      return moved(
        state,
        { kind: 'confirmed', confirmedBy: action.actor.id, confirmedAt: action.at },
        action,
      );
    case 'approve':
      if (state.kind !== 'confirmed')
        return fail('illegal-transition', `cannot approve a ${state.kind} statement`);
      return moved(
        state,
        { ...state, kind: 'approved', approvedBy: action.actor.id, approvedAt: action.at },
        action,
      );
    case 'reopen':
      if (state.kind !== 'confirmed')
        return fail('illegal-transition', `cannot reopen a ${state.kind} statement`);
      if (action.reason.trim() === '') return fail('reason-required', 'reopening a statement needs a reason');
      return moved(state, { kind: 'draft' }, action);
  }
}

/** Lines may be added, removed or recomputed only while the statement is a draft. */
export function isStatementEditable(state: StatementState): boolean {
  return state.kind === 'draft';
}
