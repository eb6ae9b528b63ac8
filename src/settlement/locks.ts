// The one choke point of the month lock. Records of a month whose statement is approved are locked
// (docs/product.md "An approved month is locked: later corrections are adjusting entries paid on the next
// statement"): changing them would silently disagree with what was paid. Every command that changes a month's
// settlement inputs asks here, inside its transaction, before it writes: complaints, late callbacks, actual
// losses, report submissions, call statistics (import and derive), 金点子 rewards, discipline fines, and the QA
// scores of the month's calls (review finalisation, upheld appeals, background re-score).
import { AppError } from '../core/errors/app-error.ts';
import {
  conversationsInApprovedMonths,
  findStatement,
  type DbHandle,
  type SettlementStatementRow,
  type Store,
} from '../store/index.ts';

/** A settlement month: one vendor's statement of one month (YYYY-MM, in the contact center's zone). */
export interface SettlementMonth {
  vendorId: string;
  month: string;
}

const keyOf = (m: SettlementMonth) => `${m.vendorId}\u0000${m.month}`;

/** The approved (locked) statements among these months, one per month. */
export async function lockedStatements(
  db: Store | DbHandle,
  months: readonly SettlementMonth[],
): Promise<SettlementStatementRow[]> {
  const unique = [...new Map(months.map((m) => [keyOf(m), m])).values()];
  const found = await Promise.all(unique.map((m) => findStatement(db, m.vendorId, m.month)));
  return found.filter((s): s is SettlementStatementRow => s?.state === 'approved');
}

function lockedError(s: SettlementStatementRow): AppError {
  return new AppError(
    'LOCKED',
    `The ${s.month} statement of vendor ${s.vendorId} is approved and locked; record an adjusting entry on statement ${s.id} instead`,
    { statementId: s.id },
  );
}

/** Refuses (LOCKED) a change to any of these months once its statement is approved. */
export async function assertMonthsOpen(
  db: Store | DbHandle,
  months: readonly SettlementMonth[],
): Promise<void> {
  const [locked] = await lockedStatements(db, months);
  if (locked) throw lockedError(locked);
}

/** `assertMonthsOpen` for one month. */
export function assertMonthOpen(db: Store | DbHandle, vendorId: string, month: string): Promise<void> {
  return assertMonthsOpen(db, [{ vendorId, month }]);
}

/** Refuses a change to the QA score of a call whose month is locked (the score is an input of that KPI). */
export async function assertConversationMonthOpen(
  db: Store | DbHandle,
  conversationId: string,
  timeZone: string,
): Promise<void> {
  const [hit] = await conversationsInApprovedMonths(db, [conversationId], timeZone);
  if (hit) {
    const s = await findStatement(db, hit.vendorId, hit.month);
    if (s) throw lockedError(s);
  }
}

/** The calls among `ids` whose month is locked: a bulk re-score leaves their scores as they were paid. */
export async function lockedConversations(
  db: Store | DbHandle,
  ids: readonly string[],
  timeZone: string,
): Promise<Set<string>> {
  return new Set((await conversationsInApprovedMonths(db, ids, timeZone)).map((r) => r.conversationId));
}
