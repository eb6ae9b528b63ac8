// The organisation as one snapshot (clients 甲方 → vendors 乙方 → teams → agents) and its index for scoping
// (src/core/auth/org-scope.ts). A contact center has hundreds of agents, not millions: reading it whole is cheap.
import { orgIndex, type OrgIndex } from '../core/auth/org-scope.ts';
import {
  listAgents,
  listClients,
  listTeams,
  listVendors,
  type Agent,
  type Client,
  type Store,
  type Team,
  type Vendor,
} from '../store/index.ts';

export interface OrgSnapshot {
  clients: Client[];
  vendors: Vendor[];
  teams: Team[];
  agents: Agent[];
  ix: OrgIndex;
}

export async function loadOrg(store: Store): Promise<OrgSnapshot> {
  const [clients, vendors, teams, agents] = await Promise.all([
    listClients(store),
    listVendors(store),
    listTeams(store),
    listAgents(store),
  ]);
  return { clients, vendors, teams, agents, ix: orgIndex({ vendors, teams, agents }) };
}

/** `?active=true|false` on list queries; absent = both (history keeps inactive units visible). */
export type ActiveFilter = 'true' | 'false' | undefined;
export const matchesActive = (wanted: ActiveFilter, active: boolean): boolean =>
  wanted === undefined || (wanted === 'true') === active;
