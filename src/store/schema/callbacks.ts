// Callback tasks (回访, seed 002 二 (三) 扣罚事项-回访不及时): "未对前一天的客诉做到隔天回访,每次扣罚50元; 对下班结束后的
// 留言顾客,第二天未回电,每次扣罚50元". One task per complaint and one per after-hours voicemail (a conversation whose
// meta says `voicemail: true`, docs/product.md "External contracts"), created by the scheduled `scan-callbacks` job
// (src/callbacks/scan.ts). A task whose first attempt came after its due moment, or that is still open then, is late:
// it becomes the vendor's ¥50 late-callback line (late_callbacks.callback_task_id) of the month of its due day.
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { vendors } from './organisation.ts';

export const CALLBACK_STATUSES = ['open', 'done', 'unreachable'] as const;
export const CALLBACK_SATISFACTION = ['satisfied', 'neutral', 'dissatisfied'] as const;

export const callbackTasks = pgTable(
  'callback_tasks',
  {
    id: text('id').primaryKey(),
    source: text('source', { enum: ['complaint', 'voicemail'] }).notNull(),
    complaintId: text('complaint_id'),
    conversationId: text('conversation_id'),
    vendorId: text('vendor_id')
      .notNull()
      .references(() => vendors.id),
    /** The vendor team that owes the callback (the complained-about agent's team, or the voicemail's). */
    teamId: text('team_id'),
    /** The agent the task is assigned to, once a leader assigns it (null: anyone of the team). */
    assignedAgentId: text('assigned_agent_id'),
    /** Normalised; masked on the way out for roles that do not see personal numbers. */
    callerNumber: text('caller_number'),
    /** Local day the complaint was received or the voicemail left. */
    originOn: date('origin_on', { mode: 'string' }).notNull(),
    /** Local day the callback is due (the next working day), and the moment it ends. */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: CALLBACK_STATUSES }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    firstAttemptAt: timestamp('first_attempt_at', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    /** Set once the task is judged late (first attempt after due_at, or still open then). */
    lateAt: timestamp('late_at', { withTimezone: true }),
    /** charged: the ¥50 line exists (late_callback_id); locked: the due month was already approved. */
    lateLine: text('late_line', { enum: ['charged', 'locked'] }),
    lateCallbackId: text('late_callback_id'),
    outcome: text('outcome'),
    satisfaction: text('satisfaction', { enum: CALLBACK_SATISFACTION }),
    suggestion: text('suggestion'),
    ideaId: text('idea_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('callback_tasks_complaint_uq')
      .on(t.complaintId)
      .where(sql`${t.complaintId} is not null`),
    uniqueIndex('callback_tasks_voicemail_uq')
      .on(t.conversationId)
      .where(sql`${t.source} = 'voicemail'`),
    index('callback_tasks_vendor_due_idx').on(t.vendorId, t.dueOn),
    // the scan's "open and past due, not yet judged" range
    index('callback_tasks_open_due_idx')
      .on(t.dueAt)
      .where(sql`${t.lateAt} is null and ${t.status} = 'open'`),
  ],
);
