// Which organisation rows a principal sees and may manage (docs/product.md "Who works with it"). The role table in
// policy.ts says WHETHER a role may perform an action; this module says ON WHICH ROWS. A scoped principal is confined
// to one unit (an agent to their agent code, a team leader to their team, a vendor manager to their vendor) and sees
// that unit, everything inside it, and the units above it on its own branch (an agent sees their team and vendor).
import type { Principal } from './roles.ts';

export const ORG_LEVELS = ['client', 'vendor', 'team', 'agent'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

/** Where a unit sits: its own id and those of the units above it; null where unknown or not applicable. */
export type Placement = { readonly [L in OrgLevel]: string | null };

export interface OrgIndex {
  clientOfVendor: ReadonlyMap<string, string>;
  vendorOfTeam: ReadonlyMap<string, string>;
  teamOfAgent: ReadonlyMap<string, string>;
}

export function orgIndex(org: {
  vendors: readonly { id: string; clientId: string }[];
  teams: readonly { id: string; vendorId: string }[];
  agents: readonly { id: string; teamId: string }[];
}): OrgIndex {
  return {
    clientOfVendor: new Map(org.vendors.map((v) => [v.id, v.clientId])),
    vendorOfTeam: new Map(org.teams.map((t) => [t.id, t.vendorId])),
    teamOfAgent: new Map(org.agents.map((a) => [a.id, a.teamId])),
  };
}

const NOWHERE: Placement = { client: null, vendor: null, team: null, agent: null };

/** Resolve a unit upwards through the index. */
export function place(ix: OrgIndex, level: OrgLevel, id: string | null): Placement {
  if (id === null) return NOWHERE;
  switch (level) {
    case 'client':
      return { ...NOWHERE, client: id };
    case 'vendor':
      return { ...NOWHERE, vendor: id, client: ix.clientOfVendor.get(id) ?? null };
    case 'team': {
      const vendor = ix.vendorOfTeam.get(id) ?? null;
      return { ...place(ix, 'vendor', vendor), team: id };
    }
    case 'agent': {
      const team = ix.teamOfAgent.get(id) ?? null;
      return { ...place(ix, 'team', team), agent: id };
    }
  }
}

/** A principal's confinement: null for roles that see the whole organisation. */
export interface Home {
  level: OrgLevel;
  at: Placement;
}

export function homeOf(p: Principal, ix: OrgIndex): Home | null {
  switch (p.role) {
    case 'admin':
    case 'qa_lead':
    case 'qa_inspector':
    case 'complaint_desk':
    case 'expert_seat':
      return null;
    case 'back_office':
      // A branch user sees no part of the contact center's organisation: confined below every vendor.
      return { level: 'agent', at: place(ix, 'agent', null) };
    case 'agent':
      return { level: 'agent', at: place(ix, 'agent', p.agentId) };
    case 'team_leader':
      return { level: 'team', at: place(ix, 'team', p.teamId) };
    case 'vendor_manager':
      return { level: 'vendor', at: place(ix, 'vendor', p.vendorId) };
  }
}

const depth = (l: OrgLevel): number => ORG_LEVELS.indexOf(l);

/** Whether the unit `id` at `level` is visible: inside the home, or above it on the home's own branch. */
export function seesUnit(home: Home | null, ix: OrgIndex, level: OrgLevel, id: string): boolean {
  if (home === null) return true;
  if (depth(level) < depth(home.level)) return home.at[level] === id;
  return contains(home, place(ix, level, id));
}

/** Whether a placement lies inside the home unit (a principal without a scope id contains nothing). */
export function contains(home: Home | null, at: Placement): boolean {
  if (home === null) return true;
  const own = home.at[home.level];
  return own !== null && at[home.level] === own;
}

/** Where a user account sits, from the one scope id its role carries; accounts without one sit nowhere. */
export function placeUser(
  ix: OrgIndex,
  u: { agentId: string | null; teamId: string | null; vendorId: string | null },
): Placement {
  if (u.agentId !== null) return place(ix, 'agent', u.agentId);
  if (u.teamId !== null) return place(ix, 'team', u.teamId);
  if (u.vendorId !== null) return place(ix, 'vendor', u.vendorId);
  return NOWHERE;
}

/**
 * Whether the principal may change rows belonging to `vendorId` (teams, agents, accounts): the admin anywhere, a
 * vendor manager inside their own vendor. Whether the role may manage at all is the policy table's question.
 */
export function managesVendor(p: Principal, vendorId: string | null): boolean {
  switch (p.role) {
    case 'admin':
      return true;
    case 'vendor_manager':
      return vendorId !== null && p.vendorId === vendorId;
    case 'qa_lead':
    case 'qa_inspector':
    case 'team_leader':
    case 'agent':
    case 'complaint_desk':
    case 'back_office':
    case 'expert_seat':
      return false;
  }
}
