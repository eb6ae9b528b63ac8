// Commands on agents (坐席): the admin, and a vendor manager inside their vendor, create, edit, move between teams
// and deactivate agents (an agent of another vendor is NOT_FOUND). An agent who is deactivated (离职) loses their
// login accounts in the same transaction: sessions end and tokens are revoked.
import { forgetCachedTokens } from '../auth/api-tokens.ts';
import { homeOf, managesVendor, seesUnit } from '../core/auth/org-scope.ts';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import {
  activeAccountsOfAgent,
  appendAudit,
  auditAction,
  auditCreated,
  changed,
  conflictOnDuplicate,
  createAgent as insertAgent,
  endSessionsOfUser,
  inTransaction,
  lockAgent,
  lockTeam,
  revokeTokensOfUser,
  snapshot,
  updateAgent as writeAgent,
  updateUserAccount,
  type Agent,
  type DbHandle,
  type Store,
  type Team,
} from '../store/index.ts';
import { loadOrg, matchesActive, type ActiveFilter } from './org.ts';

/** An agent with the team it sits in (the list and the answers show the team's name and vendor). */
export interface PlacedAgent {
  agent: Agent;
  team: Team | undefined;
}

export async function listVisibleAgents(
  store: Store,
  p: Principal,
  q: { teamId?: string | undefined; vendorId?: string | undefined; active?: ActiveFilter },
): Promise<PlacedAgent[]> {
  const org = await loadOrg(store);
  const home = homeOf(p, org.ix);
  const teamById = new Map(org.teams.map((t) => [t.id, t]));
  return org.agents
    .filter((a) => seesUnit(home, org.ix, 'agent', a.id) && matchesActive(q.active, a.active))
    .map((agent) => ({ agent, team: teamById.get(agent.teamId) }))
    .filter(
      ({ agent, team }) =>
        (q.teamId === undefined || agent.teamId === q.teamId) &&
        (q.vendorId === undefined || (team?.vendorId ?? '') === q.vendorId),
    );
}

export async function getVisibleAgent(store: Store, p: Principal, id: string): Promise<PlacedAgent> {
  const org = await loadOrg(store);
  const agent = org.agents.find((a) => a.id === id);
  if (!agent || !seesUnit(homeOf(p, org.ix), org.ix, 'agent', agent.id)) {
    throw new AppError('NOT_FOUND', `Agent ${id} not found`);
  }
  return { agent, team: org.teams.find((t) => t.id === agent.teamId) };
}

/** The team an agent may be placed in by this principal: known, managed by them, active. */
async function placeableTeam(s: DbHandle, p: Principal, teamId: string): Promise<Team> {
  const team = await lockTeam(s, teamId);
  if (!team || !managesVendor(p, team.vendorId)) throw new AppError('NOT_FOUND', `Team ${teamId} not found`);
  if (!team.active) throw new AppError('CONFLICT', `Team ${teamId} is inactive`);
  return team;
}

/** 离职: an agent who leaves can no longer log in; their sessions end and their tokens are revoked. */
async function disableAccountsOf(s: DbHandle, actor: Principal, agentId: string, now: Date): Promise<void> {
  for (const u of await activeAccountsOfAgent(s, agentId)) {
    const after = await updateUserAccount(s, u.id, { disabled: true });
    await endSessionsOfUser(s, u.id);
    await revokeTokensOfUser(s, u.id, now);
    await appendAudit(s, {
      actorUserId: actor.id,
      action: 'user.disable',
      entity: 'user',
      entityId: u.id,
      before: snapshot(u),
      after: { ...snapshot(after), reason: `agent ${agentId} deactivated` },
    });
  }
}

export function createAgent(
  store: Store,
  p: Principal,
  b: { id: string; name: string; teamId: string; hiredOn?: string | null | undefined },
): Promise<PlacedAgent> {
  return inTransaction(store, async (s) => {
    const team = await placeableTeam(s, p, b.teamId);
    if (await lockAgent(s, b.id)) throw new AppError('CONFLICT', `Agent ${b.id} exists`);
    const created = await insertAgent(s, { ...b, hiredOn: b.hiredOn ?? null });
    return { agent: await auditCreated(s, p.id, 'agent', created), team };
  }).catch((e: unknown) => conflictOnDuplicate(e, `Agent ${b.id} exists`));
}

export interface AgentPatch {
  name?: string | undefined;
  teamId?: string | undefined;
  hiredOn?: string | null | undefined;
  active?: boolean | undefined;
}

export async function updateAgent(
  store: Store,
  p: Principal,
  id: string,
  b: AgentPatch,
  now: Date,
): Promise<PlacedAgent> {
  const out = await inTransaction(store, async (s) => {
    const before = await lockAgent(s, id);
    const current = before && (await lockTeam(s, before.teamId));
    if (!before || !current || !managesVendor(p, current.vendorId)) {
      throw new AppError('NOT_FOUND', `Agent ${id} not found`);
    }
    const moving = b.teamId !== undefined && b.teamId !== before.teamId;
    const team = moving ? await placeableTeam(s, p, b.teamId!) : current;
    const reactivating = b.active === true && !before.active;
    if (reactivating && !team.active) throw new AppError('CONFLICT', `Team ${team.id} is inactive`);
    if (changed(snapshot(before), snapshot({ ...before, ...b })).length === 0) return { agent: before, team };
    // Conversations keep the team and vendor they were handled in (copied at ingest): a move changes where the
    // agent's future calls count, not their history.
    const updated = await writeAgent(s, before.id, b);
    await appendAudit(s, {
      actorUserId: p.id,
      action: auditAction('agent', before, updated),
      entity: 'agent',
      entityId: before.id,
      before: snapshot(before),
      after: snapshot(updated),
    });
    if (before.active && !updated.active) await disableAccountsOf(s, p, before.id, now);
    return { agent: updated, team };
  });
  // 离职 revoked the agent's tokens: they act no more, in this process at once.
  forgetCachedTokens(store);
  return out;
}
