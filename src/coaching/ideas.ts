// The suggestion box (金点子, seed 001): agents submit ideas, callback staff record what customers proposed in
// satisfaction callbacks (seed 001 "在满意度回访中，客户经常会提供给我们非常好的建议"; seed 004). Reviewers move each idea
// received → under evaluation → adopted / declined / duplicate with a reason. An adopted idea credited to an agent
// may carry a reward (integer fen) paid as a line of the vendor's statement of the month it was adopted in; setting
// or changing it is audited and refused once that month's statement is approved (src/settlement/locks.ts).
import { randomUUID } from 'node:crypto';
import type { Principal } from '../core/auth/roles.ts';
import {
  ideaMoveProblem,
  type IdeaCategory,
  type IdeaSource,
  type IdeaState,
} from '../core/coaching/index.ts';
import { AppError } from '../core/errors/app-error.ts';
import { monthOf } from '../core/time/months.ts';
import { localDateText } from '../core/time/days.ts';
import { narrowScope, rowInScope } from '../auth/row-scope.ts';
import { assertMonthOpen } from '../settlement/locks.ts';
import {
  appendAudit,
  getIdea,
  insertIdea,
  listAgentPlacements,
  updateIdea,
  type DbHandle,
  type IdeaRow,
  type Store,
} from '../store/index.ts';

export interface NewIdea {
  source: IdeaSource;
  category: IdeaCategory;
  title: string;
  body: string;
  /** Credited agent: the caller when an agent submits; optional for a recorded customer proposal. */
  agentId?: string | undefined;
  conversationId?: string | undefined;
}

export async function submitIdea(store: Store, p: Principal, b: NewIdea, now: Date): Promise<IdeaRow> {
  if (p.role === 'agent' && b.source !== 'agent')
    throw new AppError('BAD_INPUT', 'Agents submit their own ideas', { field: 'source' });
  const agentId = p.role === 'agent' ? p.agentId : (b.agentId ?? null);
  let placement: { teamId: string; vendorId: string } | null = null;
  if (agentId) {
    const [a] = await listAgentPlacements(store, narrowScope(p, { agentId }));
    if (!a) throw new AppError('NOT_FOUND', `Agent ${agentId} not found`);
    placement = a;
  } else if (b.source === 'agent') throw new AppError('BAD_INPUT', 'Whose idea is it?', { field: 'agentId' });
  return store.db.transaction(async (db) =>
    recordIdea(
      { db },
      p,
      {
        source: b.source,
        agentId,
        teamId: placement?.teamId ?? null,
        vendorId: placement?.vendorId ?? null,
        category: b.category,
        title: b.title,
        body: b.body,
        conversationId: b.conversationId ?? null,
      },
      now,
    ),
  );
}

/**
 * Store a received idea and its audit entry inside the caller's transaction: an agent's own idea, or a customer's
 * proposal heard on a callback (seeds 001, 004: suggestions collected for improvement).
 */
export async function recordIdea(
  tx: DbHandle,
  p: Principal,
  i: Pick<
    IdeaRow,
    'source' | 'agentId' | 'teamId' | 'vendorId' | 'category' | 'title' | 'body' | 'conversationId'
  >,
  now: Date,
): Promise<IdeaRow> {
  const row = await insertIdea(tx, {
    id: `idea-${randomUUID()}`,
    ...i,
    state: 'received',
    reason: null,
    duplicateOf: null,
    rewardFen: null,
    rewardMonth: null,
    effect: null,
    effectOn: null,
    effectMetric: null,
    effectBefore: null,
    effectAfter: null,
    effectByUserId: null,
    effectAt: null,
    submittedByUserId: p.id,
    decidedByUserId: null,
    decidedAt: null,
    createdAt: now,
    updatedAt: now,
  });
  await appendAudit(tx, {
    actorUserId: p.id,
    action: 'idea.submit',
    entity: 'idea',
    entityId: row.id,
    after: row,
  });
  return row;
}

const visible = (p: Principal, i: IdeaRow): boolean =>
  i.submittedByUserId === p.id ||
  (i.vendorId === null
    ? p.role !== 'agent' && p.role !== 'team_leader' && p.role !== 'vendor_manager'
    : rowInScope(p, { agentId: i.agentId, teamId: i.teamId, vendorId: i.vendorId }));

export async function loadIdea(store: Store, p: Principal, id: string): Promise<IdeaRow> {
  const i = await getIdea(store, id);
  if (!i || !visible(p, i)) throw new AppError('NOT_FOUND', `Idea ${id} not found`);
  return i;
}

export interface IdeaMove {
  to: IdeaState;
  reason?: string | undefined;
  rewardFen?: number | undefined;
  duplicateOf?: string | undefined;
  effect?: string | undefined;
}

export async function moveIdea(
  store: Store,
  p: Principal,
  id: string,
  m: IdeaMove,
  now: Date,
  timeZone: string,
): Promise<IdeaRow> {
  return store.db.transaction(async (db) => {
    const before = await getIdea({ db }, id);
    if (!before || !visible(p, before)) throw new AppError('NOT_FOUND', `Idea ${id} not found`);
    const problem = ideaMoveProblem(before.state, m.to, m);
    if (problem)
      throw new AppError(
        before.state === m.to || problem.includes('cannot move') ? 'CONFLICT' : 'BAD_INPUT',
        problem,
      );
    if (m.to === 'duplicate' && !m.duplicateOf)
      throw new AppError('BAD_INPUT', 'Name the idea this one duplicates', { field: 'duplicateOf' });
    const reward = m.to === 'adopted' && (m.rewardFen ?? 0) > 0 ? m.rewardFen! : null;
    if (reward !== null && (!before.agentId || !before.vendorId))
      throw new AppError('BAD_INPUT', 'A reward needs an agent credited with the idea', {
        field: 'rewardFen',
      });
    const rewardMonth = reward !== null ? monthOf(localDateText(now, timeZone)) : null;
    if (reward !== null) await assertMonthOpen({ db }, before.vendorId!, rewardMonth!);
    const after = await updateIdea({ db }, id, {
      state: m.to,
      reason: m.reason ?? before.reason,
      duplicateOf: m.to === 'duplicate' ? m.duplicateOf! : before.duplicateOf,
      rewardFen: reward,
      rewardMonth,
      effect: m.effect ?? before.effect,
      ...(m.to === 'evaluating' ? {} : { decidedByUserId: p.id, decidedAt: now }),
      updatedAt: now,
    });
    await appendAudit(
      { db },
      { actorUserId: p.id, action: `idea.${m.to}`, entity: 'idea', entityId: id, before, after },
    );
    return after;
  });
}

export interface EffectRecord {
  /** Day the effect was measured (local). */
  measuredOn: string;
  effect: string;
  /** An optional metric (e.g. 重复来电率 %) with its value before and after adoption. */
  metric?: string | undefined;
  before?: number | undefined;
  after?: number | undefined;
}

/**
 * Record (or correct) what an adopted idea changed, for the board (seed 001: suggestions are collected to improve
 * the service, so whether they did is worth keeping); the reward stays as decided. Audited with before and after.
 */
export async function recordEffect(
  store: Store,
  p: Principal,
  id: string,
  r: EffectRecord,
  now: Date,
): Promise<IdeaRow> {
  if ((r.before === undefined) !== (r.after === undefined) || (r.before !== undefined && !r.metric?.trim()))
    throw new AppError('BAD_INPUT', 'A metric needs its name and both the value before and after', {
      field: 'metric',
    });
  return store.db.transaction(async (db) => {
    const before = await getIdea({ db }, id);
    if (!before || !visible(p, before)) throw new AppError('NOT_FOUND', `Idea ${id} not found`);
    if (before.state !== 'adopted') throw new AppError('CONFLICT', 'Only adopted ideas have an effect');
    const after = await updateIdea({ db }, id, {
      effect: r.effect,
      effectOn: r.measuredOn,
      effectMetric: r.metric?.trim() || null,
      effectBefore: r.before ?? null,
      effectAfter: r.after ?? null,
      effectByUserId: p.id,
      effectAt: now,
      updatedAt: now,
    });
    await appendAudit(
      { db },
      { actorUserId: p.id, action: 'idea.effect', entity: 'idea', entityId: id, before, after },
    );
    return after;
  });
}
