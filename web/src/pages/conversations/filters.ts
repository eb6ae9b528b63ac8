// The conversation list's filters live in the URL (?from=2026-10-01&to=2026-10-07&agentId=…&page=2) so a
// filtered list can be bookmarked, shared and returned to with the back button. Without a period in the URL
// the screen shows the last 30 days (the server's default for its statistics too), so the cards, the charts
// and the list always describe the same conversations.
import { dayRangeToQuery } from '../../format/time.ts';

export interface ConversationFilters {
  /** Calendar days (YYYY-MM-DD) in the display zone, inclusive. */
  from: string;
  to: string;
  teamId?: string;
  agentId?: string;
  q?: string;
  /** Rule id hit in the latest result (the overview's top rules link here). */
  rule?: string;
  channel?: 'voice' | 'chat';
  reviewState?: ReviewState;
  /** Conversation id (its beginning; the whole id for roles that see numbers masked). */
  id?: string;
  /** Caller number (the whole number for roles that see numbers masked). */
  caller?: string;
  minScore?: number;
  maxScore?: number;
  page: number;
  pageSize: number;
}

export const REVIEW_STATES = ['unreviewed', 'in_review', 'reviewed', 'appealed', 'overturned'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PERIOD_DAYS = 30;
const DEFAULT_PAGE_SIZE = 20;
const YMD = /^\d{4}-\d{2}-\d{2}$/;

/** The default period: the last 30 days up to and including `today` (YYYY-MM-DD in the display zone). */
export function defaultPeriod(today: string): { from: string; to: string } {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - (DEFAULT_PERIOD_DAYS - 1));
  return { from: d.toISOString().slice(0, 10), to: today };
}

function num(v: string | null, min: number, max: number): number | undefined {
  if (v === null || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

export function parseFilters(params: URLSearchParams, today: string): ConversationFilters {
  const from = params.get('from');
  const to = params.get('to');
  const period =
    from && to && YMD.test(from) && YMD.test(to) && from <= to ? { from, to } : defaultPeriod(today);
  const pageSize = num(params.get('pageSize'), 1, 100);
  const f: ConversationFilters = {
    ...period,
    page: Math.floor(num(params.get('page'), 1, 1_000_000) ?? 1),
    pageSize: pageSize && (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
  const teamId = params.get('teamId');
  if (teamId) f.teamId = teamId;
  const agentId = params.get('agentId');
  if (agentId) f.agentId = agentId;
  const q = params.get('q')?.trim();
  if (q) f.q = q;
  const rule = params.get('rule')?.trim();
  if (rule) f.rule = rule;
  const channel = params.get('channel');
  if (channel === 'voice' || channel === 'chat') f.channel = channel;
  const reviewState = params.get('reviewState');
  if ((REVIEW_STATES as readonly (string | null)[]).includes(reviewState))
    f.reviewState = reviewState as ReviewState;
  const id = params.get('id')?.trim();
  if (id) f.id = id;
  const caller = params.get('caller')?.trim();
  if (caller) f.caller = caller;
  const minScore = num(params.get('minScore'), 0, 100);
  const maxScore = num(params.get('maxScore'), 0, 100);
  if (minScore !== undefined) f.minScore = minScore;
  if (maxScore !== undefined) f.maxScore = maxScore;
  return f;
}

export function filtersToParams(f: ConversationFilters): URLSearchParams {
  const p = new URLSearchParams();
  p.set('from', f.from);
  p.set('to', f.to);
  if (f.teamId) p.set('teamId', f.teamId);
  if (f.agentId) p.set('agentId', f.agentId);
  if (f.q) p.set('q', f.q);
  if (f.rule) p.set('rule', f.rule);
  if (f.channel) p.set('channel', f.channel);
  if (f.reviewState) p.set('reviewState', f.reviewState);
  if (f.id) p.set('id', f.id);
  if (f.caller) p.set('caller', f.caller);
  if (f.minScore !== undefined) p.set('minScore', String(f.minScore));
  if (f.maxScore !== undefined) p.set('maxScore', String(f.maxScore));
  if (f.page !== 1) p.set('page', String(f.page));
  if (f.pageSize !== DEFAULT_PAGE_SIZE) p.set('pageSize', String(f.pageSize));
  return p;
}

/** Query of GET /api/stats/overview: the list's filters without paging. */
export function statsQuery(f: ConversationFilters): Record<string, string | number | undefined> {
  return {
    ...dayRangeToQuery(f.from, f.to),
    teamId: f.teamId,
    agentId: f.agentId,
    q: f.q,
    rule: f.rule,
    channel: f.channel,
    reviewState: f.reviewState,
    id: f.id,
    caller: f.caller,
    minScore: f.minScore,
    maxScore: f.maxScore,
  };
}

/** Query of GET /api/conversations. */
export function listQuery(f: ConversationFilters): Record<string, string | number | undefined> {
  return { ...statsQuery(f), page: f.page, pageSize: f.pageSize };
}

/** Every day of the period, with the server's figures where it has them (days without calls show as 0). */
export function fillDays<D extends { date: string; count: number; avgScore: number | null }>(
  perDay: readonly D[],
  from: string,
  to: string,
): { date: string; count: number; avgScore: number | null }[] {
  const byDate = new Map(perDay.map((d) => [d.date, d]));
  const out: { date: string; count: number; avgScore: number | null }[] = [];
  const cursor = new Date(`${from}T00:00:00Z`);
  // bounded: a period is at most a few years of days, and a bad range yields nothing
  for (let i = 0; i < 3700; i++) {
    const date = cursor.toISOString().slice(0, 10);
    if (date > to) break;
    const d = byDate.get(date);
    out.push({ date, count: d?.count ?? 0, avgScore: d?.avgScore ?? null });
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return out;
}

/**
 * The list's keyset cursors, by query (without its page) and page: the server's `nextCursor` of each page shown.
 * Stepping to the next page asks with that cursor instead of the page number, so paging forward through a million
 * calls costs the same on page 500 as on page 2; a jump to a page not reached step by step uses the page number.
 */
export type PageCursors = Map<string, string>;

const MAX_REMEMBERED_CURSORS = 1000;

function cursorKey(q: Record<string, string | number | undefined>, page: number): string {
  const { page: _page, ...rest } = q;
  return `${JSON.stringify(rest)}#${page}`;
}

/** The query to send for `q`: with `after` when the previous page's cursor is known. */
export function pageRequest(
  q: Record<string, string | number | undefined>,
  cursors: PageCursors,
): Record<string, string | number | undefined> {
  const page = Number(q.page ?? 1);
  const after = page > 1 ? cursors.get(cursorKey(q, page - 1)) : undefined;
  return after === undefined ? q : { ...q, page: undefined, after };
}

/** Keep the cursor of the page `q` asked for (null: it was the last page). */
export function rememberCursor(
  cursors: PageCursors,
  q: Record<string, string | number | undefined>,
  next: string | null,
): void {
  if (next === null) return;
  if (cursors.size >= MAX_REMEMBERED_CURSORS) cursors.clear();
  cursors.set(cursorKey(q, Number(q.page ?? 1)), next);
}
