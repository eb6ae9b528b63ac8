// Users, sessions and API tokens (docs/product.md "Who works with it"). A user's scope columns say what the role may
// see: an agent user carries agent_id, a team leader team_id, a vendor manager vendor_id; QA roles and admin see all.
import { boolean, index, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { USER_ROLES } from '../../core/auth/roles.ts';
import { agents, teams, vendors } from './organisation.ts';

// One list of roles, the policy's (core/auth/roles.ts); the column's enum is made from it.
export { USER_ROLES } from '../../core/auth/roles.ts';
export type { UserRole } from '../../core/auth/roles.ts';
export const userRole = pgEnum('user_role', USER_ROLES);

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    /** An argon2 hash produced by the caller; the store never sees a clear password. */
    passwordHash: text('password_hash').notNull(),
    role: userRole('role').notNull(),
    agentId: text('agent_id').references(() => agents.id),
    teamId: text('team_id').references(() => teams.id),
    vendorId: text('vendor_id').references(() => vendors.id),
    /** A back-office user's branch or department (branches.id): they see only the work orders addressed to it. */
    branchId: text('branch_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    disabled: boolean('disabled').notNull().default(false),
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 (hex) of the cookie token: a stolen database copy does not yield live sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    /** SHA-256 (hex) of the bearer token; the clear token is shown once at creation. */
    tokenHash: text('token_hash').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /**
     * Policy actions the token is limited to (a subset of its owner's); null = everything the owner may do.
     * Lets an integration hold only what it needs, e.g. an ingest pipeline that cannot manage users.
     */
    actions: text('actions').array(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);
