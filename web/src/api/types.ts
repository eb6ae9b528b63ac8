// Shapes of the HTTP API as the web UI reads them: taken from the types generated from the server's OpenAPI
// document (./generated/openapi.ts, via ./typed.ts), so they are the routes' zod schemas, never a hand-written copy.
import type { ResponseOf } from './typed.ts';
import type { paths } from './generated/openapi.ts';

/** The logged-in user as GET /api/auth/me declares it, with the policy actions the server says it may perform. */
export type User = ResponseOf<'/api/auth/me', 'get'>['user'];
/** A policy action (src/core/auth/policy.ts), as the API's contract lists them. */
export type Action = User['actions'][number];

/** The error answer every route declares (src/http/route-contract.ts). */
export type ApiErrorBody = NonNullable<
  paths['/api/auth/me']['get']['responses']['4XX']['content']['application/json']
>;

/** GET /api/conversations/{id}: the conversation (latest version) with its latest result. */
export type ConversationDetail = ResponseOf<'/api/conversations/{id}', 'get'>;
/** A conversation v1 as stored (defaults applied). */
export type Conversation = ConversationDetail['conversation'];
export type Turn = Conversation['turns'][number];
export type Speaker = Turn['role'];
export type ConversationEvent = NonNullable<Conversation['events']>[number];
/** The latest result of a conversation: score, signals and hits with evidence. */
export type CheckResult = NonNullable<ConversationDetail['result']>;
/** One hit: `text === turns[turn].text.slice(start, end)` (UTF-16 offsets). */
export type Hit = CheckResult['hits'][number];

export type ConversationRow = ResponseOf<'/api/conversations', 'get'>['items'][number];
/** The conversation list's answer: a page, with a total counted up to a cap (`totalExact`). */
export type ConversationList = ResponseOf<'/api/conversations', 'get'>;

/** A paged list answer; a client-side helper to type the list calls (not one answer of the API). */
export interface Page<T> {
  items: T[];
  total: number;
}

export type Agent = ResponseOf<'/api/agents', 'get'>['items'][number];

/** GET /api/stats/overview: same filters as the list (without paging); the server defaults to the last 30 days. */
export type OverviewStats = ResponseOf<'/api/stats/overview', 'get'>;

/** GET /api/dashboard/overview: same filters as /api/stats/overview. */
export type DashboardOverview = ResponseOf<'/api/dashboard/overview', 'get'>;
/** One vendor (the teams and agents add their vendor or team) in GET /api/dashboard/overview. */
export type GroupTotals = DashboardOverview['vendors'][number];

/** GET /api/rules/published. */
export type PublishedRules = ResponseOf<'/api/rules/published', 'get'>;
export type PackRule = PublishedRules['rules'][number];
export type ScorecardItem = PublishedRules['items'][number];

/** POST /api/check: a conversation checked with the published pack, nothing stored. */
export type LiveCheck = ResponseOf<'/api/check', 'post'>;

/** A row of the review task and review lists (GET /api/review/tasks, /api/reviews). */
export type ReviewTask = ResponseOf<'/api/review/tasks', 'get'>['items'][number];

/** GET /api/review/tasks/{id} and /api/reviews/{id}: everything needed to review (or read a review). */
export type ReviewTaskView = ResponseOf<'/api/review/tasks/{id}', 'get'>;
export type ScorePart = ReviewTaskView['score']['machine'];

export type Appeal = ResponseOf<'/api/appeals', 'get'>['items'][number];
export type AppealStatus = Appeal['status'];
