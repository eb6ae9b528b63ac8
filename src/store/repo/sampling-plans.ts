// Sampling plans repository: plans, their runs, and the scored conversations a run chooses from.
import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Candidate, PlanScope } from '../../core/review/sampling.ts';
import { conversations, results, samplingPlans, samplingRuns } from '../schema/index.ts';
import type { DbHandle } from '../store.ts';
import { latestResultJoin } from './conversation-filter.ts';
import { inList } from './review-tasks.ts';

export type SamplingPlanRow = typeof samplingPlans.$inferSelect;
export type SamplingRunRow = typeof samplingRuns.$inferSelect;

export async function insertSamplingPlan(
  s: DbHandle,
  p: typeof samplingPlans.$inferInsert,
): Promise<SamplingPlanRow> {
  const [row] = await s.db.insert(samplingPlans).values(p).returning();
  return row!;
}

export async function updateSamplingPlan(
  s: DbHandle,
  id: string,
  patch: Partial<Pick<SamplingPlanRow, 'name' | 'active' | 'scheduled' | 'rule' | 'scope' | 'period'>> & {
    updatedAt: Date;
  },
): Promise<SamplingPlanRow | undefined> {
  const [row] = await s.db.update(samplingPlans).set(patch).where(eq(samplingPlans.id, id)).returning();
  return row;
}

export async function getSamplingPlan(s: DbHandle, id: string): Promise<SamplingPlanRow | undefined> {
  const [row] = await s.db.select().from(samplingPlans).where(eq(samplingPlans.id, id));
  return row;
}

export function listSamplingPlans(
  s: DbHandle,
  filter: { scheduled?: boolean; active?: boolean } = {},
): Promise<SamplingPlanRow[]> {
  return s.db
    .select()
    .from(samplingPlans)
    .where(
      and(
        filter.scheduled === undefined ? undefined : eq(samplingPlans.scheduled, filter.scheduled),
        filter.active === undefined ? undefined : eq(samplingPlans.active, filter.active),
      ),
    )
    .orderBy(asc(samplingPlans.createdAt), asc(samplingPlans.id));
}

export async function insertSamplingRun(
  s: DbHandle,
  r: typeof samplingRuns.$inferInsert,
): Promise<SamplingRunRow> {
  const [row] = await s.db.insert(samplingRuns).values(r).returning();
  return row!;
}

export function listSamplingRuns(s: DbHandle, planId: string, limit = 50): Promise<SamplingRunRow[]> {
  return s.db
    .select()
    .from(samplingRuns)
    .where(eq(samplingRuns.planId, planId))
    .orderBy(desc(samplingRuns.ranAt), desc(samplingRuns.id))
    .limit(limit);
}

/**
 * Latest versions of the conversations started in [from, to) inside the plan's scope that have a result, with
 * what targeted sampling looks at (fatal, rule ids). `sampled` is filled in by the caller.
 */
export async function samplingCandidates(
  s: DbHandle,
  scope: PlanScope,
  from: Date,
  to: Date,
): Promise<(Omit<Candidate, 'sampled'> & { machineScore: number })[]> {
  const scopeCond =
    scope.kind === 'team'
      ? inList(conversations.teamId, scope.teamIds)
      : scope.kind === 'vendor'
        ? inList(conversations.vendorId, scope.vendorIds)
        : undefined;
  const rows = await s.db
    .select({
      conversationId: conversations.id,
      conversationVersion: conversations.version,
      resultId: results.id,
      agentId: conversations.agentId,
      teamId: conversations.teamId,
      vendorId: conversations.vendorId,
      fatal: results.fatal,
      ruleIds: results.ruleIds,
      hangupBy: sql<
        string | null
      >`(select e->>'by' from jsonb_array_elements(coalesce(${conversations.body}->'events', '[]'::jsonb)) e where e->>'type' = 'hangup' limit 1)`,
      machineScore: results.machineScore,
    })
    .from(conversations)
    .innerJoin(results, latestResultJoin)
    .where(
      and(
        eq(conversations.isLatest, true),
        gte(conversations.startedAt, from),
        lt(conversations.startedAt, to),
        scopeCond,
      ),
    )
    .orderBy(asc(conversations.id));
  return rows;
}
