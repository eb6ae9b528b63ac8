// Reading the audit log for the audit API: filters, newest first, a page at a time, with the actor's name.
import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { auditLog, users } from '../schema/index.ts';
import type { Store } from '../store.ts';
import type { AuditEntry } from './audit.ts';

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorUserId?: string;
  action?: string;
  /** Inclusive lower bound on the entry time. */
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
}

export type AuditRow = AuditEntry & { actorUsername: string | null; actorDisplayName: string | null };

function where(f: AuditFilter): SQL | undefined {
  const conds: (SQL | undefined)[] = [
    f.entity === undefined ? undefined : eq(auditLog.entity, f.entity),
    f.entityId === undefined ? undefined : eq(auditLog.entityId, f.entityId),
    f.actorUserId === undefined ? undefined : eq(auditLog.actorUserId, f.actorUserId),
    f.action === undefined ? undefined : eq(auditLog.action, f.action),
    f.from === undefined ? undefined : gte(auditLog.at, f.from),
    f.to === undefined ? undefined : lt(auditLog.at, f.to),
  ];
  return and(...conds);
}

export async function searchAudit(
  store: Store,
  f: AuditFilter & { limit: number; offset: number },
): Promise<{ items: AuditRow[]; total: number }> {
  const [items, totals] = await Promise.all([
    store.db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        actorUserId: auditLog.actorUserId,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        before: auditLog.before,
        after: auditLog.after,
        actorUsername: users.username,
        actorDisplayName: users.displayName,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .where(where(f))
      .orderBy(desc(auditLog.id))
      .limit(f.limit)
      .offset(f.offset),
    store.db.select({ n: count() }).from(auditLog).where(where(f)),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}
