// Saved views of the lists: a named filter set per user, optionally shared with the owner's team. A view of
// another user that is not shared with the caller's team does not exist for the caller (NOT_FOUND), and only the
// owner deletes a view. Views hold filters only: what a view shows is still cut to the user's scope by the list.
import { randomUUID } from 'node:crypto';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import {
  deleteSavedView,
  getSavedView,
  listSavedViews,
  upsertSavedView,
  type SavedViewRow,
  type Store,
} from '../store/index.ts';
import type { SavedViewList } from '../store/schema/index.ts';

/** Query parameters that are paging, not filtering: never stored in a view. */
const PAGING = new Set(['page', 'pageSize', 'format']);
const MAX_FILTERS = 40;

export function viewsOf(store: Store, p: Principal, list: SavedViewList): Promise<SavedViewRow[]> {
  return listSavedViews(store, { userId: p.id, teamId: p.teamId, list });
}

export async function saveView(
  store: Store,
  p: Principal,
  v: { list: SavedViewList; name: string; filters: Record<string, string>; shared: boolean },
): Promise<SavedViewRow> {
  const name = v.name.trim();
  if (name === '') throw new AppError('BAD_INPUT', 'A view needs a name');
  const filters = Object.fromEntries(
    Object.entries(v.filters).filter(([k, x]) => !PAGING.has(k) && x !== ''),
  );
  if (Object.keys(filters).length > MAX_FILTERS) throw new AppError('BAD_INPUT', 'Too many filters');
  // Sharing goes to the owner's own team; a user without a team has no one to share with.
  if (v.shared && p.teamId === null)
    throw new AppError('BAD_INPUT', 'Only a user with a team can share a view with it');
  return upsertSavedView(store, {
    id: randomUUID(),
    userId: p.id,
    list: v.list,
    name,
    filters,
    teamId: v.shared ? p.teamId : null,
  });
}

export async function removeView(store: Store, p: Principal, id: string): Promise<void> {
  const v = await getSavedView(store, id);
  const visible = v !== undefined && (v.userId === p.id || (v.teamId !== null && v.teamId === p.teamId));
  if (!visible) throw new AppError('NOT_FOUND', `View ${id} not found`);
  if (v.userId !== p.id) throw new AppError('FORBIDDEN', 'Only its owner deletes a view');
  await deleteSavedView(store, id);
}
