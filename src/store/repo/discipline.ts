// The discipline ledger (seed 000 一 差错处理): incidents with reporter and reviewer, and the back-online
// confirmations of stage 2. The ladder stage itself is computed on read by src/core/kpi disciplineStage.
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { disciplineConfirmations, disciplineIncidents } from '../schema/index.ts';
import type { DbHandle, Store } from '../store.ts';

export type DisciplineIncidentRow = typeof disciplineIncidents.$inferSelect;
export type DisciplineConfirmationRow = typeof disciplineConfirmations.$inferSelect;

export async function insertIncident(
  store: Store | DbHandle,
  i: typeof disciplineIncidents.$inferInsert,
): Promise<DisciplineIncidentRow> {
  const [row] = await store.db.insert(disciplineIncidents).values(i).returning();
  return row!;
}

export async function getIncident(
  store: Store | DbHandle,
  id: string,
): Promise<DisciplineIncidentRow | undefined> {
  const [row] = await store.db.select().from(disciplineIncidents).where(eq(disciplineIncidents.id, id));
  return row;
}

export async function updateIncident(
  store: Store | DbHandle,
  id: string,
  set: Partial<Pick<DisciplineIncidentRow, 'review' | 'reviewerUserId' | 'reviewedAt' | 'reviewNote'>>,
): Promise<DisciplineIncidentRow> {
  const [row] = await store.db
    .update(disciplineIncidents)
    .set(set)
    .where(eq(disciplineIncidents.id, id))
    .returning();
  return row!;
}

/** Incidents up to `until` (a local day), narrowed by any of the lists (undefined = unrestricted). */
export function listIncidents(
  store: Store | DbHandle,
  f: {
    agentIds?: readonly string[] | undefined;
    teamIds?: readonly string[] | undefined;
    vendorIds?: readonly string[] | undefined;
    until?: string | undefined;
  },
): Promise<DisciplineIncidentRow[]> {
  const conds = [
    f.agentIds ? inArray(disciplineIncidents.agentId, [...f.agentIds, '']) : undefined,
    f.teamIds ? inArray(disciplineIncidents.teamId, [...f.teamIds, '']) : undefined,
    f.vendorIds ? inArray(disciplineIncidents.vendorId, [...f.vendorIds, '']) : undefined,
    f.until ? lte(disciplineIncidents.occurredOn, f.until) : undefined,
  ];
  return store.db
    .select()
    .from(disciplineIncidents)
    .where(and(...conds))
    .orderBy(
      asc(disciplineIncidents.agentId),
      asc(disciplineIncidents.occurredOn),
      asc(disciplineIncidents.id),
    )
    .limit(5000);
}

/** Record one side's confirmation; false when that side had already confirmed. */
export async function insertConfirmation(
  store: Store | DbHandle,
  c: typeof disciplineConfirmations.$inferInsert,
): Promise<boolean> {
  const rows = await store.db.insert(disciplineConfirmations).values(c).onConflictDoNothing().returning();
  return rows.length > 0;
}

export function listConfirmations(
  store: Store | DbHandle,
  incidentIds: readonly string[],
): Promise<DisciplineConfirmationRow[]> {
  if (incidentIds.length === 0) return Promise.resolve([]);
  return store.db
    .select()
    .from(disciplineConfirmations)
    .where(inArray(disciplineConfirmations.incidentId, [...incidentIds]))
    .orderBy(asc(disciplineConfirmations.at));
}
