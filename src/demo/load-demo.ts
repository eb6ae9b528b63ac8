// Loads the seeded demo organisation (src/core/demo) into an empty database and queues its scoring, so a
// newcomer's first `npm start` shows a working system (README.md "Start" (the demo accounts)).
import { generateDemo } from '../core/demo/index.ts';
import { localDateText } from '../core/time/index.ts';
import { generatePassword, hashPassword } from '../auth/passwords.ts';
import { scopeFieldOf } from '../core/auth/user-scope.ts';
import type { UserRole } from '../core/auth/roles.ts';
import type { Queue } from '../jobs/queue.ts';
import { scoreConversationsJob } from '../qa/score-job.ts';
import { loadDemoRecordings } from './recordings.ts';
import { seedDemoWorkflows } from './workflows.ts';
import {
  countConversations,
  createAgent,
  createClient,
  createTeam,
  createUser,
  createVendor,
  listClients,
  setOnlineDate,
  upsertConversation,
  type Store,
} from '../store/index.ts';

export const DEMO_SEED = 20_261_001;
const SCORE_CHUNK = 50;

export interface DemoUser {
  username: string;
  role: UserRole;
  /** Generated for this load; shown once. */
  password: string;
}

export interface DemoLoadResult {
  conversations: number;
  agents: number;
  users: DemoUser[];
}

export async function isEmptyDatabase(store: Store): Promise<boolean> {
  return (await listClients(store)).length === 0 && (await countConversations(store)) === 0;
}

/**
 * Create the demo organisation, its users (each with its own generated password) and conversations ending today, then queue
 * their scoring. Conversations are upserted, so loading twice changes nothing.
 */
export async function loadDemo(
  store: Store,
  queue: Pick<Queue, 'send'>,
  opts: { now: Date; timeZone: string },
): Promise<DemoLoadResult> {
  // The demo ends yesterday: every generated call then lies in the past, whatever the hour of the first start.
  const yesterday = new Date(opts.now.getTime() - 86_400_000);
  const demo = generateDemo({
    seed: DEMO_SEED,
    endDate: localDateText(yesterday, opts.timeZone),
    timeZone: opts.timeZone,
  });
  await createClient(store, demo.client);
  for (const v of demo.vendors) await createVendor(store, v);
  for (const t of demo.teams) await createTeam(store, t);
  for (const { onlineOn, ...a } of demo.agents) {
    await createAgent(store, { ...a, active: true });
    await setOnlineDate(store, a.id, onlineOn);
  }
  // Every demo account gets its own random password (never the admin's): 33 predictable names sharing one secret
  // would make the demo a door into any database it was loaded into. Each carries only its role's scope id, so an
  // admin can edit or disable it like any other account.
  const users: DemoUser[] = [];
  for (const u of demo.users) {
    const password = generatePassword();
    const scopeField = scopeFieldOf(u.role);
    await createUser(store, {
      id: `u-${u.username}`,
      username: u.username,
      displayName: u.displayName,
      passwordHash: await hashPassword(password),
      role: u.role,
      agentId: scopeField === 'agentId' ? (u.agentId ?? null) : null,
      teamId: scopeField === 'teamId' ? (u.teamId ?? null) : null,
      vendorId: scopeField === 'vendorId' ? (u.vendorId ?? null) : null,
    });
    users.push({ username: u.username, role: u.role, password });
  }
  const teamOf = new Map(demo.agents.map((a) => [a.id, a.teamId]));
  const vendorOf = new Map(demo.teams.map((t) => [t.id, t.vendorId]));
  const ids: string[] = [];
  for (const c of demo.conversations) {
    const teamId = c.agentId ? teamOf.get(c.agentId) : undefined;
    await upsertConversation(store, c, {
      teamId: teamId ?? null,
      vendorId: teamId ? (vendorOf.get(teamId) ?? null) : null,
    });
    ids.push(c.id);
  }
  await loadDemoRecordings(store, demo.conversations, opts.now);
  // Every workflow once, through its commands (src/demo/workflows.ts). The conversations it reviews are scored
  // there and not queued again: a later re-score would replace the reviewed final score with the machine's.
  const workflows = await seedDemoWorkflows(store, {
    now: opts.now,
    timeZone: opts.timeZone,
    seed: DEMO_SEED,
    conversations: demo.conversations,
  });
  users.push(...workflows.users);
  const done = new Set(workflows.scoredIds);
  const queued = ids.filter((id) => !done.has(id));
  for (let i = 0; i < queued.length; i += SCORE_CHUNK) {
    await queue.send(scoreConversationsJob, { ids: queued.slice(i, i + SCORE_CHUNK) });
  }
  return {
    conversations: ids.length + workflows.scoredIds.filter((id) => !ids.includes(id)).length,
    agents: demo.agents.length,
    users,
  };
}

/** The demo accounts as lines to print once: username, role and generated password. */
export function demoAccountLines(users: readonly DemoUser[]): string[] {
  const width = Math.max(...users.map((u) => u.username.length), 8);
  return users.map((u) => `  ${u.username.padEnd(width)}  ${u.role.padEnd(14)}  ${u.password}`);
}
