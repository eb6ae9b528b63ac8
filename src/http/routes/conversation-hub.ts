// The conversation page as the hub of its workflow:
//   GET  /api/conversations/:id/workflow      its reviews and appeals as the caller may see them, the verdict on each
//                                             hit of the reviewed score (confirmed, overturned by the inspector or by
//                                             an upheld appeal), and the actions the caller may take from here
//   POST /api/review/tasks                    start a review of one conversation outside any sampling plan
//   POST /api/review/tasks/:id/reassign       move an open review task to another inspector (QA lead, admin)
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resolveConversationId } from '../../auth/masked-ids.ts';
import { requireAction } from '../../auth/sessions.ts';
import { inScope, type Principal } from '../../core/auth/roles.ts';
import { can } from '../../core/auth/policy.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { kickWebhooks } from '../../notify/kick.ts';
import { reassignTask, startReview } from '../../review/adhoc.ts';
import {
  appealsOfTask,
  findUserById,
  getConversation,
  getTaskJudgements,
  listReviewTasks,
  type ReviewTaskRow,
} from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import { declared } from '../declared.ts';
import { presentAppeal, presentTask } from './review-present.ts';
import { appealSchema, taskSchema } from './review-schemas.ts';

/** Whether the caller may see this task on the conversation page (the same rule as opening it). */
function visibleTask(p: Principal, t: ReviewTaskRow): boolean {
  if (p.role === 'admin' || p.role === 'qa_lead') return true;
  if (p.role === 'qa_inspector') return t.inspectorUserId === p.id || t.status === 'finalized';
  return t.status === 'finalized' && inScope(p, t);
}

export const HIT_STATES = ['confirmed', 'rejected', 'upheld', 'pending'] as const;
export type HitState = (typeof HIT_STATES)[number];

const workflowSchema = z.object({
  conversationId: z.string(),
  version: z.number(),
  reviews: z.array(
    taskSchema.extend({
      inspectorName: z.string().nullable(),
      reviewsCurrentScore: z.boolean().describe('whether this review is behind the score shown'),
    }),
  ),
  appeals: z.array(appealSchema),
  hitStates: z
    .array(z.object({ index: z.number(), state: z.enum(HIT_STATES), reason: z.string().nullable() }))
    .describe('the verdict on each hit of the current result, by the review behind the score shown'),
  itemDeductions: z
    .array(
      z.object({
        item: z.string(),
        occurrences: z.number(),
        reason: z.string(),
        state: z.enum(['confirmed', 'upheld']),
      }),
    )
    .describe('manual scorecard deductions of the review behind the current score (seed 002 专业水平 items)'),
  actions: z.object({
    startReview: z.boolean(),
    openTaskId: z.number().nullable(),
    reassignTaskId: z.number().nullable(),
    registerComplaint: z.boolean(),
    addCase: z.boolean(),
    appeal: z.object({ taskId: z.number(), deadline: z.string() }).nullable(),
    decideAppeals: z.boolean(),
  }),
});

export function conversationHubRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/conversations/:id/workflow',
      {
        config: { action: 'conversations.read' },
        schema: {
          tags: ['conversations'],
          summary:
            'Review and appeal state of a conversation, the verdict on each hit, and what the caller may do from its page',
          params: z.object({ id: z.string().min(1) }),
          response: { 200: workflowSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'conversations.read');
        const found = await getConversation(
          ctx.store,
          await resolveConversationId(ctx.store, p, req.params.id),
        );
        if (!found || !inScope(p, found.conversation))
          throw new AppError('NOT_FOUND', `Conversation ${req.params.id} not found`);
        const c = found.conversation;
        const result = found.result;
        const all = await listReviewTasks(ctx.store, { conversationId: c.id, limit: 50, offset: 0 });
        const tasks = all.items.filter((t) => visibleTask(p, t)).sort((a, b) => b.id - a.id);
        const open = all.items.find((t) => t.status === 'open');
        const appeals = (await Promise.all(tasks.map((t) => appealsOfTask(ctx.store, t.id)))).flat();
        const names = new Map<string, string>();
        for (const id of new Set(tasks.map((t) => t.inspectorUserId))) {
          const u = await findUserById(ctx.store, id);
          if (u) names.set(id, u.displayName || u.username);
        }

        // The verdicts that apply to the score shown: those of the newest visible review of the current result.
        const reviewed = result ? tasks.find((t) => t.resultId === result.id) : undefined;
        const hitStates: { index: number; state: HitState; reason: string | null }[] = [];
        const itemDeductions: {
          item: string;
          occurrences: number;
          reason: string;
          state: 'confirmed' | 'upheld';
        }[] = [];
        if (result && reviewed) {
          const j = await getTaskJudgements(ctx.store, reviewed.id);
          for (const d of j.items) {
            if (d.occurrences <= 0) continue;
            const upheldItem = appeals.some(
              (a) =>
                a.taskId === reviewed.id &&
                a.status === 'upheld' &&
                a.targetKind === 'item' &&
                a.item === d.item,
            );
            itemDeductions.push({
              item: d.item,
              occurrences: d.occurrences,
              reason: d.reason,
              state: upheldItem ? 'upheld' : 'confirmed',
            });
          }
          const upheld = new Map(
            appeals
              .filter((a) => a.taskId === reviewed.id && a.status === 'upheld' && a.targetKind === 'hit')
              .map((a) => [a.hit, a.decisionReason] as const),
          );
          result.hits.forEach((_h, index) => {
            const verdict = j.hits.find((x) => x.hit === index);
            if (upheld.has(index))
              hitStates.push({ index, state: 'upheld', reason: upheld.get(index) ?? null });
            else if (verdict)
              hitStates.push({
                index,
                state: verdict.verdict === 'reject' ? 'rejected' : 'confirmed',
                reason: verdict.reason || null,
              });
            else hitStates.push({ index, state: 'pending', reason: null });
          });
        }

        const now = ctx.now();
        const appealable = tasks.find(
          (t) =>
            t.status === 'finalized' &&
            t.appealDeadline !== null &&
            t.appealDeadline > now &&
            p.role === 'agent' &&
            p.agentId !== null &&
            t.agentId === p.agentId,
        );
        return declared(workflowSchema, {
          conversationId: c.id,
          version: c.version,
          reviews: tasks.map((t) => ({
            ...presentTask(t),
            inspectorName: names.get(t.inspectorUserId) ?? null,
            reviewsCurrentScore: result !== undefined && result !== null && t.resultId === result.id,
          })),
          appeals: appeals.map(presentAppeal),
          hitStates,
          itemDeductions,
          actions: {
            startReview: can(p, 'review.tasks.create') && !!result && open === undefined,
            openTaskId:
              open && (p.role === 'qa_lead' || (p.role === 'qa_inspector' && open.inspectorUserId === p.id))
                ? open.id
                : null,
            reassignTaskId: open && can(p, 'review.tasks.assign') ? open.id : null,
            registerComplaint: can(p, 'complaints.write'),
            addCase: can(p, 'coaching.cases.write'), // 加入案例库 (seed 004 錄音案例庫)
            appeal: appealable
              ? { taskId: appealable.id, deadline: appealable.appealDeadline!.toISOString() }
              : null,
            decideAppeals: can(p, 'appeals.decide') && appeals.some((a) => a.status === 'open'),
          },
        });
      },
    );

    app.post(
      '/review/tasks',
      {
        config: { action: 'review.tasks.create' },
        schema: {
          tags: ['review'],
          summary:
            'Start a review of one conversation (its latest version and score) outside any sampling plan; without an inspector the least loaded one gets it',
          body: z
            .object({
              conversationId: z.string().min(1).max(200),
              inspectorUserId: z.string().min(1).max(200).optional(),
            })
            .strict(),
          response: { 201: taskSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'review.tasks.create');
        const conversationId = await resolveConversationId(ctx.store, p, req.body.conversationId);
        const task = await startReview(ctx.store, p, { ...req.body, conversationId }, ctx.now());
        await kickWebhooks(ctx.jobs);
        return reply.code(201).send(presentTask(task));
      },
    );

    app.post(
      '/review/tasks/:id/reassign',
      {
        config: { action: 'review.tasks.assign' },
        schema: {
          tags: ['review'],
          summary: 'Move an open review task to another inspector (or QA lead); the verdicts so far stay',
          params: z.object({ id: z.coerce.number().int().positive() }),
          body: z.object({ inspectorUserId: z.string().min(1).max(200) }).strict(),
          response: { 200: taskSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'review.tasks.assign');
        const task = await reassignTask(ctx.store, p, req.params.id, req.body.inspectorUserId, ctx.now());
        await kickWebhooks(ctx.jobs);
        return presentTask(task);
      },
    );
    done();
  };
}
