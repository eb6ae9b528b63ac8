// Saved views repository: a user's own views of a list plus those shared with their team.
import { and, asc, eq, or } from 'drizzle-orm';
import { savedViews, type SavedViewList } from '../schema/index.ts';
import type { Store } from '../store.ts';

export type SavedViewRow = typeof savedViews.$inferSelect;

/** The views of one list a user may use: their own, and those shared with `teamId` (when they have a team). */
export function listSavedViews(
  store: Store,
  q: { userId: string; teamId: string | null; list: SavedViewList },
): Promise<SavedViewRow[]> {
  const visible =
    q.teamId === null
      ? eq(savedViews.userId, q.userId)
      : or(eq(savedViews.userId, q.userId), eq(savedViews.teamId, q.teamId));
  return store.db
    .select()
    .from(savedViews)
    .where(and(eq(savedViews.list, q.list), visible))
    .orderBy(asc(savedViews.name), asc(savedViews.id));
}

export async function getSavedView(store: Store, id: string): Promise<SavedViewRow | undefined> {
  const [row] = await store.db.select().from(savedViews).where(eq(savedViews.id, id));
  return row;
}

/** Insert or, for the same owner, list and name, replace the filters and sharing (saving again overwrites). */
export async function upsertSavedView(
  store: Store,
  v: Omit<SavedViewRow, 'createdAt'>,
): Promise<SavedViewRow> {
  const [row] = await store.db
    .insert(savedViews)
    .values(v)
    .onConflictDoUpdate({
      target: [savedViews.userId, savedViews.list, savedViews.name],
      set: { filters: v.filters, teamId: v.teamId },
    })
    .returning();
  return row!;
}

export async function deleteSavedView(store: Store, id: string): Promise<void> {
  await store.db.delete(savedViews).where(eq(savedViews.id, id));
}
