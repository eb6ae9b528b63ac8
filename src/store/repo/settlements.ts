// Settlement statements per vendor and month, and adjusting entries of approved ones. State moves are decided by
// src/core/kpi transitionStatement; this file only reads and writes rows (callers pass a transaction and audit).
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { conversations, settlementAdjustments, settlementStatements } from '../schema/index.ts';
import type { DbHandle, Store } from '../store.ts';
import { anyOf } from '../any-of.ts';

export type SettlementStatementRow = typeof settlementStatements.$inferSelect;
export type SettlementAdjustmentRow = typeof settlementAdjustments.$inferSelect;
export type { InputsAcknowledgement, StatementInputsAck } from '../schema/settlement.ts';

export async function getStatement(
  store: Store | DbHandle,
  id: string,
): Promise<SettlementStatementRow | undefined> {
  const [row] = await store.db.select().from(settlementStatements).where(eq(settlementStatements.id, id));
  return row;
}

/** The vendor's statement of a month, locked FOR UPDATE when read inside a transaction that will change it. */
export async function findStatement(
  store: Store | DbHandle,
  vendorId: string,
  month: string,
  forUpdate = false,
): Promise<SettlementStatementRow | undefined> {
  const q = store.db
    .select()
    .from(settlementStatements)
    .where(and(eq(settlementStatements.vendorId, vendorId), eq(settlementStatements.month, month)));
  const [row] = await (forUpdate ? q.for('update') : q);
  return row;
}

export async function lockStatement(
  store: Store | DbHandle,
  id: string,
): Promise<SettlementStatementRow | undefined> {
  const [row] = await store.db
    .select()
    .from(settlementStatements)
    .where(eq(settlementStatements.id, id))
    .for('update');
  return row;
}

export async function insertStatement(
  store: Store | DbHandle,
  s: typeof settlementStatements.$inferInsert,
): Promise<SettlementStatementRow> {
  const [row] = await store.db.insert(settlementStatements).values(s).returning();
  return row!;
}

export async function updateStatement(
  store: Store | DbHandle,
  id: string,
  set: Partial<Omit<SettlementStatementRow, 'id' | 'vendorId' | 'month' | 'createdAt'>>,
): Promise<SettlementStatementRow> {
  const [row] = await store.db
    .update(settlementStatements)
    .set(set)
    .where(eq(settlementStatements.id, id))
    .returning();
  return row!;
}

export function listStatements(
  store: Store | DbHandle,
  f: { vendorIds?: readonly string[] | undefined; month?: string | undefined },
): Promise<Omit<SettlementStatementRow, 'body'>[]> {
  return store.db
    .select({
      id: settlementStatements.id,
      vendorId: settlementStatements.vendorId,
      month: settlementStatements.month,
      state: settlementStatements.state,
      policyId: settlementStatements.policyId,
      policyVersion: settlementStatements.policyVersion,
      asOf: settlementStatements.asOf,
      netFen: settlementStatements.netFen,
      builtByUserId: settlementStatements.builtByUserId,
      builtAt: settlementStatements.builtAt,
      confirmedByUserId: settlementStatements.confirmedByUserId,
      confirmedAt: settlementStatements.confirmedAt,
      approvedByUserId: settlementStatements.approvedByUserId,
      approvedAt: settlementStatements.approvedAt,
      inputsAck: settlementStatements.inputsAck,
      createdAt: settlementStatements.createdAt,
    })
    .from(settlementStatements)
    .where(
      and(
        f.vendorIds ? inArray(settlementStatements.vendorId, [...f.vendorIds, '']) : undefined,
        f.month ? eq(settlementStatements.month, f.month) : undefined,
      ),
    )
    .orderBy(desc(settlementStatements.month), asc(settlementStatements.vendorId))
    .limit(500);
}

export async function insertAdjustment(
  store: Store | DbHandle,
  a: typeof settlementAdjustments.$inferInsert,
): Promise<SettlementAdjustmentRow> {
  const [row] = await store.db.insert(settlementAdjustments).values(a).returning();
  return row!;
}

/** Adjusting entries recorded against a statement (the corrections of that locked statement). */
export function listAdjustmentsOf(
  store: Store | DbHandle,
  statementId: string,
): Promise<SettlementAdjustmentRow[]> {
  return store.db
    .select()
    .from(settlementAdjustments)
    .where(eq(settlementAdjustments.statementId, statementId))
    .orderBy(asc(settlementAdjustments.createdAt), asc(settlementAdjustments.id));
}

/**
 * Adjusting entries a vendor's statement under construction carries: those of earlier statements not yet settled
 * anywhere, plus those already settled in this very statement (a draft being rebuilt).
 */
export function listOpenAdjustments(
  store: Store | DbHandle,
  vendorId: string,
  statementId: string,
): Promise<SettlementAdjustmentRow[]> {
  return store.db
    .select()
    .from(settlementAdjustments)
    .where(
      and(
        eq(settlementAdjustments.vendorId, vendorId),
        or(
          isNull(settlementAdjustments.settledInStatementId),
          eq(settlementAdjustments.settledInStatementId, statementId),
        ),
      ),
    )
    .orderBy(asc(settlementAdjustments.createdAt), asc(settlementAdjustments.id));
}

/** Mark the entries as paid on `statementId` (and release the ones a rebuilt draft no longer carries). */
export async function settleAdjustments(
  store: Store | DbHandle,
  statementId: string,
  ids: readonly string[],
): Promise<void> {
  await store.db
    .update(settlementAdjustments)
    .set({ settledInStatementId: null })
    .where(eq(settlementAdjustments.settledInStatementId, statementId));
  if (ids.length > 0)
    await store.db
      .update(settlementAdjustments)
      .set({ settledInStatementId: statementId })
      .where(inArray(settlementAdjustments.id, [...ids]));
}

/**
 * The conversations among `ids` (latest versions) whose settlement month is approved: the vendor copied on at
 * ingest and the month of the call's start in the contact center's zone, as qaScoresOfMonth counts them.
 */
export async function conversationsInApprovedMonths(
  store: Store | DbHandle,
  ids: readonly string[],
  timeZone: string,
): Promise<{ conversationId: string; vendorId: string; month: string; statementId: string }[]> {
  if (ids.length === 0) return [];
  const month = sql<string>`to_char(${conversations.startedAt} at time zone ${timeZone}, 'YYYY-MM')`;
  return store.db
    .select({
      conversationId: conversations.id,
      vendorId: settlementStatements.vendorId,
      month: settlementStatements.month,
      statementId: settlementStatements.id,
    })
    .from(conversations)
    .innerJoin(
      settlementStatements,
      and(
        eq(settlementStatements.vendorId, conversations.vendorId),
        eq(settlementStatements.month, month),
        eq(settlementStatements.state, 'approved'),
      ),
    )
    .where(and(anyOf(conversations.id, ids), eq(conversations.isLatest, true)));
}
