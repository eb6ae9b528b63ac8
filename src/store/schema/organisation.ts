// Organisation: client (甲方) → vendors (乙方) → teams → agents (docs/product.md "Who works with it").
// Ids of clients, vendors and teams are short text codes chosen by the operator (e.g. `V01`), so imports and
// settlement reports can name them; agent ids are the `agentId` of conversation v1 (e.g. `A001`).
// Nothing here is ever deleted once referenced (conversations, results and settlements point at it): a unit that
// ends is deactivated (`active = false`) and stays resolvable for history.
import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const clients = pgTable('clients', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const vendors = pgTable(
  'vendors',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('vendors_client_idx').on(t.clientId)],
);

export const teams = pgTable(
  'teams',
  {
    id: text('id').primaryKey(),
    vendorId: text('vendor_id')
      .notNull()
      .references(() => vendors.id),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('teams_vendor_idx').on(t.vendorId)],
);

export const agents = pgTable(
  'agents',
  {
    /** The agent code used as `agentId` in conversation v1, e.g. `A001`. */
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id),
    /** Hire date (a calendar day in the contact center's zone): tenure stages new/early/mid/late derive from it. */
    hiredOn: date('hired_on', { mode: 'string' }),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agents_team_idx').on(t.teamId),
    index('agents_active_idx')
      .on(t.active)
      .where(sql`${t.active}`),
  ],
);
