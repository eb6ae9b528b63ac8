// Commands of the discipline ledger (seed 000 一 差错处理): record an incident, review it (审核), confirm a stage-2
// agent's return. Each command checks the row against the caller's scope, enforces the ledger's rules and writes
// the change with its audit entry in one transaction; routes only parse, authorize the action and present.
import { randomUUID } from 'node:crypto';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import { localDateText } from '../core/time/index.ts';
import { narrowScope, rowInScope } from '../auth/row-scope.ts';
import { lockedStatements } from '../settlement/locks.ts';
import {
  appendAudit,
  getIncident,
  insertConfirmation,
  insertIncident,
  listAgentPlacements,
  listConfirmations,
  listIncidents,
  resolveKpiPolicy,
  updateIncident,
  type DisciplineIncidentRow,
  type Store,
} from '../store/index.ts';
import { confirmerOf, ledgerOf, type AgentLedger } from './ledger.ts';

export interface DisciplineContext {
  store: Store;
  now: Date;
  timeZone: string;
}

const today = (c: DisciplineContext): string => localDateText(c.now, c.timeZone);

/** Every agent with incidents in the caller's scope (narrowed by the wanted ids), with their ladder. */
export async function disciplineLedgers(
  c: DisciplineContext,
  p: Principal,
  wanted: { agentId?: string; teamId?: string; vendorId?: string },
): Promise<{ asOf: string; agents: { ledger: AgentLedger; name: string }[] }> {
  const scope = narrowScope(p, wanted);
  const [placements, incidents] = await Promise.all([
    listAgentPlacements(c.store, scope),
    listIncidents(c.store, scope),
  ]);
  const confirmations = await listConfirmations(
    c.store,
    incidents.map((i) => i.id),
  );
  const asOf = today(c);
  const names = new Map(placements.map((a) => [a.agentId, a]));
  const agents = [];
  for (const agentId of [...new Set(incidents.map((i) => i.agentId))]) {
    const vendorId = names.get(agentId)?.vendorId ?? incidents.find((i) => i.agentId === agentId)!.vendorId;
    const { disciplineWindow } = await resolveKpiPolicy(c.store, vendorId, asOf.slice(0, 7));
    const ledger = ledgerOf(agentId, incidents, confirmations, disciplineWindow, asOf);
    agents.push({ ledger, name: names.get(agentId)?.name ?? agentId });
  }
  return { asOf, agents };
}

/** An incident the caller may see, or NOT_FOUND (a row outside the scope does not exist for them). */
async function loadIncident(c: DisciplineContext, p: Principal, id: string): Promise<DisciplineIncidentRow> {
  const i = await getIncident(c.store, id);
  if (!i || !rowInScope(p, i)) throw new AppError('NOT_FOUND', `Incident ${id} not found`);
  return i;
}

/** Record a record-keeping error against an agent in the caller's scope; the caller is the reporter. */
export async function recordIncident(
  c: DisciplineContext,
  p: Principal,
  input: { agentId: string; occurredOn: string; description: string; conversationId?: string | undefined },
): Promise<DisciplineIncidentRow> {
  const [agent] = await listAgentPlacements(c.store, narrowScope(p, { agentId: input.agentId }));
  if (!agent) throw new AppError('NOT_FOUND', `Agent ${input.agentId} not found`);
  if (input.occurredOn > today(c)) throw new AppError('BAD_INPUT', 'occurredOn is in the future');
  return c.store.db.transaction(async (tx) => {
    const created = await insertIncident(
      { db: tx },
      {
        id: `dis-${randomUUID()}`,
        agentId: agent.agentId,
        teamId: agent.teamId,
        vendorId: agent.vendorId,
        occurredOn: input.occurredOn,
        description: input.description,
        conversationId: input.conversationId ?? null,
        reporterUserId: p.id,
        review: 'pending',
        createdAt: c.now,
      },
    );
    await appendAudit(
      { db: tx },
      {
        actorUserId: p.id,
        action: 'discipline.record',
        entity: 'discipline_incident',
        entityId: created.id,
        after: created,
      },
    );
    return created;
  });
}

/**
 * Confirm or reject a pending incident (审核). The reporter may not review their own report (seed 000: an error
 * counts once it is checked by someone else). A confirmed incident in a month whose statement is already approved
 * is kept (it is a fact about the agent) with a warning: its fine needs an adjusting entry.
 */
export async function reviewIncident(
  c: DisciplineContext,
  p: Principal,
  id: string,
  input: { decision: 'confirmed' | 'rejected'; note?: string | undefined },
): Promise<{ incident: DisciplineIncidentRow; warnings: string[] }> {
  const before = await loadIncident(c, p, id);
  if (before.reporterUserId === p.id)
    throw new AppError('CONFLICT', 'The reporter of an incident may not review it');
  const row = await c.store.db.transaction(async (tx) => {
    const current = await getIncident({ db: tx }, before.id);
    if (current?.review !== 'pending')
      throw new AppError('CONFLICT', `Incident ${before.id} is already ${current?.review}`);
    const after = await updateIncident({ db: tx }, before.id, {
      review: input.decision,
      reviewerUserId: p.id,
      reviewedAt: c.now,
      reviewNote: input.note ?? null,
    });
    await appendAudit(
      { db: tx },
      {
        actorUserId: p.id,
        action: 'discipline.review',
        entity: 'discipline_incident',
        entityId: before.id,
        before: current,
        after,
      },
    );
    return after;
  });
  // The month lock's one query (src/settlement/locks.ts), read rather than enforced: the incident is a fact about the
  // agent that moves the ladder whatever was paid; only its fine waits for an adjusting entry.
  const [statement] = await lockedStatements(c.store, [
    { vendorId: row.vendorId, month: row.occurredOn.slice(0, 7) },
  ]);
  return {
    incident: row,
    warnings:
      statement !== undefined && row.review === 'confirmed'
        ? [
            `The ${statement.month} statement is already approved: a fine from this incident needs an adjusting entry on ${statement.id}`,
          ]
        : [],
  };
}

/**
 * Confirm that a stage-2 agent may go back online (seed 000: the supervisor and the client both confirm). Only the
 * incident that put the agent in offline training can be confirmed, once per side.
 */
export async function confirmReturn(
  c: DisciplineContext,
  p: Principal,
  id: string,
  note: string | undefined,
): Promise<{ ledger: AgentLedger; name: string }> {
  const role = confirmerOf(p);
  if (role === null) throw new AppError('FORBIDDEN', `Role ${p.role} does not confirm returns`);
  const incident = await loadIncident(c, p, id);
  const current = (await disciplineLedgers(c, p, { agentId: incident.agentId })).agents[0];
  if (current?.ledger.stage.stage !== 2 || current.ledger.stage.triggeredBy !== incident.id)
    throw new AppError(
      'CONFLICT',
      `Incident ${incident.id} is not the one that put agent ${incident.agentId} in offline training`,
    );
  await c.store.db.transaction(async (tx) => {
    const added = await insertConfirmation(
      { db: tx },
      { incidentId: incident.id, role, byUserId: p.id, at: c.now, note: note ?? null },
    );
    if (!added) throw new AppError('CONFLICT', `The ${role} has already confirmed this return`);
    await appendAudit(
      { db: tx },
      {
        actorUserId: p.id,
        action: 'discipline.confirm_return',
        entity: 'discipline_incident',
        entityId: incident.id,
        after: { role, note: note ?? null },
      },
    );
  });
  return (await disciplineLedgers(c, p, { agentId: incident.agentId })).agents[0]!;
}
