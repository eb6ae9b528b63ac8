// Work orders, branches and SLA policies (docs/product.md "Integration endpoints": paths and fields fixed; seed 004
// 工單 addressed to a branch or department with a deadline). Routes parse, authorize and present; the commands in
// src/service/ own transactions, audit, row scope (a back-office user sees only their branch's orders) and the SLA.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { branchScope } from '../../auth/row-scope.ts';
import { requireAction } from '../../auth/sessions.ts';
import { can } from '../../core/auth/policy.ts';
import type { Principal } from '../../core/auth/roles.ts';
import { WORK_ORDER_EVENT_TYPES, SLA_STATES, type WorkOrderEventType } from '../../core/sla/index.ts';
import { slaDurationSchema } from '../../core/sla/clock.ts';
import { changeSlaPolicy, createBranch, createSlaPolicy } from '../../service/setup.ts';
import { scanSla } from '../../service/sla-scan.ts';
import {
  createWorkOrder,
  loadWorkOrder,
  recordWorkOrderEvent,
  roleRecords,
  type ServiceContext,
} from '../../service/work-orders.ts';
import {
  findUserById,
  listBranches,
  listSlaPolicies,
  listWorkOrders,
  type SlaPolicyRow,
  type WorkOrderEventRow,
  type WorkOrderRow,
} from '../../store/index.ts';
import { WORK_ORDER_PRIORITIES } from '../../store/schema/index.ts';
import type { AppContext } from '../context.ts';

const duration = slaDurationSchema;
const instant = z.string().datetime({ offset: true });
const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

const slaSchema = z.object({
  replyDueAt: z.string().nullable().describe('null while an open pause leaves it unknown'),
  resolveDueAt: z.string().nullable(),
  nextDueAt: z.string().nullable(),
  state: z.enum(SLA_STATES),
  replyLate: z.boolean(),
  resolveLate: z.boolean(),
});
const orderSchema = z.object({
  id: z.string(),
  title: z.string(),
  branchId: z.string(),
  priority: z.enum(WORK_ORDER_PRIORITIES),
  policyId: z.string(),
  conversationId: z.string().nullable(),
  complaintId: z.string().nullable(),
  state: z.enum(['open', 'replied', 'resolved', 'bounced']),
  createdAt: z.string(),
  repliedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  bounceBacks: z.number(),
  redos: z.number(),
  result: z.string().nullable(),
  satisfied: z.boolean().nullable(),
  sla: slaSchema,
});
const eventSchema = z.object({
  id: z.number(),
  type: z.enum(WORK_ORDER_EVENT_TYPES),
  at: z.string(),
  note: z.string().nullable(),
  actor: z.string().nullable(),
  actorName: z.string().nullable().describe('display name of the actor; null for the system (the SLA scan)'),
});
const policySchema = z.object({ id: z.string(), name: z.string(), reply: duration, resolve: duration });
const branchSchema = z.object({ id: z.string(), name: z.string(), kind: z.enum(['branch', 'department']) });

function presentOrder(o: WorkOrderRow): z.infer<typeof orderSchema> {
  return {
    id: o.id,
    title: o.title,
    branchId: o.branchId,
    priority: o.priority,
    policyId: o.policyId,
    conversationId: o.conversationId,
    complaintId: o.complaintId,
    state: o.state,
    createdAt: o.createdAt.toISOString(),
    repliedAt: iso(o.repliedAt),
    resolvedAt: iso(o.resolvedAt),
    bounceBacks: o.bounceBacks,
    redos: o.redos,
    result: o.result,
    satisfied: o.satisfied,
    sla: {
      replyDueAt: iso(o.replyDueAt),
      resolveDueAt: iso(o.resolveDueAt),
      nextDueAt: iso(o.nextDueAt),
      state: o.slaState,
      replyLate: o.replyLate,
      resolveLate: o.resolveLate,
    },
  };
}
const presentEvent = (
  e: WorkOrderEventRow,
  names: ReadonlyMap<string, string>,
): z.infer<typeof eventSchema> => ({
  id: e.id,
  type: e.type,
  at: e.at.toISOString(),
  note: e.note,
  actor: e.actorUserId,
  actorName: e.actorUserId === null ? null : (names.get(e.actorUserId) ?? null),
});
const presentPolicy = (p: SlaPolicyRow): z.infer<typeof policySchema> => ({
  id: p.id,
  name: p.name,
  reply: p.reply,
  resolve: p.resolve,
});
// What the caller may record on this order now: the policy (workOrders.act; a back-office user only reply, resolve,
// pause, resume and bounce-back, seed 004 後臺處理) and what makes sense in the order's state (resume only while
// paused, reopen and redo only once answered). The UI shows its buttons from this; the command still decides.
const eventActionsSchema = z.object(
  Object.fromEntries(WORK_ORDER_EVENT_TYPES.map((t) => [t, z.boolean()])) as Record<
    WorkOrderEventType,
    z.ZodBoolean
  >,
);
const detailSchema = orderSchema.extend({
  events: z.array(eventSchema),
  policy: policySchema,
  actions: eventActionsSchema,
});

function eventActions(
  p: Principal,
  o: WorkOrderRow,
  events: readonly WorkOrderEventRow[],
): Record<WorkOrderEventType, boolean> {
  const resolved = o.state === 'resolved';
  const lastPause = [...events]
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id)
    .filter((e) => e.type === 'pause' || e.type === 'resume')
    .at(-1);
  const paused = !resolved && lastPause?.type === 'pause';
  const fits: Record<WorkOrderEventType, boolean> = {
    reply: !resolved && o.repliedAt === null,
    resolve: !resolved,
    pause: !resolved && !paused,
    resume: paused,
    'bounce-back': o.state === 'open' || o.state === 'replied',
    redo: o.state === 'resolved' || o.state === 'replied',
    reopen: resolved,
    urge: !resolved,
    escalate: !resolved,
  };
  const acts = can(p, 'workOrders.act');
  return Object.fromEntries(
    WORK_ORDER_EVENT_TYPES.map((t) => [t, acts && roleRecords(p, t) && fits[t]]),
  ) as Record<WorkOrderEventType, boolean>;
}

async function presentDetail(
  store: AppContext['store'],
  p: Principal,
  d: { order: WorkOrderRow; events: WorkOrderEventRow[]; policy: SlaPolicyRow },
): Promise<z.infer<typeof detailSchema>> {
  // the timeline names who acted (a branch user reads it as "who answered", seed 004 首問負責)
  const ids = [...new Set(d.events.flatMap((e) => (e.actorUserId === null ? [] : [e.actorUserId])))];
  const users = await Promise.all(ids.map((id) => findUserById(store, id)));
  const names = new Map(users.flatMap((u) => (u ? [[u.id, u.displayName] as const] : [])));
  return {
    ...presentOrder(d.order),
    events: d.events.map((e) => presentEvent(e, names)),
    policy: presentPolicy(d.policy),
    actions: eventActions(p, d.order, d.events),
  };
}

export function workOrderRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  const cmd = (): ServiceContext => ({ store: ctx.store, now: ctx.now(), timeZone: ctx.settings.timeZone });

  return (app, _opts, done) => {
    app.get(
      '/work-orders',
      {
        config: { action: 'workOrders.read' },
        schema: {
          tags: ['work-orders'],
          summary: 'Work orders the caller may see (a branch user: their branch), nearest deadline first',
          querystring: z.object({
            open: z.enum(['true', 'false']).optional(),
            complaintId: z.string().optional(),
            branchId: z.string().optional(),
          }),
          response: {
            200: z.object({
              items: z.array(orderSchema),
              actions: z.object({
                create: z.boolean(),
                manageBranches: z.boolean(),
                manageSla: z.boolean(),
                scan: z.boolean(),
              }),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'workOrders.read');
        const scope = branchScope(p);
        const only = req.query.branchId;
        const rows = await listWorkOrders(ctx.store, {
          branchIds: only === undefined ? scope : (scope ?? [only]).filter((b) => b === only),
          open: req.query.open === undefined ? undefined : req.query.open === 'true',
          complaintId: req.query.complaintId,
        });
        return {
          items: rows.map(presentOrder),
          actions: {
            create: can(p, 'workOrders.create'),
            manageBranches: can(p, 'branches.manage'),
            manageSla: can(p, 'sla.manage'),
            scan: can(p, 'workOrders.scan'),
          },
        };
      },
    );

    app.post(
      '/work-orders/scan',
      {
        config: { action: 'workOrders.scan' },
        schema: {
          tags: ['work-orders'],
          summary:
            'Run the SLA scan now (it also runs every five minutes): reminders before a deadline, escalation past it',
          response: {
            200: z.object({
              scanned: z.number().int(),
              reminded: z.number().int(),
              escalated: z.number().int(),
            }),
          },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'workOrders.scan');
        const c = cmd();
        const r = await scanSla(c.store, c.now, c.timeZone);
        return { scanned: r.scanned, reminded: r.reminded, escalated: r.escalated };
      },
    );

    app.post(
      '/work-orders',
      {
        config: { action: 'workOrders.create' },
        schema: {
          tags: ['work-orders'],
          summary: 'Create a work order addressed to a branch or department (SLA from its policy)',
          body: z.object({
            title: z.string().trim().min(1).max(500),
            assignee: z.union([
              z.object({ branchId: z.string().min(1) }).strict(),
              z.object({ departmentId: z.string().min(1) }).strict(),
            ]),
            priority: z.enum(WORK_ORDER_PRIORITIES).default('normal'),
            policyId: z.string().min(1).optional(),
            conversationId: z.string().min(1).optional(),
            complaintId: z.string().min(1).optional(),
            createdAt: instant.optional(),
          }),
          response: { 201: orderSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'workOrders.create');
        const b = req.body;
        const row = await createWorkOrder(cmd(), p, {
          ...b,
          assignee: b.assignee,
          createdAt: b.createdAt ? new Date(b.createdAt) : undefined,
        });
        void reply.code(201);
        return presentOrder(row);
      },
    );

    app.get(
      '/work-orders/:id',
      {
        config: { action: 'workOrders.read' },
        schema: {
          tags: ['work-orders'],
          summary: 'One work order with its events, policy and SLA',
          params: z.object({ id: z.string() }),
          response: { 200: detailSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'workOrders.read');
        return presentDetail(ctx.store, p, await loadWorkOrder(ctx.store, p, req.params.id));
      },
    );

    app.post(
      '/work-orders/:id/events',
      {
        config: { action: 'workOrders.act' },
        schema: {
          tags: ['work-orders'],
          summary:
            'Record an event (reply, resolve, pause, resume, bounce-back, redo, reopen, urge, escalate)',
          params: z.object({ id: z.string() }),
          body: z.object({
            type: z.enum(WORK_ORDER_EVENT_TYPES),
            at: instant.optional(),
            note: z.string().max(4000).optional(),
            result: z.string().max(4000).optional(),
            satisfied: z.boolean().optional(),
          }),
          response: { 201: detailSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'workOrders.act');
        const b = req.body;
        const d = await recordWorkOrderEvent(cmd(), p, req.params.id, {
          ...b,
          at: b.at ? new Date(b.at) : undefined,
        });
        void reply.code(201);
        return presentDetail(ctx.store, p, d);
      },
    );

    app.get(
      '/branches',
      {
        config: { action: 'branches.read' },
        schema: {
          tags: ['work-orders'],
          summary: 'Branches and departments (a branch user: their own)',
          response: { 200: z.object({ items: z.array(branchSchema) }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'branches.read');
        const rows = await listBranches(ctx.store, branchScope(p));
        return { items: rows.map((b) => ({ id: b.id, name: b.name, kind: b.kind })) };
      },
    );

    app.post(
      '/branches',
      {
        config: { action: 'branches.manage' },
        schema: {
          tags: ['work-orders'],
          summary: 'Create a branch or department',
          body: z.object({ name: z.string().trim().min(1).max(200), kind: z.enum(['branch', 'department']) }),
          response: { 201: branchSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'branches.manage');
        const b = await createBranch(cmd(), p, req.body);
        void reply.code(201);
        return { id: b.id, name: b.name, kind: b.kind };
      },
    );

    app.get(
      '/sla-policies',
      {
        config: { action: 'sla.read' },
        schema: {
          tags: ['work-orders'],
          summary: 'SLA policies',
          response: { 200: z.object({ items: z.array(policySchema) }) },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'sla.read');
        return { items: (await listSlaPolicies(ctx.store)).map(presentPolicy) };
      },
    );

    app.post(
      '/sla-policies',
      {
        config: { action: 'sla.manage' },
        schema: {
          tags: ['work-orders'],
          summary: 'Create an SLA policy (reply and resolve within working days, working hours or hours)',
          body: z.object({ name: z.string().trim().min(1).max(200), reply: duration, resolve: duration }),
          response: { 201: policySchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'sla.manage');
        const row = await createSlaPolicy(cmd(), p, req.body);
        void reply.code(201);
        return presentPolicy(row);
      },
    );

    app.patch(
      '/sla-policies/:id',
      {
        config: { action: 'sla.manage' },
        schema: {
          tags: ['work-orders'],
          summary: 'Change an SLA policy; every order under it is recomputed from its own events',
          params: z.object({ id: z.string() }),
          body: z
            .object({
              name: z.string().trim().min(1).max(200).optional(),
              reply: duration.optional(),
              resolve: duration.optional(),
            })
            .refine((b) => Object.keys(b).length > 0, 'nothing to change'),
          response: { 200: policySchema.extend({ recomputed: z.number() }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'sla.manage');
        const r = await changeSlaPolicy(cmd(), p, req.params.id, req.body);
        return { ...presentPolicy(r.policy), recomputed: r.recomputed };
      },
    );
    done();
  };
}
