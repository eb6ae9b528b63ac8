// Running a sampling plan over a period: choose conversations (core/review/sampling.ts), assign them
// evenly to the active QA inspectors, create the tasks — all in one transaction, serialised per plan, so a re-run
// or two simultaneous runs never sample a conversation version twice.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { AppError } from '../core/errors/app-error.ts';
import {
  assignEvenly,
  runSeed,
  selectForReview,
  type PlanScope,
  type SamplingRule,
} from '../core/review/sampling.ts';
import type { PeriodKind } from '../core/time/index.ts';
import {
  appendAudit,
  getSamplingPlan,
  insertReviewTasks,
  insertSamplingPlan,
  insertSamplingRun,
  inspectorLoads,
  sampledByPlan,
  samplingCandidates,
  updateSamplingPlan,
  type ReviewTaskRow,
  type SamplingPlanRow,
  type SamplingRunRow,
  type Store,
} from '../store/index.ts';
import { emitEvent } from '../notify/events.ts';

export interface NewPlan {
  name: string;
  rule: SamplingRule;
  scope: PlanScope;
  period: PeriodKind;
  scheduled: boolean;
  seed?: number | undefined;
}

export async function createPlan(
  store: Store,
  actorUserId: string,
  p: NewPlan,
  now: Date,
): Promise<SamplingPlanRow> {
  return store.db.transaction(async (db) => {
    const row = await insertSamplingPlan(
      { db },
      {
        id: `sp-${randomUUID()}`,
        name: p.name,
        rule: p.rule,
        scope: p.scope,
        period: p.period,
        scheduled: p.scheduled,
        // A plan without an explicit seed still runs reproducibly: the seed is fixed at creation and stored.
        seed: p.seed ?? Number.parseInt(randomUUID().slice(0, 8), 16) | 0,
        createdByUserId: actorUserId,
        createdAt: now,
        updatedAt: now,
      },
    );
    await appendAudit(
      { db },
      { actorUserId, action: 'sampling-plan.create', entity: 'sampling_plan', entityId: row.id, after: row },
    );
    return row;
  });
}

export type PlanPatch = Partial<
  Pick<SamplingPlanRow, 'name' | 'active' | 'scheduled' | 'rule' | 'scope' | 'period'>
>;

/** Change a plan; review tasks it already created stay as they are. */
export async function updatePlan(
  store: Store,
  actorUserId: string,
  id: string,
  patch: PlanPatch,
  now: Date,
): Promise<SamplingPlanRow> {
  const fields = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return store.db.transaction(async (db) => {
    const before = await getSamplingPlan({ db }, id);
    if (!before) throw new AppError('NOT_FOUND', `Sampling plan ${id} not found`);
    const after = await updateSamplingPlan({ db }, before.id, { ...fields, updatedAt: now });
    if (!after) throw new AppError('NOT_FOUND', `Sampling plan ${id} not found`);
    await appendAudit(
      { db },
      {
        actorUserId,
        action: 'sampling-plan.update',
        entity: 'sampling_plan',
        entityId: before.id,
        before,
        after,
      },
    );
    return after;
  });
}

export interface RunOutcome {
  run: SamplingRunRow;
  tasks: ReviewTaskRow[];
}

export async function runPlan(
  store: Store,
  plan: SamplingPlanRow,
  period: { from: Date; to: Date },
  actorUserId: string | null,
  now: Date,
): Promise<RunOutcome> {
  if (!(period.from < period.to)) throw new AppError('BAD_INPUT', '`from` must be before `to`');
  if (!plan.active) throw new AppError('CONFLICT', `Sampling plan ${plan.id} is inactive`);
  return store.db.transaction(async (db) => {
    const tx = { db };
    await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${'sampling-plan:' + plan.id}, 0))`);
    const found = await samplingCandidates(tx, plan.scope, period.from, period.to);
    const sampled = await sampledByPlan(tx, plan.id, [...new Set(found.map((c) => c.conversationId))]);
    const candidates = found.map((c) => ({
      ...c,
      sampled: sampled.has(`${c.conversationId}@${c.conversationVersion}`),
    }));
    const seed = runSeed(plan.seed, period.from, period.to);
    const picks = selectForReview(plan.rule, candidates, seed);
    const inspectors = await inspectorLoads(tx);
    if (picks.length > 0 && inspectors.length === 0) {
      throw new AppError('CONFLICT', 'No active QA inspector to assign review tasks to');
    }
    const machine = new Map(found.map((c) => [c.resultId, c.machineScore]));
    const assigned = assignEvenly(picks, inspectors, seed);
    const run = await insertSamplingRun(tx, {
      planId: plan.id,
      periodFrom: period.from,
      periodTo: period.to,
      ranAt: now,
      actorUserId,
      candidates: candidates.length,
      created: 0,
    });
    const tasks = await insertReviewTasks(
      tx,
      assigned.map(({ item, userId }) => ({
        planId: plan.id,
        runId: run.id,
        conversationId: item.candidate.conversationId,
        conversationVersion: item.candidate.conversationVersion,
        resultId: item.candidate.resultId,
        agentId: item.candidate.agentId,
        teamId: item.candidate.teamId,
        vendorId: item.candidate.vendorId,
        inspectorUserId: userId,
        reasons: [...item.reasons],
        machineTotal: machine.get(item.candidate.resultId) ?? 0,
        createdAt: now,
      })),
    );
    await db.execute(sql`update sampling_runs set created = ${tasks.length} where id = ${run.id}`);
    // Each inspector is told once per run how many tasks landed in their queue.
    const byInspector = new Map<string, ReviewTaskRow[]>();
    for (const task of tasks)
      byInspector.set(task.inspectorUserId, [...(byInspector.get(task.inspectorUserId) ?? []), task]);
    for (const [inspector, mine] of byInspector) {
      await emitEvent(
        tx,
        {
          kind: 'review.assigned',
          params: {
            count: mine.length,
            taskIds: mine.slice(0, 50).map((x) => x.id),
            planId: plan.id,
            planName: plan.name,
            inspectorUserId: inspector,
          },
          link: mine.length === 1 ? `/review/${mine[0]!.id}` : '/review',
          recipients: { userIds: [inspector] },
        },
        now,
      );
    }
    await appendAudit(tx, {
      actorUserId,
      action: 'sampling-plan.run',
      entity: 'sampling_plan',
      entityId: plan.id,
      after: {
        runId: run.id,
        from: period.from.toISOString(),
        to: period.to.toISOString(),
        candidates: candidates.length,
        created: tasks.length,
      },
    });
    return { run: { ...run, created: tasks.length }, tasks };
  });
}
