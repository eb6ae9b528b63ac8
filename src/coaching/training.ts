// Training built from the case libraries (seed 004 "通过晨训、班后训、现场、微课等多种方式分享服务案例"): a team leader (or QA)
// builds a session for a team as a playlist of cases, invites the team's active agents, records who attended; each
// agent studies the session's cases in their study view. Coaching plans name an agent's focus rules and assigned
// cases and may start a follow-up review of the agent's latest call through the review commands.
import { randomUUID } from 'node:crypto';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import { narrowScope, rowInScope } from '../auth/row-scope.ts';
import { startReview } from '../review/adhoc.ts';
import {
  appendAudit,
  getPlan,
  getSession,
  insertPlan,
  insertSession,
  listAgentPlacements,
  listAttendance,
  listCases,
  updateAttendance,
  updatePlan,
  type CoachingPlanRow,
  type Store,
  type TrainingAttendanceRow,
  type TrainingSessionRow,
} from '../store/index.ts';

export interface NewSession {
  title: string;
  format: TrainingSessionRow['format'];
  teamId?: string | undefined;
  scheduledOn: string;
  caseIds: string[];
}

async function assertCases(store: Store, ids: readonly string[]): Promise<void> {
  const found = new Set((await listCases(store, { ids })).map((c) => c.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing) throw new AppError('BAD_INPUT', `Unknown case ${missing}`, { field: 'caseIds' });
}

export async function createSession(
  store: Store,
  p: Principal,
  b: NewSession,
  now: Date,
): Promise<TrainingSessionRow> {
  const teamId = b.teamId ?? p.teamId;
  if (!teamId) throw new AppError('BAD_INPUT', 'Which team is the session for?', { field: 'teamId' });
  const members = (await listAgentPlacements(store, narrowScope(p, { teamId }))).filter(
    (a) => a.teamId === teamId && a.active,
  );
  if (members.length === 0)
    throw new AppError('NOT_FOUND', `Team ${teamId} not found or has no active agents`);
  await assertCases(store, b.caseIds);
  return store.db.transaction(async (db) => {
    const row = await insertSession(
      { db },
      {
        id: `trn-${randomUUID()}`,
        title: b.title,
        format: b.format,
        teamId,
        vendorId: members[0]!.vendorId,
        scheduledOn: b.scheduledOn,
        caseIds: b.caseIds,
        createdByUserId: p.id,
        createdAt: now,
      },
      members.map((m) => m.agentId),
    );
    await appendAudit(
      { db },
      {
        actorUserId: p.id,
        action: 'training.create',
        entity: 'training_session',
        entityId: row.id,
        after: row,
      },
    );
    return row;
  });
}

export async function loadSession(store: Store, p: Principal, id: string): Promise<TrainingSessionRow> {
  const s = await getSession(store, id);
  if (!s) throw new AppError('NOT_FOUND', `Training session ${id} not found`);
  if (p.role === 'agent') {
    // A session belongs to a team, not to one agent, so an agent's row scope (their own agent id) never holds it:
    // an agent sees exactly the sessions they were invited to.
    const mine = await listAttendance(store, { sessionIds: [id], agentId: p.agentId ?? '' });
    if (mine.length === 0) throw new AppError('NOT_FOUND', `Training session ${id} not found`);
  } else if (!rowInScope(p, { agentId: null, teamId: s.teamId, vendorId: s.vendorId }))
    throw new AppError('NOT_FOUND', `Training session ${id} not found`);
  return s;
}

/** The leader records attendance: the agents present (everyone else invited is marked absent). */
export async function recordAttendance(
  store: Store,
  p: Principal,
  id: string,
  present: readonly string[],
): Promise<TrainingAttendanceRow[]> {
  await loadSession(store, p, id);
  return store.db.transaction(async (db) => {
    const before = await listAttendance({ db }, { sessionIds: [id] });
    const unknown = present.find((a) => !before.some((r) => r.agentId === a));
    if (unknown) throw new AppError('BAD_INPUT', `Agent ${unknown} was not invited`, { field: 'present' });
    for (const r of before)
      await updateAttendance({ db }, id, r.agentId, { attended: present.includes(r.agentId) });
    const after = await listAttendance({ db }, { sessionIds: [id] });
    await appendAudit(
      { db },
      {
        actorUserId: p.id,
        action: 'training.attendance',
        entity: 'training_session',
        entityId: id,
        before,
        after,
      },
    );
    return after;
  });
}

/** The agent marks a case of the session studied. */
export async function markStudied(
  store: Store,
  p: Principal,
  id: string,
  caseId: string,
  now: Date,
): Promise<TrainingAttendanceRow> {
  const s = await loadSession(store, p, id);
  if (!p.agentId) throw new AppError('FORBIDDEN', 'Only agents study sessions');
  if (!s.caseIds.includes(caseId)) throw new AppError('NOT_FOUND', `Case ${caseId} is not in this session`);
  const [mine] = await listAttendance(store, { sessionIds: [id], agentId: p.agentId });
  const studied = [...new Set([...(mine?.studiedCaseIds ?? []), caseId])];
  const row = await updateAttendance(store, id, p.agentId, { studiedCaseIds: studied, studiedAt: now });
  return row!;
}

export interface NewPlan {
  agentId: string;
  focusRules: string[];
  caseIds: string[];
  note: string;
  /** Start a follow-up review of the agent's latest scored call now. */
  followUp: boolean;
}

export async function createPlan(
  store: Store,
  p: Principal,
  b: NewPlan,
  now: Date,
): Promise<CoachingPlanRow> {
  const [agent] = await listAgentPlacements(store, narrowScope(p, { agentId: b.agentId }));
  if (!agent) throw new AppError('NOT_FOUND', `Agent ${b.agentId} not found`);
  await assertCases(store, b.caseIds);
  const plan = await store.db.transaction(async (db) => {
    const row = await insertPlan(
      { db },
      {
        id: `plan-${randomUUID()}`,
        agentId: agent.agentId,
        teamId: agent.teamId,
        vendorId: agent.vendorId,
        focusRules: b.focusRules,
        caseIds: b.caseIds,
        note: b.note,
        followUpTaskId: null,
        followUpConversationId: null,
        createdByUserId: p.id,
        createdAt: now,
        updatedAt: now,
      },
    );
    await appendAudit(
      { db },
      {
        actorUserId: p.id,
        action: 'coaching_plan.create',
        entity: 'coaching_plan',
        entityId: row.id,
        after: row,
      },
    );
    return row;
  });
  return b.followUp ? followUpReview(store, p, plan.id, now) : plan;
}

/**
 * The follow-up review of a plan: the agent's latest scored conversation after the plan was made (else their latest)
 * becomes a review task through startReview (which assigns the least-loaded inspector unless the caller inspects).
 */
export async function followUpReview(
  store: Store,
  p: Principal,
  planId: string,
  now: Date,
): Promise<CoachingPlanRow> {
  const plan = await getPlan(store, planId);
  if (!plan || !rowInScope(p, plan)) throw new AppError('NOT_FOUND', `Coaching plan ${planId} not found`);
  const { rows } = await store.sql<{ id: string }>(
    `select c.id from conversations c
       join results r on r.conversation_id = c.id and r.conversation_version = c.version and r.is_latest
      where c.is_latest and c.agent_id = $1
      order by (c.started_at >= $2::timestamptz) desc, c.started_at desc nulls last
      limit 1`,
    [plan.agentId, plan.createdAt.toISOString()],
  );
  const conv = rows[0];
  if (!conv) throw new AppError('CONFLICT', `Agent ${plan.agentId} has no scored conversation to review yet`);
  const task = await startReview(store, p, { conversationId: conv.id }, now);
  return updatePlan(store, plan.id, {
    followUpTaskId: String(task.id),
    followUpConversationId: conv.id,
    updatedAt: now,
  });
}
