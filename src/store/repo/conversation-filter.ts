// The one place that turns a conversation filter into SQL, shared by the list, the count and the dashboard stats,
// so a scope (agent / team / vendor) can never be applied in one query and forgotten in another.
import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { anyOf } from '../any-of.ts';
import { maskPersonalNumbers } from '../../core/privacy/mask.ts';
import { normalizePhrase } from '../../core/text/index.ts';
import { normaliseNumber } from '../../core/telephony/number.ts';
import { appeals, conversations, results, reviewTasks } from '../schema/index.ts';

/**
 * Where a conversation stands in the review loop (docs/product.md "Review, appeals, sampling and calibration"), most advanced state first: an upheld
 * appeal overturned the review, an open one is pending, a finalized task is reviewed, an open task is in review.
 */
export const REVIEW_STATES = ['unreviewed', 'in_review', 'reviewed', 'appealed', 'overturned'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface ConversationFilter {
  /** Scope lists: undefined = no restriction, [] = nothing (an empty scope must never mean "everything"). */
  agentIds?: readonly string[];
  teamIds?: readonly string[];
  vendorIds?: readonly string[];
  /** started_at ≥ from (inclusive) and < to (exclusive). Conversations without a start time match no range. */
  from?: Date;
  to?: Date;
  channel?: 'voice' | 'chat';
  /** Substring of the turns' text; case-insensitive for Latin letters, full-width and half-width alike. */
  text?: string;
  /** Search the text as the caller sees it, personal numbers masked (roles that do not see personal numbers). */
  textMasked?: boolean;
  /** Bounds on the total of the latest result (inclusive); conversations not yet scored never match. */
  minScore?: number;
  maxScore?: number;
  /** Rule id hit in the latest result. */
  rule?: string;
  /** Tolerant text search (see searchKey): traditional/simplified, full/half width, spacing and punctuation alike. */
  fuzzy?: string;
  /** Conversation id, exact or (prefix) when `idPrefix`. */
  id?: string;
  idPrefix?: boolean;
  /** Caller number (normalised like the telephony module's); `callerExact` = whole number only (masked roles). */
  caller?: string;
  callerExact?: boolean;
  reviewState?: ReviewState;
}

/** Stands for a masked digit in the masked search key: `*` is punctuation, which the key drops. */
const MASKED_UNIT = '\ue000';

/**
 * The tolerant search key of a text: the matcher's own folding (src/core/text/fold.ts: traditional → simplified
 * with the generated opencc tables, full-width → half-width, lower case, punctuation and whitespace removed), so
 * `不 歸 我 管` finds `不归我管` as a rule phrase would.
 */
export function searchKey(s: string): string {
  return normalizePhrase(s);
}

/** The key of the masked text: masked digits become {@link MASKED_UNIT} so they stay in place and match nothing. */
function maskedKey(masked: string): string {
  return normalizePhrase(masked.replaceAll('*', MASKED_UNIT));
}

/**
 * Folding applied to stored search text and to the query alike, in JS, so both databases compare the same strings
 * whatever their locale: NFKC (full-width ＡＢＣ１２３ → ABC123) then ASCII lower case.
 */
export function foldSearchText(s: string): string {
  return s.normalize('NFKC').replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** The search columns of a conversation row: folded text, and the same masked when masking changes it. */
export function searchColumns(conv: {
  turns: readonly { text: string }[];
  meta?: Record<string, unknown> | undefined;
}): {
  searchText: string;
  searchTextMasked: string | null;
  searchKey: string;
  searchKeyMasked: string | null;
  callerNumber: string | null;
} {
  const searchText = foldSearchText(conv.turns.map((t) => t.text).join('\n'));
  const searchTextMasked = maskedSearchText(searchText);
  return {
    searchText,
    searchTextMasked,
    ...searchKeys(searchText, searchTextMasked),
    callerNumber: callerNumberOf(conv.meta),
  };
}

/** The tolerant keys of a folded search text (also the backfill of rows stored before the keys existed). */
export function searchKeys(
  searchText: string,
  searchTextMasked: string | null,
): { searchKey: string; searchKeyMasked: string | null } {
  const key = searchKey(searchText);
  const masked = maskedKey(searchTextMasked ?? maskPersonalNumbers(searchText));
  return { searchKey: key, searchKeyMasked: masked === key ? null : masked };
}

/** The customer's number of a conversation's meta, where importers and switches put it (src/importers/cdr.ts). */
export function callerNumberOf(meta: Record<string, unknown> | undefined): string | null {
  if (!meta) return null;
  for (const k of ['callerNumber', 'customerNumber', 'number']) {
    const v = meta[k];
    if (typeof v === 'string' || typeof v === 'number') {
      const n = normaliseNumber(String(v));
      if (n) return n;
    }
  }
  return null;
}

/** The masked search text of a folded one, or null when masking changes nothing (see searchTextMasked). */
export function maskedSearchText(folded: string): string | null {
  const masked = maskPersonalNumbers(folded);
  return masked === folded ? null : masked;
}

/** True when the filter needs the latest result joined. */
export function needsResult(f: ConversationFilter): boolean {
  return f.minScore !== undefined || f.maxScore !== undefined || f.rule !== undefined;
}

/** The join condition of a conversation version with the result shown for it. */
export const latestResultJoin = and(
  eq(results.conversationId, conversations.id),
  eq(results.conversationVersion, conversations.version),
  eq(results.isLatest, true),
);

export function conversationWhere(f: ConversationFilter): SQL | undefined {
  const conds: (SQL | undefined)[] = [
    eq(conversations.isLatest, true),
    scopeList(conversations.agentId, f.agentIds),
    scopeList(conversations.teamId, f.teamIds),
    scopeList(conversations.vendorId, f.vendorIds),
    f.from && gte(conversations.startedAt, f.from),
    f.to && lt(conversations.startedAt, f.to),
    f.channel && eq(conversations.channel, f.channel),
    f.minScore === undefined ? undefined : gte(results.total, f.minScore),
    f.maxScore === undefined ? undefined : sql`${results.total} <= ${f.maxScore}`,
    f.rule === undefined ? undefined : sql`${results.ruleIds} @> ARRAY[${f.rule}]::text[]`,
    f.id === undefined || f.id === ''
      ? undefined
      : f.idPrefix === true
        ? sql`starts_with(${conversations.id}, ${f.id})`
        : eq(conversations.id, f.id),
    callerCondition(f),
    f.reviewState === undefined ? undefined : reviewStateCondition(f.reviewState),
  ];
  if (f.fuzzy !== undefined && f.fuzzy !== '') conds.push(fuzzyCondition(f.fuzzy, f.textMasked === true));
  // strpos has no wildcard characters, so '%' and '_' in the query are literal without any escaping.
  if (f.text !== undefined && f.text !== '') {
    const q = foldSearchText(f.text);
    // Masking only turns digits into '*': a query with neither matches the masked text exactly where it matches
    // the plain text, so only queries with a digit or '*' need the masked column (and cannot act as an oracle).
    const masked = f.textMasked === true && /[0-9*]/.test(q);
    conds.push(
      masked
        ? sql`strpos(coalesce(${conversations.searchTextMasked}, case when ${conversations.searchText} ~ '[0-9]' then regexp_replace(${conversations.searchText}, '[0-9]', '*', 'g') else ${conversations.searchText} end), ${q}) > 0`
        : sql`strpos(${conversations.searchText}, ${q}) > 0`,
    );
  }
  return and(...conds);
}

/** A scope list as a condition on `column`: undefined = none, [] = nothing (never "everything"). */
export function scopeList(column: AnyPgColumn, ids: readonly string[] | undefined): SQL | undefined {
  if (ids === undefined) return undefined;
  if (ids.length === 0) return sql`false`;
  return anyOf(column, ids);
}

function callerCondition(f: ConversationFilter): SQL | undefined {
  if (f.caller === undefined || f.caller === '') return undefined;
  const n = normaliseNumber(f.caller);
  // A role that sees masked numbers may look a caller up by the whole number (they were told it), never by a
  // part: a substring search would let them rebuild a masked number digit by digit.
  if (f.callerExact === true) return n === null ? sql`false` : eq(conversations.callerNumber, n);
  const digits = f.caller.replace(/[^0-9]/g, '');
  if (digits === '') return sql`false`;
  return sql`strpos(${conversations.callerNumber}, ${digits}) > 0`;
}

function fuzzyCondition(query: string, masked: boolean): SQL {
  const q = searchKey(foldSearchText(query));
  if (q === '') return sql`true`;
  // Rows stored before the keys existed (until the start-up backfill reached them) are searched literally.
  const literal = foldSearchText(query);
  if (masked && /[0-9*\ue000]/.test(q + literal)) {
    const mq = maskedKey(query.normalize('NFKC'));
    return sql`(case when ${conversations.searchKey} is null then strpos(coalesce(${conversations.searchTextMasked}, regexp_replace(${conversations.searchText}, '[0-9]', '*', 'g')), ${literal}) > 0 else strpos(coalesce(${conversations.searchKeyMasked}, ${conversations.searchKey}), ${mq}) > 0 end)`;
  }
  // Three characters or more: LIKE, which the trigram index (drizzle/0009_api_scale.sql) answers. Shorter
  // queries have no trigram, so the index could not narrow them; strpos reads the same rows. The two arms are
  // an OR rather than a CASE so each can be an index scan (conversations_unkeyed_idx for the second).
  const keyed =
    [...q].length >= 3
      ? sql`${conversations.searchKey} like ${`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`
      : sql`strpos(${conversations.searchKey}, ${q}) > 0`;
  return sql`(${keyed} or (${conversations.searchKey} is null and strpos(${conversations.searchText}, ${literal}) > 0))`;
}

function reviewStateCondition(state: ReviewState): SQL {
  const task = (status?: 'open' | 'finalized') =>
    sql`exists (select 1 from ${reviewTasks} where ${reviewTasks.conversationId} = ${conversations.id}${status ? sql` and ${reviewTasks.status} = ${status}` : sql``})`;
  const appeal = (statuses: readonly string[]) =>
    sql`exists (select 1 from ${appeals} join ${reviewTasks} on ${reviewTasks.id} = ${appeals.taskId} where ${reviewTasks.conversationId} = ${conversations.id} and ${inArray(appeals.status, [...statuses] as ('open' | 'upheld' | 'rejected')[])})`;
  switch (state) {
    case 'unreviewed':
      return sql`not ${task()}`;
    case 'in_review':
      return sql`${task('open')} and not ${task('finalized')}`;
    case 'reviewed':
      return sql`${task('finalized')} and not ${appeal(['open', 'upheld'])}`;
    case 'appealed':
      return sql`${appeal(['open'])} and not ${appeal(['upheld'])}`;
    case 'overturned':
      return appeal(['upheld']);
  }
}

/** The review state of a listed conversation, computed with the same precedence as {@link reviewStateCondition}. */
export const reviewStateColumn = sql<ReviewState>`case
  when exists (select 1 from appeals a join review_tasks t on t.id = a.task_id where t.conversation_id = ${conversations.id} and a.status = 'upheld') then 'overturned'
  when exists (select 1 from appeals a join review_tasks t on t.id = a.task_id where t.conversation_id = ${conversations.id} and a.status = 'open') then 'appealed'
  when exists (select 1 from review_tasks t where t.conversation_id = ${conversations.id} and t.status = 'finalized') then 'reviewed'
  when exists (select 1 from review_tasks t where t.conversation_id = ${conversations.id}) then 'in_review'
  else 'unreviewed' end`;
