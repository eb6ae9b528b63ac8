// Who and what the demo's workflow steps share (src/demo/workflows.ts): the store, the clock and zone, the seeded
// random stream, the demo accounts as principals, the agents' placements and the published pack.
import type { Conversation } from '../../core/conversation/schema.ts';
import type { Principal, UserRole } from '../../core/auth/roles.ts';
import type { CompiledPack } from '../../core/rules/index.ts';
import type { Rng } from '../../core/random/random.ts';
import { toPrincipal } from '../../auth/sessions.ts';
import type { resultsFor } from '../../packs/score-bulk.ts';
import type { listAgentPlacements } from '../../store/index.ts';
import { findUserByUsername, type Store } from '../../store/index.ts';

export const HOUR = 3_600_000;

export interface DemoWorkflowUser {
  username: string;
  role: UserRole;
  password: string;
}

/** The results scored for the workflows. */
export type Scored = Awaited<ReturnType<typeof resultsFor>>;

/** A finalized demo review: its task, agent, the hits confirmed and the manual item deducted. */
export interface Finalized {
  taskId: number;
  agentId: string;
  hits: number[];
  item: string | null;
}

export interface DemoCast {
  store: Store;
  now: Date;
  timeZone: string;
  /** What the commands take as their context. */
  ctx: { store: Store; now: Date; timeZone: string };
  rng: Rng;
  /** Yesterday in the zone, `YYYY-MM-DD`, and its month. */
  yesterday: string;
  month: string;
  lead: Principal;
  inspectors: Principal[];
  /** Team leaders by team id. */
  leaders: Map<string, Principal>;
  vendorManager: Principal;
  desk: Principal;
  agentUser: (agentId: string) => Promise<Principal>;
  placements: Awaited<ReturnType<typeof listAgentPlacements>>;
  pack: CompiledPack;
  /** The demo's voice calls with an agent. */
  voice: Conversation[];
}

export async function principal(store: Store, username: string): Promise<Principal> {
  const u = await findUserByUsername(store, username);
  if (!u) throw new Error(`demo user ${username} is missing`);
  return toPrincipal(u);
}
