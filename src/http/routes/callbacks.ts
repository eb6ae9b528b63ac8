// Callback tasks (回访, seed 002 二 (三) 回访不及时, ¥50 each when late): the inbox of the vendor's agents, leaders and
// manager and of the complaint desk. The scan (`scan-callbacks` job) creates them; here they are listed with their
// bucket (overdue / due today / upcoming / closed), recorded (reached or not, outcome, satisfaction with the
// resolution, the customer's suggestion → optionally a 金点子 idea) and assigned. Commands in src/callbacks/tasks.ts.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { narrowScope } from '../../auth/row-scope.ts';
import {
  assignCallback,
  callbackActions,
  loadCallbackTask,
  recordCallback,
  scanCallbacks,
  type CallbackContext,
} from '../../callbacks/tasks.ts';
import type { Principal } from '../../core/auth/roles.ts';
import { can } from '../../core/auth/policy.ts';
import { callbackBucket, MAX_CALLBACK_ATTEMPTS } from '../../core/service/callbacks.ts';
import { formatZoned } from '../../core/time/index.ts';
import { listCallbackTasks, type CallbackTaskRow } from '../../store/index.ts';
import { CALLBACK_SATISFACTION, CALLBACK_STATUSES } from '../../store/schema/callbacks.ts';
import type { AppContext } from '../context.ts';
import { daySchema } from './kpi-common.ts';

const taskSchema = z.object({
  id: z.string(),
  source: z.enum(['complaint', 'voicemail']),
  complaintId: z.string().nullable(),
  conversationId: z.string().nullable(),
  vendorId: z.string(),
  teamId: z.string().nullable(),
  assignedAgentId: z.string().nullable(),
  callerNumber: z.string().nullable().describe('masked for roles that do not see personal numbers'),
  originOn: z.string().describe('local day the complaint was received or the voicemail left'),
  dueOn: z.string().describe('local day the callback is due (next working day)'),
  dueAt: z.string().describe('end of the due day, with the contact center’s offset'),
  status: z.enum(CALLBACK_STATUSES),
  bucket: z.enum(['overdue', 'today', 'upcoming', 'closed']),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  firstAttemptAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  late: z.boolean(),
  lateLine: z
    .enum(['charged', 'locked'])
    .nullable()
    .describe('charged: the ¥50 line exists (lateCallbackId); locked: its month was already approved'),
  lateCallbackId: z.string().nullable(),
  outcome: z.string().nullable(),
  satisfaction: z.enum(CALLBACK_SATISFACTION).nullable(),
  suggestion: z.string().nullable(),
  ideaId: z.string().nullable(),
  actions: z.object({ record: z.boolean(), assign: z.boolean() }),
});

export function callbackRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  const cmd = (): CallbackContext => ({ store: ctx.store, now: ctx.now(), timeZone: ctx.settings.timeZone });
  const tz = () => ctx.settings.timeZone;
  const present = (p: Principal, t: CallbackTaskRow, now: Date): z.infer<typeof taskSchema> => ({
    id: t.id,
    source: t.source,
    complaintId: t.complaintId,
    conversationId: t.conversationId,
    vendorId: t.vendorId,
    teamId: t.teamId,
    assignedAgentId: t.assignedAgentId,
    callerNumber: t.callerNumber,
    originOn: t.originOn,
    dueOn: t.dueOn,
    dueAt: formatZoned(t.dueAt.getTime(), tz()),
    status: t.status,
    bucket: callbackBucket(t, now, tz()),
    attempts: t.attempts,
    maxAttempts: MAX_CALLBACK_ATTEMPTS,
    firstAttemptAt: t.firstAttemptAt ? formatZoned(t.firstAttemptAt.getTime(), tz()) : null,
    doneAt: t.doneAt ? formatZoned(t.doneAt.getTime(), tz()) : null,
    late: t.lateAt !== null,
    lateLine: t.lateLine,
    lateCallbackId: t.lateCallbackId,
    outcome: t.outcome,
    satisfaction: t.satisfaction,
    suggestion: t.suggestion,
    ideaId: t.ideaId,
    actions: callbackActions(p, t),
  });

  return (app, _opts, done) => {
    app.get(
      '/callbacks',
      {
        config: { action: 'callbacks.read' },
        schema: {
          tags: ['callbacks'],
          summary:
            'Callback tasks in the caller’s scope (an agent: assigned to them), nearest due first: open ones and those due in the window',
          querystring: z.object({
            status: z.enum(CALLBACK_STATUSES).optional(),
            dueFrom: daySchema
              .optional()
              .describe('closed tasks due from this day (open ones are always listed)'),
            vendorId: z.string().optional(),
            teamId: z.string().optional(),
            complaintId: z.string().optional(),
          }),
          response: {
            200: z.object({
              items: z.array(taskSchema),
              actions: z.object({ scan: z.boolean() }),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'callbacks.read');
        const s = narrowScope(p, { vendorId: req.query.vendorId, teamId: req.query.teamId });
        const now = ctx.now();
        const rows = await listCallbackTasks(ctx.store, {
          vendorIds: s.vendorIds,
          teamIds: s.teamIds,
          agentIds: s.agentIds,
          status: req.query.status,
          complaintId: req.query.complaintId,
          openOrDueFrom: req.query.status ? undefined : req.query.dueFrom,
        });
        return { items: rows.map((t) => present(p, t, now)), actions: { scan: can(p, 'callbacks.scan') } };
      },
    );

    app.get(
      '/callbacks/:id',
      {
        config: { action: 'callbacks.read' },
        schema: {
          tags: ['callbacks'],
          summary: 'One callback task',
          params: z.object({ id: z.string() }),
          response: { 200: taskSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'callbacks.read');
        return present(p, await loadCallbackTask(ctx.store, p, req.params.id), ctx.now());
      },
    );

    app.post(
      '/callbacks/:id/attempts',
      {
        config: { action: 'callbacks.act' },
        schema: {
          tags: ['callbacks'],
          summary:
            'Record a callback attempt: reached → done; the third unanswered attempt → unreachable. A first attempt after the due moment makes the task late (¥50 line)',
          params: z.object({ id: z.string() }),
          body: z.object({
            reached: z.boolean(),
            outcome: z.string().trim().max(4000).optional(),
            satisfaction: z.enum(CALLBACK_SATISFACTION).optional().describe('with the resolution'),
            suggestion: z.string().trim().max(4000).optional(),
            createIdea: z.boolean().optional().describe('also file the suggestion as a 金点子 idea'),
          }),
          response: { 200: taskSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'callbacks.act');
        const c = cmd();
        return present(p, await recordCallback(c, p, req.params.id, req.body), c.now);
      },
    );

    app.post(
      '/callbacks/:id/assign',
      {
        config: { action: 'callbacks.assign' },
        schema: {
          tags: ['callbacks'],
          summary: 'Assign an open callback task to an agent of its vendor (null: back to the team)',
          params: z.object({ id: z.string() }),
          body: z.object({ agentId: z.string().min(1).nullable() }),
          response: { 200: taskSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'callbacks.assign');
        const c = cmd();
        return present(p, await assignCallback(c, p, req.params.id, req.body.agentId), c.now);
      },
    );

    app.post(
      '/callbacks/scan',
      {
        config: { action: 'callbacks.scan' },
        schema: {
          tags: ['callbacks'],
          summary:
            'Run the callback scan now (it also runs every five minutes): new tasks, and late ones charged',
          response: {
            200: z.object({
              created: z.number().int(),
              late: z.number().int(),
              charged: z.number().int(),
              locked: z.number().int(),
            }),
          },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'callbacks.scan');
        return scanCallbacks(ctx.store, ctx.now(), tz());
      },
    );
    done();
  };
}
