// Import profiles: named importer options (src/store/schema/import-profiles.ts).
import { asc, eq } from 'drizzle-orm';
import { importProfiles } from '../schema/index.ts';
import type { DbHandle, Store } from '../store.ts';

export type ImportProfileRow = typeof importProfiles.$inferSelect;

export function listImportProfiles(store: Store | DbHandle): Promise<ImportProfileRow[]> {
  return store.db.select().from(importProfiles).orderBy(asc(importProfiles.name));
}

export async function findImportProfile(
  store: Store | DbHandle,
  idOrName: string,
): Promise<ImportProfileRow | undefined> {
  const [byId] = await store.db.select().from(importProfiles).where(eq(importProfiles.id, idOrName));
  if (byId) return byId;
  const [byName] = await store.db.select().from(importProfiles).where(eq(importProfiles.name, idOrName));
  return byName;
}

export async function insertImportProfile(
  store: Store | DbHandle,
  row: typeof importProfiles.$inferInsert,
): Promise<ImportProfileRow> {
  const [r] = await store.db.insert(importProfiles).values(row).returning();
  return r!;
}

export async function updateImportProfile(
  store: Store | DbHandle,
  id: string,
  set: Partial<Pick<ImportProfileRow, 'name' | 'description' | 'options' | 'updatedAt'>>,
): Promise<ImportProfileRow | undefined> {
  const [r] = await store.db.update(importProfiles).set(set).where(eq(importProfiles.id, id)).returning();
  return r;
}

export async function deleteImportProfile(store: Store | DbHandle, id: string): Promise<boolean> {
  const r = await store.db
    .delete(importProfiles)
    .where(eq(importProfiles.id, id))
    .returning({ id: importProfiles.id });
  return r.length > 0;
}
