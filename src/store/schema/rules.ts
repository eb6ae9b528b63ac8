// Rule packs are versioned and immutable once published; results are kept per conversation version and per pack
// version so that a re-score under a new pack never overwrites history (docs/product.md "External contracts").
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { conversations } from './conversations.ts';

export const rulePacks = pgTable(
  'rule_packs',
  {
    id: text('id').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    /** Null while a draft; set once when published. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /**
     * When this version last became the one new conversations are scored with: set on first publication and again
     * when an admin re-publishes it to roll back. The current version is the published one with the latest value
     * (null, for versions published before this column existed, counts as oldest; ties go to the higher version).
     */
    currentSince: timestamp('current_since', { withTimezone: true }),
    body: jsonb('body').$type<unknown>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.version] }),
    index('rule_packs_published_idx').on(t.id, t.publishedAt),
  ],
);

/** One hit as printed by `zhijian check` (docs/product.md): `rule` is the rule id; other fields are evidence. */
export type StoredHit = { rule: string } & Record<string, unknown>;

export const results = pgTable(
  'results',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    conversationId: text('conversation_id').notNull(),
    conversationVersion: integer('conversation_version').notNull(),
    packId: text('pack_id').notNull(),
    packVersion: integer('pack_version').notNull(),
    /** Score from the machine checks alone. */
    machineScore: doublePrecision('machine_score').notNull(),
    /** Total score shown to users (machine score until review adds the manual items). */
    total: doublePrecision('total').notNull(),
    fatal: boolean('fatal').notNull(),
    categories: jsonb('categories').$type<Record<string, number>>().notNull(),
    hits: jsonb('hits').$type<StoredHit[]>().notNull(),
    /** Distinct rule ids of `hits`, so "conversations hitting rule X" is an indexed array containment. */
    ruleIds: text('rule_ids').array().notNull(),
    /** Predicted customer satisfaction (−2 … 2, higher = more satisfied; `signals.satisfaction` of the result). */
    satisfaction: doublePrecision('satisfaction'),
    /**
     * Set when a review is finalized (src/store/repo/review-tasks.ts): `total`, `categories` and `fatal` then hold the
     * reviewed final score (machine score stays in `machine_score`), and re-saving the same result keeps them.
     */
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** The result shown for its conversation version: the one saved last (one per conversation version). */
    isLatest: boolean('is_latest').notNull(),
    scoredAt: timestamp('scored_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('results_conv_pack_uq').on(t.conversationId, t.conversationVersion, t.packId, t.packVersion),
    // INCLUDE (id, total, fatal, reviewed_at) in the migration (drizzle/0009_api_scale.sql): period aggregates
    // and the KPI's QA scores read the latest result from the index.
    uniqueIndex('results_latest_uq')
      .on(t.conversationId, t.conversationVersion)
      .where(sql`${t.isLatest}`),
    index('results_total_idx')
      .on(t.total)
      .where(sql`${t.isLatest}`),
    index('results_rule_ids_idx').using('gin', t.ruleIds),
    index('results_pack_idx').on(t.packId, t.packVersion),
    foreignKey({
      columns: [t.conversationId, t.conversationVersion],
      foreignColumns: [conversations.id, conversations.version],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.packId, t.packVersion], foreignColumns: [rulePacks.id, rulePacks.version] }),
  ],
);
