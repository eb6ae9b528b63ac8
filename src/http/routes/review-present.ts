// JSON presentation of review tasks and appeals, shared by the review, reviews and appeals routes. Transcripts
// and hit evidence are masked for roles that do not need personal numbers by the response hook
// (src/http/mask-response.ts), like every other field.
import type { Principal } from '../../core/auth/roles.ts';
import { mayWork } from '../../review/tasks.ts';
import type { TaskView } from '../../review/tasks.ts';
import { can } from '../../core/auth/policy.ts';
import {
  getConversation,
  type AppealRow,
  type ReviewTaskRow,
  type Store,
  type TaskListItem,
} from '../../store/index.ts';
import { declared } from '../declared.ts';
import { storedHits } from './result-schemas.ts';
import { appealSchema, taskListItemSchema, taskSchema, taskViewSchema } from './review-schemas.ts';

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

/** A row of the task and review lists: the task plus when and where the conversation took place. */
export function presentTaskListItem(t: TaskListItem) {
  return declared(taskListItemSchema, {
    ...presentTask(t),
    startedAt: t.startedAt?.toISOString() ?? null,
    channel: t.channel,
  });
}

export function presentTask(t: ReviewTaskRow) {
  return declared(taskSchema, {
    id: t.id,
    planId: t.planId,
    runId: t.runId,
    conversationId: t.conversationId,
    conversationVersion: t.conversationVersion,
    resultId: t.resultId,
    agentId: t.agentId,
    teamId: t.teamId,
    vendorId: t.vendorId,
    inspectorUserId: t.inspectorUserId,
    reasons: t.reasons,
    status: t.status,
    machineTotal: t.machineTotal,
    finalTotal: t.finalTotal,
    finalCategories: t.finalCategories,
    finalFatal: t.finalFatal,
    createdAt: t.createdAt.toISOString(),
    finalizedAt: iso(t.finalizedAt),
    appealDeadline: iso(t.appealDeadline),
    comment: t.comment,
  });
}

export function presentAppeal(a: AppealRow & { conversationId?: string }) {
  return declared(appealSchema, {
    id: a.id,
    taskId: a.taskId,
    ...(a.conversationId === undefined ? {} : { conversationId: a.conversationId }),
    target:
      a.targetKind === 'hit' ? { kind: 'hit' as const, hit: a.hit } : { kind: 'item' as const, item: a.item },
    rule: a.rule,
    item: a.item,
    agentId: a.agentId,
    teamId: a.teamId,
    filedByUserId: a.filedByUserId,
    reason: a.reason,
    filedAt: a.filedAt.toISOString(),
    status: a.status,
    decidedByUserId: a.decidedByUserId,
    decidedAt: iso(a.decidedAt),
    decisionReason: a.decisionReason,
    totalBefore: a.totalBefore,
    totalAfter: a.totalAfter,
  });
}

/** A task with its conversation version, hits (indexed), verdicts, deductions, appeals and the score they yield. */
export async function presentTaskView(store: Store, p: Principal, v: TaskView) {
  const conv = await getConversation(store, v.task.conversationId, v.task.conversationVersion);
  const { breakdown, pack, hits } = v.scored;
  return declared(taskViewSchema, {
    task: presentTask(v.task),
    conversation: conv ? conv.conversation.body : null,
    hits: storedHits(hits).map((h, index) => ({
      index,
      ...h,
      ruleName: pack.ruleNames.get(h.rule) ?? null,
    })),
    judgements: v.judgements.hits.map((j) => ({
      hit: j.hit,
      rule: j.rule,
      verdict: j.verdict,
      reason: j.reason,
      judgedByUserId: j.judgedByUserId,
      judgedAt: j.judgedAt.toISOString(),
    })),
    deductions: v.judgements.items.map((d) => ({
      item: d.item,
      occurrences: d.occurrences,
      reason: d.reason,
      judgedByUserId: d.judgedByUserId,
      judgedAt: d.judgedAt.toISOString(),
    })),
    manualItems: pack.card.items
      .filter((i) => i.judged === 'manual')
      .map((i) => ({ id: i.id, name: i.name, category: i.category, deduction: i.deduction, fatal: i.fatal })),
    pendingHits: v.pendingHits,
    /** `final` is a preview while the task is open; once finalized it is the stored final score. */
    score: { machine: breakdown.machine, final: breakdown.final },
    appeals: v.appeals.map(presentAppeal),
    // What this caller may do here (src/review/tasks.ts decides the same when they act): judge, deduct and
    // finalize while the task is open and theirs (or they lead QA); move on to their next task.
    actions: {
      work: v.task.status === 'open' && mayWork(p, v.task),
      next: can(p, 'review.tasks.work'),
    },
  });
}
