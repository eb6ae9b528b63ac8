// Organisation administration: read-for-update, update and the "has active children" checks behind deactivation.
// Functions take `{ db }` so the HTTP layer runs them inside the transaction that also appends the audit entry.
import { and, eq } from 'drizzle-orm';
import { agents, clients, teams, vendors } from '../schema/index.ts';
import type { DbHandle } from '../store.ts';
import type { Agent, Client, Team, Vendor } from './organisation.ts';

/** The row, locked FOR UPDATE when read inside a transaction that will change it. */
export async function lockClient(s: DbHandle, id: string): Promise<Client | undefined> {
  const [row] = await s.db.select().from(clients).where(eq(clients.id, id)).for('update');
  return row;
}

export async function lockVendor(s: DbHandle, id: string): Promise<Vendor | undefined> {
  const [row] = await s.db.select().from(vendors).where(eq(vendors.id, id)).for('update');
  return row;
}

export async function lockTeam(s: DbHandle, id: string): Promise<Team | undefined> {
  const [row] = await s.db.select().from(teams).where(eq(teams.id, id)).for('update');
  return row;
}

export async function lockAgent(s: DbHandle, id: string): Promise<Agent | undefined> {
  const [row] = await s.db.select().from(agents).where(eq(agents.id, id)).for('update');
  return row;
}

export async function updateClient(
  s: DbHandle,
  id: string,
  patch: { name?: string; active?: boolean },
): Promise<Client> {
  const [row] = await s.db.update(clients).set(patch).where(eq(clients.id, id)).returning();
  return row!;
}

export async function updateVendor(
  s: DbHandle,
  id: string,
  patch: { name?: string; active?: boolean },
): Promise<Vendor> {
  const [row] = await s.db.update(vendors).set(patch).where(eq(vendors.id, id)).returning();
  return row!;
}

export async function updateTeam(
  s: DbHandle,
  id: string,
  patch: { name?: string; active?: boolean },
): Promise<Team> {
  const [row] = await s.db.update(teams).set(patch).where(eq(teams.id, id)).returning();
  return row!;
}

export async function updateAgent(
  s: DbHandle,
  id: string,
  patch: { name?: string; teamId?: string; hiredOn?: string | null; active?: boolean },
): Promise<Agent> {
  const [row] = await s.db.update(agents).set(patch).where(eq(agents.id, id)).returning();
  return row!;
}

/** Active units directly below one unit: a unit with active children cannot be deactivated. */
export function countActiveVendors(s: DbHandle, clientId: string): Promise<number> {
  return s.db.$count(vendors, and(eq(vendors.clientId, clientId), eq(vendors.active, true)));
}

export function countActiveTeams(s: DbHandle, vendorId: string): Promise<number> {
  return s.db.$count(teams, and(eq(teams.vendorId, vendorId), eq(teams.active, true)));
}

export function countActiveAgents(s: DbHandle, teamId: string): Promise<number> {
  return s.db.$count(agents, and(eq(agents.teamId, teamId), eq(agents.active, true)));
}
