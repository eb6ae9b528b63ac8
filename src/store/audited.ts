// The one way a command writes a change with its audit entry: inside one transaction (ARCHITECTURE.md:
// the command owns the transaction and the audit entry), the row as a JSON snapshot, an update that changes nothing neither written nor audited.
// Commands of every capability use these; routes never open transactions themselves.
import { AppError } from '../core/errors/app-error.ts';
import { appendAudit } from './repo/audit.ts';
import type { DbHandle, Store } from './store.ts';

/** Run a change and its audit entry in one transaction. */
export function inTransaction<T>(store: Store | DbHandle, fn: (s: DbHandle) => Promise<T>): Promise<T> {
  return store.db.transaction((tx) => fn({ db: tx }));
}

/** A row as stored in an audit entry: dates as ISO strings. */
export function snapshot(row: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : (v as unknown)]),
  );
}

/** The fields whose values differ between two snapshots (an update that changes nothing is not audited). */
export function changed(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** The PostgreSQL error code of a driver error (or of its cause, as drizzle wraps them), if any. */
export function pgErrorCode(e: unknown): string | undefined {
  const code = (x: unknown) =>
    typeof x === 'object' && x !== null ? (x as { code?: unknown }).code : undefined;
  const c = code(e) ?? code((e as { cause?: unknown } | null)?.cause);
  return typeof c === 'string' ? c : undefined;
}

/** Maps a unique-key race (two creates of one code at once) to CONFLICT; rethrows anything else. */
export function conflictOnDuplicate(e: unknown, message: string): never {
  if (pgErrorCode(e) === '23505') throw new AppError('CONFLICT', message);
  throw e;
}

/** The audit verb of an organisation unit's update: `.update`, `.deactivate` or `.reactivate`. */
export const auditAction = (entity: string, before: { active: boolean }, after: { active: boolean }) =>
  before.active === after.active
    ? `${entity}.update`
    : after.active
      ? `${entity}.reactivate`
      : `${entity}.deactivate`;

/** Audit a creation inside its transaction (the new row as `after`) and hand the row back. */
export async function auditCreated<T extends { id: string }>(
  s: DbHandle,
  actorUserId: string,
  entity: string,
  created: T,
): Promise<T> {
  await appendAudit(s, {
    actorUserId,
    action: `${entity}.create`,
    entity,
    entityId: created.id,
    after: snapshot(created),
  });
  return created;
}

/**
 * Apply a patch to a locked row and audit it with before/after snapshots. A patch that changes nothing is neither
 * written nor audited (the row comes back as it was). `action` names the audit verb from the row before and after
 * the write, and may do what belongs to that change in the same transaction (e.g. end a disabled user's sessions).
 */
export async function updateAudited<T extends { id: string }, P extends object>(
  s: DbHandle,
  u: {
    actorUserId: string;
    entity: string;
    before: T;
    patch: P;
    update: (s: DbHandle, id: string, patch: P) => Promise<T>;
    action: (before: T, updated: T) => string | Promise<string>;
  },
): Promise<T> {
  const { before, patch } = u;
  if (changed(snapshot(before), snapshot({ ...before, ...patch })).length === 0) return before;
  const updated = await u.update(s, before.id, patch);
  await appendAudit(s, {
    actorUserId: u.actorUserId,
    action: await u.action(before, updated),
    entity: u.entity,
    entityId: before.id,
    before: snapshot(before),
    after: snapshot(updated),
  });
  return updated;
}

/** `updateAudited` for organisation units: the verb is `.update`, `.deactivate` or `.reactivate`. */
export const updateUnitAudited = <T extends { id: string; active: boolean }, P extends object>(
  s: DbHandle,
  actorUserId: string,
  entity: string,
  before: T,
  patch: P,
  update: (s: DbHandle, id: string, patch: P) => Promise<T>,
): Promise<T> =>
  updateAudited(s, {
    actorUserId,
    entity,
    before,
    patch,
    update,
    action: (b, a) => auditAction(entity, b, a),
  });
