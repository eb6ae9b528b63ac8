// Commands on saved import profiles (src/store/schema/import-profiles.ts): named importer options a contact
// center reuses for its exports (Udesk sessions, the switch's CSV…). Each change runs in one transaction with its
// audit entry, which keeps the options before and after; a second profile of the same name is a CONFLICT.
import { randomUUID } from 'node:crypto';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import {
  appendAudit,
  conflictOnDuplicate,
  deleteImportProfile as deleteRow,
  findImportProfile,
  inTransaction,
  insertImportProfile,
  updateImportProfile as updateRow,
  type ImportProfileRow,
  type Store,
} from '../store/index.ts';

export interface ImportProfileInput {
  name: string;
  description?: string | null | undefined;
  /** Validated by the importers' schema (importOptionsSchema) at the edge. */
  options: ImportProfileRow['options'];
}

const DUPLICATE = 'an import profile with this name exists';

const audited = (r: Pick<ImportProfileRow, 'name' | 'description' | 'options'>) => ({
  name: r.name,
  description: r.description,
  options: r.options,
});

export async function createImportProfile(
  store: Store,
  p: Principal,
  input: ImportProfileInput,
  now: Date,
): Promise<ImportProfileRow> {
  return inTransaction(store, async (s) => {
    const r = await insertImportProfile(s, {
      id: `imp-${randomUUID()}`,
      name: input.name,
      description: input.description ?? null,
      options: input.options,
      createdByUserId: p.id,
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(s, {
      actorUserId: p.id,
      action: 'import_profile.create',
      entity: 'import_profile',
      entityId: r.id,
      after: audited(r),
    });
    return r;
  }).catch((e: unknown) => conflictOnDuplicate(e, DUPLICATE));
}

/** Replace a profile's name, description and options; `id` must name it exactly (not by its name). */
export async function updateImportProfile(
  store: Store,
  p: Principal,
  id: string,
  input: ImportProfileInput,
  now: Date,
): Promise<ImportProfileRow> {
  return inTransaction(store, async (s) => {
    const before = await findImportProfile(s, id);
    if (!before || before.id !== id) throw new AppError('NOT_FOUND', `import profile ${id} not found`);
    const after = await updateRow(s, before.id, {
      name: input.name,
      description: input.description ?? null,
      options: input.options,
      updatedAt: now,
    });
    if (!after) throw new AppError('NOT_FOUND', `import profile ${id} not found`);
    await appendAudit(s, {
      actorUserId: p.id,
      action: 'import_profile.update',
      entity: 'import_profile',
      entityId: before.id,
      before: audited(before),
      after: audited(after),
    });
    return after;
  }).catch((e: unknown) => conflictOnDuplicate(e, DUPLICATE));
}

/** Delete a profile; batches imported with it keep their records. */
export async function deleteImportProfile(store: Store, p: Principal, id: string): Promise<void> {
  await inTransaction(store, async (s) => {
    const before = await findImportProfile(s, id);
    if (!before || before.id !== id || !(await deleteRow(s, before.id)))
      throw new AppError('NOT_FOUND', `import profile ${id} not found`);
    await appendAudit(s, {
      actorUserId: p.id,
      action: 'import_profile.delete',
      entity: 'import_profile',
      entityId: before.id,
      before: audited(before),
    });
  });
}
