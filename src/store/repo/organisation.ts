// Organisation repository: client → vendors → teams → agents.
import { asc, eq } from 'drizzle-orm';
import { agents, clients, teams, vendors } from '../schema/index.ts';
import type { DbHandle, Store } from '../store.ts';

export type Client = typeof clients.$inferSelect;
export type Vendor = typeof vendors.$inferSelect;
export type Team = typeof teams.$inferSelect;
export type Agent = typeof agents.$inferSelect;

export async function createClient(store: DbHandle, c: { id: string; name: string }): Promise<Client> {
  const [row] = await store.db.insert(clients).values(c).returning();
  return row!;
}

export async function createVendor(
  store: DbHandle,
  v: { id: string; clientId: string; name: string },
): Promise<Vendor> {
  const [row] = await store.db.insert(vendors).values(v).returning();
  return row!;
}

export async function createTeam(
  store: DbHandle,
  t: { id: string; vendorId: string; name: string },
): Promise<Team> {
  const [row] = await store.db.insert(teams).values(t).returning();
  return row!;
}

export async function createAgent(
  store: DbHandle,
  a: { id: string; name: string; teamId: string; hiredOn?: string | null; active?: boolean },
): Promise<Agent> {
  const [row] = await store.db.insert(agents).values(a).returning();
  return row!;
}

export function listClients(store: Store): Promise<Client[]> {
  return store.db.select().from(clients).orderBy(asc(clients.id));
}

export function listVendors(store: Store, filter: { clientId?: string } = {}): Promise<Vendor[]> {
  const q = store.db.select().from(vendors);
  return (filter.clientId ? q.where(eq(vendors.clientId, filter.clientId)) : q).orderBy(asc(vendors.id));
}

export function listTeams(store: Store, filter: { vendorId?: string } = {}): Promise<Team[]> {
  const q = store.db.select().from(teams);
  return (filter.vendorId ? q.where(eq(teams.vendorId, filter.vendorId)) : q).orderBy(asc(teams.id));
}

export function listAgents(store: Store, filter: { teamId?: string } = {}): Promise<Agent[]> {
  const q = store.db.select().from(agents);
  return (filter.teamId ? q.where(eq(agents.teamId, filter.teamId)) : q).orderBy(asc(agents.id));
}

/** Where an agent sits: the scope copied onto each of their conversations at ingest. */
export interface AgentScope {
  agentId: string;
  teamId: string;
  vendorId: string;
  clientId: string;
}

export async function getAgentScope(store: Store, agentId: string): Promise<AgentScope | undefined> {
  const [row] = await store.db
    .select({ agentId: agents.id, teamId: teams.id, vendorId: vendors.id, clientId: vendors.clientId })
    .from(agents)
    .innerJoin(teams, eq(teams.id, agents.teamId))
    .innerJoin(vendors, eq(vendors.id, teams.vendorId))
    .where(eq(agents.id, agentId));
  return row;
}
