// Saved, named import profiles: how a contact center's files are read (column mapping, speaker and channel
// roles, voice/chat, encoding, time zone…), chosen by name on the web import screen, the API (`profile` on a
// multipart upload) and the CLI (`zhijian import --profile NAME`). `options` holds importer options as
// src/importers/README.md describes them, validated on write.
import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

export const importProfiles = pgTable('import_profiles', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  description: text('description'),
  options: jsonb('options').$type<Record<string, unknown>>().notNull(),
  createdByUserId: text('created_by_user_id').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
