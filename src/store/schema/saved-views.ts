// Saved views of the lists (docs/product.md "Lists"): a user keeps a filter set of one list under a name, for
// themselves or shared with their team, as QA teams do with the saved filters of their QA tools.
import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './users.ts';
import { z } from 'zod';
import { storedJson } from '../json.ts';

/** The lists a view can belong to (their query strings are what `filters` holds). */
export const SAVED_VIEW_LISTS = [
  'conversations',
  'review-tasks',
  'appeals',
  'complaints',
  'discipline',
  'audit',
] as const;
export type SavedViewList = (typeof SAVED_VIEW_LISTS)[number];

export const savedViews = pgTable(
  'saved_views',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    list: text('list', { enum: SAVED_VIEW_LISTS }).notNull(),
    name: text('name').notNull(),
    /** The list's query parameters as strings (page and page size excluded). */
    filters: storedJson('saved_views.filters', z.record(z.string(), z.string())).notNull(),
    /** Shared with this team (the owner's team when saved); null = private to its owner. */
    teamId: text('team_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('saved_views_owner_name_uq').on(t.userId, t.list, t.name),
    index('saved_views_team_idx').on(t.teamId, t.list),
  ],
);
