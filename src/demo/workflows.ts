// The demo's workflow data: after the organisation and its conversations are loaded, walk every workflow once
// through its real commands (so each row has its audit entry and its notifications), so a newcomer's first visit
// finds every screen filled: reviews finalized with confirmed and rejected hits and a manual deduction, appeals
// open, upheld and rejected, calibration sessions, complaints of several causes, severities and decisions, a
// discipline ledger, daily call statistics that differ across agents (seed 002 (五) KPI: answer rate and
// satisfaction decide the bonus), work orders to a branch in several states (seed 004 工單), blocklist entries and
// an auto-block candidate (seed 003), coaching cases, a training session, a plan and ideas (seeds 001, 004), and the
// vendor's statements in each state (README.md "Start" (the demo accounts)).
//
// Deterministic: every choice comes from the demo seed's own stream (src/core/random). Idempotent: the last step
// writes the audit entry `demo.workflows`; a run that finds it does nothing.
import type { Conversation } from '../core/conversation/schema.ts';
import { createRng } from '../core/random/random.ts';
import { localDateText, monthOf } from '../core/time/index.ts';
import { resultsFor } from '../packs/score-bulk.ts';
import { ensureDefaultPack, packRevision, publishedPack } from '../qa/packs.ts';
import { appendAudit, listAgentPlacements, saveResults, type Store } from '../store/index.ts';
import type { Principal } from '../core/auth/roles.ts';
import { principal, type DemoCast, type DemoWorkflowUser } from './workflows/cast.ts';
import { seedCoaching } from './workflows/coaching.ts';
import { seedBlocklist, seedComplaints, seedDiscipline, seedServiceDesk } from './workflows/operations.ts';
import { seedAppeals, seedCalibration, seedReviews } from './workflows/quality.ts';
import { seedCallStatistics, seedStatements } from './workflows/settlement.ts';

export type { DemoWorkflowUser } from './workflows/cast.ts';

/** The audit action whose presence says the workflows were seeded. */
export const DEMO_WORKFLOWS_ACTION = 'demo.workflows';

export interface DemoWorkflowResult {
  /** False when an earlier run had already seeded the workflows (nothing was added). */
  seeded: boolean;
  /** Conversations scored here (the caller need not queue them). */
  scoredIds: string[];
  /** Accounts added here (branch user, expert seat), with their generated passwords. */
  users: DemoWorkflowUser[];
}

export async function workflowsSeeded(store: Store): Promise<boolean> {
  const { rows } = await store.sql<{ n: number }>(
    'select count(*)::int as n from audit_log where action = $1',
    [DEMO_WORKFLOWS_ACTION],
  );
  return (rows[0]?.n ?? 0) > 0;
}

/**
 * Seed every workflow once. `conversations` are the demo's generated conversations (already stored); those the
 * workflows need are scored here with the published pack, the rest stay for the scoring job.
 */
export async function seedDemoWorkflows(
  store: Store,
  opts: { now: Date; timeZone: string; seed: number; conversations: readonly Conversation[] },
): Promise<DemoWorkflowResult> {
  if (await workflowsSeeded(store)) return { seeded: false, scoredIds: [], users: [] };
  const { now, timeZone } = opts;
  const rng = createRng(opts.seed).fork('workflows');
  const ctx = { store, now, timeZone };
  const yesterday = localDateText(new Date(now.getTime() - 86_400_000), timeZone);
  const month = monthOf(yesterday);

  const lead = await principal(store, 'qalead');
  const inspectors = [
    await principal(store, 'qa01'),
    await principal(store, 'qa02'),
    await principal(store, 'qa03'),
  ];
  const leaders = new Map<string, Principal>();
  for (const u of ['tl01', 'tl02']) {
    const p = await principal(store, u);
    if (p.teamId) leaders.set(p.teamId, p);
  }
  const vendorManager = await principal(store, 'pm01');
  const desk = await principal(store, 'cd01');
  const agentUser = async (agentId: string) => principal(store, agentId.toLowerCase());
  const placements = await listAgentPlacements(store, {});

  // --- Score the conversations the workflows use (voice calls with an agent, newest days first excluded so the
  // appeal deadline of a finalized review is still ahead).
  // `serve` publishes the default pack before loading the demo; `zhijian demo` and tests may not have.
  if (!(await publishedPack(store))) await ensureDefaultPack(store, now);
  const pack = await publishedPack(store);
  if (!pack) throw new Error('no published rule pack: publish the default pack before seeding the demo');
  const voice = opts.conversations.filter((c) => c.channel === 'voice' && c.agentId);
  const picked = rng.fork('pick').sample(voice, 60);
  const scored = await resultsFor(
    store,
    picked.map((c) => c.id),
    pack,
    packRevision(pack.version),
  );
  await saveResults(store, scored, now);
  const scoredIds = scored.map((r) => r.conversationId);
  const deducting = scored.filter((r) => r.hits.length > 0 && r.total < r.machineScore + 1 && r.total < 100);
  const withHits = deducting.length >= 12 ? deducting : scored.filter((r) => r.hits.length > 0);
  const clean = scored.filter((r) => !withHits.includes(r));

  const c: DemoCast = {
    store,
    now,
    timeZone,
    ctx,
    rng,
    yesterday,
    month,
    lead,
    inspectors,
    leaders,
    vendorManager,
    desk,
    agentUser,
    placements,
    pack,
    voice,
  };
  // The steps run in this order: later ones use earlier rows (appeals the reviews, work orders the complaints)
  // and every step draws from the seeded stream in turn.
  const finalized = await seedReviews(c, withHits);
  await seedAppeals(c, finalized);
  await seedCalibration(c, scored, clean);
  const complaintIds = await seedComplaints(c, scored);
  await seedDiscipline(c);
  await seedCallStatistics(c);
  const users = await seedServiceDesk(c, complaintIds);
  await seedBlocklist(c, scoredIds);
  await seedCoaching(c, scored, finalized);
  await seedStatements(c);

  await appendAudit(store, {
    actorUserId: null,
    action: DEMO_WORKFLOWS_ACTION,
    entity: 'demo',
    entityId: String(opts.seed),
    after: { seed: opts.seed, at: now.toISOString() },
  });
  return { seeded: true, scoredIds, users };
}
