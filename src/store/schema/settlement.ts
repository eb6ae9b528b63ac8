// Settlement inputs and statements of docs/product.md: complaints (seed 002 (一)), late callbacks (三), report submissions
// (四), actual losses (二), the discipline ledger (seed 000 差错处理) and the monthly statement per vendor with its
// adjusting entries. Money is integer fen (bigint columns read as JS numbers: amounts stay far below 2^53).
import { sql } from 'drizzle-orm';
import { bigint, date, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { vendors } from './organisation.ts';
import { z } from 'zod';
import { storedStatementSchema } from '../../core/kpi/statement-schema.ts';
import { storedJson } from '../json.ts';

const acknowledgementSchema = z.object({
  fingerprint: z.string(),
  userId: z.string(),
  at: z.string(),
  note: z.string(),
});
export type InputsAcknowledgement = z.infer<typeof acknowledgementSchema>;
/** Per statement side: the vendor's manager (before confirming) and the client (before approving). */
const inputsAckSchema = z.object({
  'vendor-manager': acknowledgementSchema.optional(),
  client: acknowledgementSchema.optional(),
});
export type StatementInputsAck = z.infer<typeof inputsAckSchema>;

/** Complaints registered by the client's complaint desk (甲方投诉岗), who also decides responsibility. */
export const complaints = pgTable(
  'complaints',
  {
    id: text('id').primaryKey(),
    /** Day the complaint was received (local): the month whose statement carries its deduction. */
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    agentId: text('agent_id').notNull(),
    /** Copied from the agent's placement at registration, for scoping and the vendor's statement. */
    teamId: text('team_id').notNull(),
    vendorId: text('vendor_id')
      .notNull()
      .references(() => vendors.id),
    severity: text('severity', { enum: ['minor', 'general', 'severe'] }).notNull(),
    /** pending until the desk decides; only `responsible` (投诉成立, 乙方有责) is deducted. */
    decision: text('decision', { enum: ['pending', 'responsible', 'not_responsible'] }).notNull(),
    conversationId: text('conversation_id'),
    description: text('description').notNull(),
    decisionNote: text('decision_note'),
    decidedByUserId: text('decided_by_user_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdByUserId: text('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /** seed 004 cause taxonomy (complaint_causes). */
    causeId: text('cause_id'),
    /** The caller's number, normalised; masked for roles that do not see personal numbers. */
    callerNumber: text('caller_number'),
    /** How the complaint reached the desk: hotline, online, media (微博), regulator (12315). */
    channel: text('channel', { enum: ['hotline', 'online', 'media', 'regulator'] }),
    /** An earlier complaint of the same caller or conversation within the re-complaint window (重复投诉). */
    repeatOfId: text('repeat_of_id'),
  },
  (t) => [
    index('complaints_vendor_day_idx').on(t.vendorId, t.receivedOn),
    index('complaints_caller_idx').on(t.callerNumber, t.receivedOn),
    index('complaints_agent_day_idx').on(t.agentId, t.receivedOn),
    index('complaints_conversation_idx').on(t.conversationId),
  ],
);

/** seed 002 (三): a complaint not called back the next day, or an after-hours voicemail not returned next day. */
export const lateCallbacks = pgTable(
  'late_callbacks',
  {
    id: text('id').primaryKey(),
    vendorId: text('vendor_id')
      .notNull()
      .references(() => vendors.id),
    /** Day the callback was due (local): the month whose statement carries the ¥50. */
    date: date('date', { mode: 'string' }).notNull(),
    agentId: text('agent_id'),
    kind: text('kind', { enum: ['complaint', 'voicemail'] }).notNull(),
    complaintId: text('complaint_id'),
    note: text('note'),
    createdByUserId: text('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** The callback task this line charges (src/store/schema/callbacks.ts); one line per task at most. */
    callbackTaskId: text('callback_task_id'),
    /** automatic: written by the callback scan; manual: entered as a correction. */
    origin: text('origin', { enum: ['automatic', 'manual'] })
      .notNull()
      .default('manual'),
  },
  (t) => [
    index('late_callbacks_vendor_day_idx').on(t.vendorId, t.date),
    uniqueIndex('late_callbacks_task_uq')
      .on(t.callbackTaskId)
      .where(sql`${t.callbackTaskId} is not null`),
  ],
);

/** seed 002 (四): the vendor's monthly report for `period`, due by the 5th of the next month. */
export const reportSubmissions = pgTable(
  'report_submissions',
  {
    vendorId: text('vendor_id')
      .notNull()
      .references(() => vendors.id),
    /** `YYYY-MM` the report covers. */
    period: text('period').notNull(),
    name: text('name').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    /** `submitted_at` as a local calendar day, compared with the due day. */
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    recordedByUserId: text('recorded_by_user_id'),
  },
  (t) => [uniqueIndex('report_submissions_uq').on(t.vendorId, t.period, t.name)],
);

/** seed 002 (二): actual losses from breaking the client's operating rules, passed through at their amount. */
export const actualLosses = pgTable(
  'actual_losses',
  {
    id: text('id').primaryKey(),
    vendorId: text('vendor_id')
      .notNull()
      .references(() => vendors.id),
    /** `YYYY-MM` of the statement that deducts it. */
    month: text('month').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }),
    agentId: text('agent_id'),
    description: text('description').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    createdByUserId: text('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('actual_losses_vendor_month_idx').on(t.vendorId, t.month)],
);

/** seed 000 一 差错处理: inaccurate record-keeping, reported by one person and reviewed (审核) by another. */
export const disciplineIncidents = pgTable(
  'discipline_incidents',
  {
    id: text('id').primaryKey(),
    agentId: text('agent_id').notNull(),
    teamId: text('team_id').notNull(),
    vendorId: text('vendor_id')
      .notNull()
      .references(() => vendors.id),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    description: text('description').notNull(),
    conversationId: text('conversation_id'),
    reporterUserId: text('reporter_user_id').notNull(),
    review: text('review', { enum: ['pending', 'confirmed', 'rejected'] }).notNull(),
    reviewerUserId: text('reviewer_user_id'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('discipline_incidents_agent_idx').on(t.agentId, t.occurredOn),
    index('discipline_incidents_vendor_idx').on(t.vendorId, t.occurredOn),
  ],
);

/** seed 000 (2): back online only when the project supervisor and the client (项目方) have both confirmed. */
export const disciplineConfirmations = pgTable(
  'discipline_confirmations',
  {
    /** The stage-2 incident whose offline training this ends. */
    incidentId: text('incident_id')
      .notNull()
      .references(() => disciplineIncidents.id),
    role: text('role', { enum: ['supervisor', 'client'] }).notNull(),
    byUserId: text('by_user_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    note: text('note'),
  },
  (t) => [uniqueIndex('discipline_confirmations_uq').on(t.incidentId, t.role)],
);

/** The monthly statement of one vendor; `body` is the whole computed statement (KPI per agent, lines, totals). */
export const settlementStatements = pgTable(
  'settlement_statements',
  {
    id: text('id').primaryKey(),
    vendorId: text('vendor_id')
      .notNull()
      .references(() => vendors.id),
    month: text('month').notNull(),
    state: text('state', { enum: ['draft', 'confirmed', 'approved'] }).notNull(),
    policyId: text('policy_id').notNull(),
    policyVersion: text('policy_version').notNull(),
    /** Local day the draft was (re)built: decides whether a missing report is already late. */
    asOf: date('as_of', { mode: 'string' }).notNull(),
    body: storedJson('settlement_statements.body', storedStatementSchema).notNull(),
    netFen: bigint('net_fen', { mode: 'number' }).notNull(),
    builtByUserId: text('built_by_user_id'),
    builtAt: timestamp('built_at', { withTimezone: true }).notNull(),
    confirmedByUserId: text('confirmed_by_user_id'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    approvedByUserId: text('approved_by_user_id'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /**
     * Acknowledgements that the statement is confirmed or approved although its inputs changed since it was built
     * (or KPI data is missing), per side, for the would-be statement's fingerprint (src/settlement/safety.ts).
     * Cleared by a rebuild.
     */
    inputsAck: storedJson('settlement_statements.inputs_ack', inputsAckSchema),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('settlement_statements_vendor_month_uq').on(t.vendorId, t.month)],
);

/**
 * A correction of an approved (locked) statement. It stays attached to the statement it corrects and is paid
 * (or taken back) on the vendor's next statement built after it: `settled_in_statement_id` names that one.
 */
export const settlementAdjustments = pgTable(
  'settlement_adjustments',
  {
    id: text('id').primaryKey(),
    statementId: text('statement_id')
      .notNull()
      .references(() => settlementStatements.id),
    vendorId: text('vendor_id')
      .notNull()
      .references(() => vendors.id),
    /** The corrected line (its kind and reference), free text for corrections of a whole statement. */
    corrects: text('corrects').notNull(),
    description: text('description').notNull(),
    /** Signed: positive pays the vendor more, negative takes back. */
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    settledInStatementId: text('settled_in_statement_id').references(() => settlementStatements.id),
    createdByUserId: text('created_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('settlement_adjustments_statement_idx').on(t.statementId)],
);
