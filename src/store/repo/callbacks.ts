// Callback tasks (schema/callbacks.ts) and the late-callback lines they become. Writers pass a transaction so the
// change and its audit entry land together; the scan claims rows with SKIP LOCKED so workers never share one.
import { and, asc, eq, inArray, isNull, lt, lte, gte, or, sql, type SQL } from 'drizzle-orm';
import { callbackTasks, complaints, conversations, lateCallbacks } from '../schema/index.ts';
import type { Store, StoreDb } from '../store.ts';

type Db = Store | { db: StoreDb };

export type CallbackTaskRow = typeof callbackTasks.$inferSelect;
export type NewCallbackTask = typeof callbackTasks.$inferInsert;

/** Insert tasks; one per complaint and per voicemail (unique indexes), so a repeated scan adds nothing. */
export async function insertCallbackTasks(
  s: Db,
  rows: readonly NewCallbackTask[],
): Promise<CallbackTaskRow[]> {
  if (rows.length === 0) return [];
  return s.db
    .insert(callbackTasks)
    .values([...rows])
    .onConflictDoNothing()
    .returning();
}

/** Complaints without a callback task yet, oldest first. */
export function complaintsWithoutCallback(s: Db, limit: number) {
  return s.db
    .select({
      id: complaints.id,
      receivedOn: complaints.receivedOn,
      vendorId: complaints.vendorId,
      teamId: complaints.teamId,
      callerNumber: complaints.callerNumber,
      conversationId: complaints.conversationId,
    })
    .from(complaints)
    .leftJoin(callbackTasks, eq(callbackTasks.complaintId, complaints.id))
    .where(isNull(callbackTasks.id))
    .orderBy(asc(complaints.receivedOn), asc(complaints.id))
    .limit(limit);
}

/**
 * Voicemails (latest conversation versions whose meta says `voicemail: true`, docs/product.md "External contracts")
 * without a task yet.
 */
export function voicemailsWithoutCallback(s: Db, limit: number) {
  return s.db
    .select({
      id: conversations.id,
      startedAt: conversations.startedAt,
      vendorId: conversations.vendorId,
      teamId: conversations.teamId,
      agentId: conversations.agentId,
      callerNumber: sql<
        string | null
      >`coalesce(${conversations.body}->'meta'->>'callerNumber', ${conversations.body}->'meta'->>'customerNumber')`,
    })
    .from(conversations)
    .leftJoin(
      callbackTasks,
      and(eq(callbackTasks.conversationId, conversations.id), eq(callbackTasks.source, 'voicemail')),
    )
    .where(
      and(
        eq(conversations.isLatest, true),
        sql`${conversations.body}->'meta'->>'voicemail' = 'true'`,
        isNull(callbackTasks.id),
      ),
    )
    .orderBy(asc(conversations.startedAt), asc(conversations.id))
    .limit(limit);
}

/**
 * Open tasks past their due moment with no attempt yet and not yet judged late, locked for this transaction only
 * (a task attempted before its due moment is on time however long it stays open).
 */
export function claimLateCallbacks(s: Db, now: Date, limit: number): Promise<CallbackTaskRow[]> {
  return s.db
    .select()
    .from(callbackTasks)
    .where(
      and(
        isNull(callbackTasks.lateAt),
        eq(callbackTasks.status, 'open'),
        isNull(callbackTasks.firstAttemptAt),
        lte(callbackTasks.dueAt, now),
      ),
    )
    .orderBy(asc(callbackTasks.dueAt), asc(callbackTasks.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function getCallbackTask(
  s: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<CallbackTaskRow | undefined> {
  const q = s.db.select().from(callbackTasks).where(eq(callbackTasks.id, id));
  const [row] = await (opts.forUpdate ? q.for('update') : q);
  return row;
}

export async function updateCallbackTask(
  s: Db,
  id: string,
  set: Partial<Omit<CallbackTaskRow, 'id' | 'createdAt'>>,
): Promise<CallbackTaskRow> {
  const [row] = await s.db.update(callbackTasks).set(set).where(eq(callbackTasks.id, id)).returning();
  return row!;
}

export interface CallbackFilter {
  vendorIds?: readonly string[] | undefined;
  teamIds?: readonly string[] | undefined;
  /** assigned agents */
  agentIds?: readonly string[] | undefined;
  status?: CallbackTaskRow['status'] | undefined;
  /** due on or after / before (exclusive) these local days */
  dueFrom?: string | undefined;
  dueUntil?: string | undefined;
  complaintId?: string | undefined;
  /** open ones, or closed ones due in the window */
  openOrDueFrom?: string | undefined;
}

export function listCallbackTasks(s: Db, f: CallbackFilter): Promise<CallbackTaskRow[]> {
  const conds: (SQL | undefined)[] = [
    f.vendorIds ? inArray(callbackTasks.vendorId, [...f.vendorIds, '']) : undefined,
    f.teamIds ? inArray(callbackTasks.teamId, [...f.teamIds, '']) : undefined,
    f.agentIds ? inArray(callbackTasks.assignedAgentId, [...f.agentIds, '']) : undefined,
    f.status ? eq(callbackTasks.status, f.status) : undefined,
    f.dueFrom ? gte(callbackTasks.dueOn, f.dueFrom) : undefined,
    f.dueUntil ? lt(callbackTasks.dueOn, f.dueUntil) : undefined,
    f.complaintId ? eq(callbackTasks.complaintId, f.complaintId) : undefined,
    f.openOrDueFrom
      ? or(eq(callbackTasks.status, 'open'), gte(callbackTasks.dueOn, f.openOrDueFrom))
      : undefined,
  ];
  return s.db
    .select()
    .from(callbackTasks)
    .where(and(...conds))
    .orderBy(asc(callbackTasks.dueAt), asc(callbackTasks.id))
    .limit(2000);
}

/** A late-callback line already charging this task, or (for a complaint) entered by hand for the complaint. */
export async function findLateCallbackFor(
  s: Db,
  o: { taskId?: string | null | undefined; complaintId?: string | null | undefined },
) {
  const conds = [
    o.taskId ? eq(lateCallbacks.callbackTaskId, o.taskId) : undefined,
    o.complaintId ? eq(lateCallbacks.complaintId, o.complaintId) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  if (conds.length === 0) return undefined;
  const [row] = await s.db
    .select()
    .from(lateCallbacks)
    .where(or(...conds))
    .limit(1);
  return row;
}

/**
 * Calls a complaint can be linked to (the intake's picker): latest versions matching an id fragment, a caller-number
 * fragment (meta.callerNumber), an agent and a local-day window, newest first.
 */
export function searchCallsForComplaint(
  s: Db,
  q: {
    text?: string | undefined;
    agentIds?: readonly string[] | undefined;
    teamIds?: readonly string[] | undefined;
    vendorIds?: readonly string[] | undefined;
    from?: Date | undefined;
    to?: Date | undefined;
    limit: number;
  },
) {
  const like = q.text ? `%${q.text.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : undefined;
  const caller = sql<
    string | null
  >`coalesce(${conversations.body}->'meta'->>'callerNumber', ${conversations.body}->'meta'->>'customerNumber')`;
  return s.db
    .select({
      id: conversations.id,
      agentId: conversations.agentId,
      teamId: conversations.teamId,
      vendorId: conversations.vendorId,
      channel: conversations.channel,
      startedAt: conversations.startedAt,
      callerNumber: caller,
    })
    .from(conversations)
    .where(
      and(
        eq(conversations.isLatest, true),
        q.agentIds ? inArray(conversations.agentId, [...q.agentIds, '']) : undefined,
        q.teamIds ? inArray(conversations.teamId, [...q.teamIds, '']) : undefined,
        q.vendorIds ? inArray(conversations.vendorId, [...q.vendorIds, '']) : undefined,
        q.from ? gte(conversations.startedAt, q.from) : undefined,
        q.to ? lt(conversations.startedAt, q.to) : undefined,
        like ? or(sql`${conversations.id} ilike ${like}`, sql`${caller} like ${like}`) : undefined,
      ),
    )
    .orderBy(sql`${conversations.startedAt} desc nulls last`, asc(conversations.id))
    .limit(q.limit);
}
