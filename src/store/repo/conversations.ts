// Conversations repository: idempotent versioned upsert, scoped search, detail (docs/product.md "Conversation v1", "Lists").
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Conversation } from '../../core/conversation/schema.ts';
import { conversations, results } from '../schema/index.ts';
import type { Store } from '../store.ts';
import {
  conversationWhere,
  latestResultJoin,
  needsResult,
  reviewStateColumn,
  callerNumberOf,
  searchColumns,
  searchKeys,
} from './conversation-filter.ts';
import type { ConversationFilter, ReviewState } from './conversation-filter.ts';
import type { ResultRow } from './results.ts';

export type { ConversationFilter } from './conversation-filter.ts';
export type ConversationRow = typeof conversations.$inferSelect;

/** Where the conversation belongs, resolved from its agent at ingest (see getAgentScope). */
export interface ConversationScope {
  teamId: string | null;
  vendorId: string | null;
  ingestBatchId?: string | null;
}

export type UpsertOutcome =
  | { status: 'inserted'; id: string; version: 1 }
  | { status: 'updated'; id: string; version: number; previousVersion: number }
  | { status: 'unchanged'; id: string; version: number };

/**
 * Store one conversation. A replay of identical content changes nothing; changed content becomes version n + 1 and
 * the latest. Safe under concurrent workers: a transaction-scoped advisory lock on the id serialises writers.
 */
export async function upsertConversation(
  store: Store,
  conv: Conversation,
  scope: ConversationScope,
): Promise<UpsertOutcome> {
  const hash = contentHash(conv);
  return store.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${'conversation:' + conv.id}, 0))`);
    const [latest] = await tx
      .select({ version: conversations.version, contentHash: conversations.contentHash })
      .from(conversations)
      .where(and(eq(conversations.id, conv.id), eq(conversations.isLatest, true)));
    if (latest && latest.contentHash === hash)
      return { status: 'unchanged', id: conv.id, version: latest.version };
    const version = (latest?.version ?? 0) + 1;
    if (latest) {
      await tx
        .update(conversations)
        .set({ isLatest: false })
        .where(and(eq(conversations.id, conv.id), eq(conversations.version, latest.version)));
    }
    await tx.insert(conversations).values(conversationRow(conv, version, hash, scope));
    return latest
      ? { status: 'updated', id: conv.id, version, previousVersion: latest.version }
      : { status: 'inserted', id: conv.id, version: 1 };
  });
}

/** SHA-256 of the canonical JSON (keys sorted) of the parsed conversation. */
export function contentHash(conv: Conversation): string {
  return createHash('sha256').update(canonicalJson(conv)).digest('hex');
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The stored row of the latest version of a conversation (one upsert here, many in conversations-bulk.ts). */
export function conversationRow(
  conv: Conversation,
  version: number,
  hash: string,
  scope: ConversationScope,
): typeof conversations.$inferInsert {
  return {
    id: conv.id,
    version,
    isLatest: true,
    agentId: conv.agentId ?? null,
    teamId: scope.teamId,
    vendorId: scope.vendorId,
    channel: conv.channel,
    startedAt: conv.startedAt === undefined ? null : new Date(conv.startedAt),
    durationMs: durationMs(conv),
    turnCount: conv.turns.length,
    contentHash: hash,
    body: conv,
    ...searchColumns(conv),
    ingestBatchId: scope.ingestBatchId ?? null,
  };
}

/** The last moment the record knows of: last turn end, hold end, hang-up or transfer; null without times. */
export function durationMs(conv: Conversation): number | null {
  const times: number[] = [];
  for (const t of conv.turns) if (t.endMs !== undefined) times.push(t.endMs);
  for (const e of conv.events ?? []) {
    switch (e.type) {
      case 'hold':
        times.push(e.endMs);
        break;
      case 'hangup':
      case 'transfer':
        times.push(e.atMs);
        break;
    }
  }
  return times.length === 0 ? null : Math.max(...times);
}

/** What a list shows of the result: the score line, not the evidence. */
export interface ResultSummary {
  packId: string;
  packVersion: number;
  total: number;
  machineScore: number;
  fatal: boolean;
  ruleIds: string[];
  /** Number of hits (evidence spans), not of distinct rules. */
  hitCount: number;
  scoredAt: Date;
}

export type ConversationListItem = Omit<
  ConversationRow,
  'body' | 'searchText' | 'searchTextMasked' | 'searchKey' | 'searchKeyMasked' | 'contentHash' | 'isLatest'
> & {
  result: ResultSummary | null;
  reviewState: ReviewState;
};

/**
 * Where a page of the list starts, in the list's order (newest first, conversations without a start time last):
 * the rows started at or before `startedAt` (or, when null, the rows without a start time), less the first `skip`
 * of those started exactly then (already shown). A keyset costs the same however deep the page is; an offset makes
 * the database walk every row it skips. It names no conversation, so a cursor shown to a role that sees ids masked
 * gives nothing away; every stored time comes from a JavaScript Date, so millisecond equality is exact.
 */
export interface ListCursor {
  readonly startedAt: Date | null;
  readonly skip: number;
}

/** The cursor of the page after `page` (fetched from `after`), or null when `page` was the last (not full). */
export function nextListCursor(
  page: readonly { startedAt: Date | null }[],
  limit: number,
  after?: ListCursor,
): ListCursor | null {
  const last = page[page.length - 1];
  if (last === undefined || page.length < limit) return null;
  const t = last.startedAt?.getTime() ?? null;
  const same = (d: Date | null) => (d?.getTime() ?? null) === t;
  let skip = 0;
  for (let i = page.length - 1; i >= 0 && same(page[i]!.startedAt); i--) skip++;
  // The whole page started at the cursor's own time: the rows skipped before it are still to be skipped.
  if (skip === page.length && after !== undefined && same(after.startedAt)) skip += after.skip;
  return { startedAt: last.startedAt, skip };
}

export async function listConversations(
  store: Store,
  filter: ConversationFilter & { limit: number; offset: number; after?: ListCursor },
): Promise<ConversationListItem[]> {
  const { after } = filter;
  if (after === undefined) return listPage(store, filter, undefined, filter.offset, filter.limit);
  if (after.startedAt === null)
    return listPage(store, filter, isNull(conversations.startedAt), after.skip, filter.limit);
  // The rows started at or before the cursor, then (when that runs short) the ones without a start time: two
  // statements, because "≤ t or null" is no bound the list index (started_at desc nulls last, id) can start from,
  // while "≤ t" is, so the first statement reads only its page from the index wherever the cursor is.
  const timed = await listPage(
    store,
    filter,
    lte(conversations.startedAt, after.startedAt),
    after.skip,
    filter.limit,
  );
  if (timed.length === filter.limit) return timed;
  const untimed = await listPage(
    store,
    filter,
    isNull(conversations.startedAt),
    0,
    filter.limit - timed.length,
  );
  return [...timed, ...untimed];
}

async function listPage(
  store: Store,
  filter: ConversationFilter,
  keyset: SQL | undefined,
  offset: number,
  limit: number,
): Promise<ConversationListItem[]> {
  // The page's keys first, read in the list's index order with only the filter's columns; the page's rows, their
  // result and their review state (four subqueries per row) after, so a deep page does not compute them for every
  // row its offset skips (page 2,500 of a million calls took seconds).
  const keys = store.db.select({ id: conversations.id, version: conversations.version }).from(conversations);
  const page = (needsResult(filter) ? keys.leftJoin(results, latestResultJoin) : keys)
    .where(and(conversationWhere(filter), keyset))
    .orderBy(sql`${conversations.startedAt} desc nulls last`, asc(conversations.id))
    .limit(limit)
    .offset(offset)
    .as('page');
  const rows = await store.db
    .select({
      id: conversations.id,
      version: conversations.version,
      agentId: conversations.agentId,
      teamId: conversations.teamId,
      vendorId: conversations.vendorId,
      channel: conversations.channel,
      startedAt: conversations.startedAt,
      durationMs: conversations.durationMs,
      turnCount: conversations.turnCount,
      ingestBatchId: conversations.ingestBatchId,
      ingestedAt: conversations.ingestedAt,
      callerNumber: conversations.callerNumber,
      reviewState: reviewStateColumn,
      packId: results.packId,
      packVersion: results.packVersion,
      total: results.total,
      machineScore: results.machineScore,
      fatal: results.fatal,
      ruleIds: results.ruleIds,
      hitCount: sql<number | null>`jsonb_array_length(${results.hits})`,
      scoredAt: results.scoredAt,
    })
    .from(page)
    .innerJoin(conversations, and(eq(conversations.id, page.id), eq(conversations.version, page.version)))
    .leftJoin(results, latestResultJoin)
    .orderBy(sql`${conversations.startedAt} desc nulls last`, asc(conversations.id));
  return rows.map(
    ({ packId, packVersion, total, machineScore, fatal, ruleIds, hitCount, scoredAt, ...c }) => ({
      ...c,
      result:
        packId === null ||
        packVersion === null ||
        total === null ||
        machineScore === null ||
        fatal === null ||
        ruleIds === null ||
        hitCount === null ||
        scoredAt === null
          ? null
          : { packId, packVersion, total, machineScore, fatal, ruleIds, hitCount, scoredAt },
    }),
  );
}

export async function countConversations(store: Store, filter: ConversationFilter = {}): Promise<number> {
  const q = store.db.select({ n: sql<number>`count(*)::int` }).from(conversations);
  const joined = needsResult(filter) ? q.leftJoin(results, latestResultJoin) : q;
  const [row] = await joined.where(conversationWhere(filter));
  return row?.n ?? 0;
}

/**
 * The count of a list, exact up to `cap` (then `exact` is false and `n` is the cap): the scan stops at the cap, so
 * the count of a million calls, or of a common search word among them, costs what the cap costs.
 */
export async function countConversationsUpTo(
  store: Store,
  filter: ConversationFilter,
  cap: number,
): Promise<{ n: number; exact: boolean }> {
  const q = store.db.select({ one: sql`1` }).from(conversations);
  const matching = (needsResult(filter) ? q.leftJoin(results, latestResultJoin) : q)
    .where(conversationWhere(filter))
    .limit(cap + 1)
    .as('matching');
  const [row] = await store.db.select({ n: sql<number>`count(*)::int` }).from(matching);
  const n = row?.n ?? 0;
  return n > cap ? { n: cap, exact: false } : { n, exact: true };
}

export interface ConversationDetail {
  conversation: ConversationRow;
  /** The result shown for this version (hits with evidence, categories), or null before scoring. */
  result: ResultRow | null;
}

/** The latest version (or the given one) of a conversation, with its latest result. */
export async function getConversation(
  store: Store,
  id: string,
  version?: number,
): Promise<ConversationDetail | undefined> {
  const [row] = await store.db
    .select({ conversation: conversations, result: results })
    .from(conversations)
    .leftJoin(results, latestResultJoin)
    .where(
      and(
        eq(conversations.id, id),
        version === undefined ? eq(conversations.isLatest, true) : eq(conversations.version, version),
      ),
    );
  return row;
}

/** Every stored version of a conversation, newest first (without bodies). */
export function listConversationVersions(
  store: Store,
  id: string,
): Promise<{ version: number; isLatest: boolean; contentHash: string; ingestedAt: Date }[]> {
  return store.db
    .select({
      version: conversations.version,
      isLatest: conversations.isLatest,
      contentHash: conversations.contentHash,
      ingestedAt: conversations.ingestedAt,
    })
    .from(conversations)
    .where(eq(conversations.id, id))
    .orderBy(desc(conversations.version));
}

/**
 * Latest conversations whose id has the shape of `masked` (the masked form keeps the id's length, and only digits
 * become `*`): the candidates src/auth/masked-ids.ts narrows to the caller's scope and to the exact masked form.
 */
export async function conversationsLikeMaskedId(
  store: Store,
  masked: string,
  limit: number,
): Promise<{ id: string; agentId: string | null; teamId: string | null; vendorId: string | null }[]> {
  const pattern = masked.replace(/[\\%_]/g, (c) => `\\${c}`).replace(/\*/g, '_');
  return store.db
    .select({
      id: conversations.id,
      agentId: conversations.agentId,
      teamId: conversations.teamId,
      vendorId: conversations.vendorId,
    })
    .from(conversations)
    .where(and(eq(conversations.isLatest, true), sql`${conversations.id} like ${pattern}`))
    .limit(limit);
}

/**
 * Fill the search keys and caller number of rows stored before they existed, a slice at a time (run at start-up;
 * idempotent). Returns the number of rows filled.
 */
export async function backfillSearchKeys(store: Store, slice = 500): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await store.db
      .select({
        id: conversations.id,
        version: conversations.version,
        searchText: conversations.searchText,
        searchTextMasked: conversations.searchTextMasked,
        meta: sql<Record<string, unknown> | null>`${conversations.body}->'meta'`,
      })
      .from(conversations)
      .where(isNull(conversations.searchKey))
      .limit(slice);
    if (rows.length === 0) return filled;
    await store.db.transaction(async (tx) => {
      for (const r of rows) {
        await tx
          .update(conversations)
          .set({
            ...searchKeys(r.searchText, r.searchTextMasked),
            callerNumber: callerNumberOf(r.meta ?? undefined),
          })
          .where(and(eq(conversations.id, r.id), eq(conversations.version, r.version)));
      }
    });
    filled += rows.length;
  }
}
