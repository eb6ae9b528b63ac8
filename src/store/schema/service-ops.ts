// Service operations (docs/product.md "Integration endpoints"; seed 004 後臺業(yè)務(wù)處理 and 提升後臺處理時效; seed 002
// 有訴必復): branches and departments that receive work orders, SLA policies, work orders with their event history,
// and the editable complaint-cause taxonomy. The SLA columns of a work order are a cache of the pure clock
// (src/core/sla) over the order's events and policy, rewritten on every event and policy change, so the breach scan
// is one indexed range query on next_due_at instead of a clock run per open order.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { slaDurationSchema } from '../../core/sla/clock.ts';
import { storedJson } from '../json.ts';

export const branches = pgTable('branches', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** A branch (分行/发卡机构) or a department of the client (后台部门). */
  kind: text('kind', { enum: ['branch', 'department'] }).notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const slaPolicies = pgTable('sla_policies', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  reply: storedJson('sla_policies.reply', slaDurationSchema).notNull(),
  resolve: storedJson('sla_policies.resolve', slaDurationSchema).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const WORK_ORDER_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

export const workOrders = pgTable(
  'work_orders',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    branchId: text('branch_id')
      .notNull()
      .references(() => branches.id),
    priority: text('priority', { enum: WORK_ORDER_PRIORITIES }).notNull(),
    policyId: text('policy_id')
      .notNull()
      .references(() => slaPolicies.id),
    conversationId: text('conversation_id'),
    complaintId: text('complaint_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdByUserId: text('created_by_user_id'),
    // ── cache of computeSla (src/core/sla/state.ts), rewritten with every event ──
    state: text('state', { enum: ['open', 'replied', 'resolved', 'bounced'] }).notNull(),
    slaState: text('sla_state', { enum: ['on-track', 'at-risk', 'breached', 'paused', 'met'] }).notNull(),
    replyDueAt: timestamp('reply_due_at', { withTimezone: true }),
    resolveDueAt: timestamp('resolve_due_at', { withTimezone: true }),
    /** The outstanding deadline (reply, else resolve); null once resolved or while paused. */
    nextDueAt: timestamp('next_due_at', { withTimezone: true }),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    replyLate: boolean('reply_late').notNull().default(false),
    resolveLate: boolean('resolve_late').notNull().default(false),
    bounceBacks: integer('bounce_backs').notNull().default(0),
    redos: integer('redos').notNull().default(0),
    /** The deadline a reminder was sent for / an escalation fired for (once per deadline, across workers). */
    remindedDueAt: timestamp('reminded_due_at', { withTimezone: true }),
    escalatedDueAt: timestamp('escalated_due_at', { withTimezone: true }),
    result: text('result'),
    satisfied: boolean('satisfied'),
    /**
     * The customer's satisfaction with the resolution as branch evaluation reads it: set from `satisfied` at closure,
     * and overwritten by a callback (回访) when one reaches the customer (source 'callback' wins over 'closure').
     */
    resolutionSatisfied: boolean('resolution_satisfied'),
    resolutionSatisfactionSource: text('resolution_satisfaction_source', { enum: ['closure', 'callback'] }),
    resolutionSatisfactionAt: timestamp('resolution_satisfaction_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('work_orders_branch_idx').on(t.branchId, t.createdAt),
    index('work_orders_policy_idx').on(t.policyId),
    index('work_orders_created_idx').on(t.createdAt),
    index('work_orders_next_due_idx')
      .on(t.nextDueAt)
      .where(sql`${t.nextDueAt} is not null`),
  ],
);

export const workOrderEvents = pgTable(
  'work_order_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => workOrders.id),
    type: text('type', {
      enum: ['reply', 'resolve', 'pause', 'resume', 'bounce-back', 'redo', 'reopen', 'urge', 'escalate'],
    }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    note: text('note'),
    actorUserId: text('actor_user_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('work_order_events_order_idx').on(t.orderId, t.at)],
);

/** Seed 004 客戶投訴的原因, as an editable list: each edit bumps `version` (the list's version is the max). */
export const complaintCauses = pgTable('complaint_causes', {
  id: text('id').primaryKey(),
  /** agent (座席本身), process (流程制度), customer, product_policy, system. */
  group: text('group').notNull(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
