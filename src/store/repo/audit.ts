// Audit repository: append only (the table's triggers reject UPDATE/DELETE; see drizzle/0001).
import { and, desc, eq } from 'drizzle-orm';
import { auditLog } from '../schema/index.ts';
import type { DbHandle, Store } from '../store.ts';

export type AuditEntry = typeof auditLog.$inferSelect;

export interface NewAuditEntry {
  /** Null for actions of the system itself. */
  actorUserId: string | null;
  /** Verb in dotted form, e.g. `result.rescore`, `appeal.decide`, `setting.change`. */
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Append one entry; pass a transaction as `db` to record it atomically with the change it describes. */
export async function appendAudit(store: Store | DbHandle, e: NewAuditEntry): Promise<AuditEntry> {
  const [row] = await store.db
    .insert(auditLog)
    .values({ ...e, before: e.before ?? null, after: e.after ?? null })
    .returning();
  return row!;
}

export function listAudit(
  store: Store,
  filter: { entity?: string; entityId?: string; limit?: number } = {},
): Promise<AuditEntry[]> {
  const conds = [
    filter.entity === undefined ? undefined : eq(auditLog.entity, filter.entity),
    filter.entityId === undefined ? undefined : eq(auditLog.entityId, filter.entityId),
  ];
  return store.db
    .select()
    .from(auditLog)
    .where(and(...conds))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit ?? 100);
}
