// The one place that turns a conversation filter into SQL, shared by the list, the count and the dashboard stats,
// so a scope (agent / team / vendor) can never be applied in one query and forgotten in another.
import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { maskPersonalNumbers } from '../../core/privacy/mask.ts';
import { conversations, results } from '../schema/index.ts';

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
}

/**
 * Folding applied to stored search text and to the query alike, in JS, so both databases compare the same strings
 * whatever their locale: NFKC (full-width ＡＢＣ１２３ → ABC123) then ASCII lower case.
 */
export function foldSearchText(s: string): string {
  return s.normalize('NFKC').replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** The search columns of a conversation row: folded text, and the same masked when masking changes it. */
export function searchColumns(conv: { turns: readonly { text: string }[] }): {
  searchText: string;
  searchTextMasked: string | null;
} {
  const searchText = foldSearchText(conv.turns.map((t) => t.text).join('\n'));
  return { searchText, searchTextMasked: maskedSearchText(searchText) };
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
  ];
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

function scopeList(
  column: typeof conversations.agentId | typeof conversations.teamId | typeof conversations.vendorId,
  ids: readonly string[] | undefined,
): SQL | undefined {
  if (ids === undefined) return undefined;
  if (ids.length === 0) return sql`false`;
  return inArray(column, [...ids]);
}
