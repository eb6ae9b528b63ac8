// Shapes of the HTTP API as the web UI reads them (the server's contract).
import type { ResponseOf } from './typed.ts';
import type { Conversation } from '../../../src/core/conversation/schema.ts';

export type { Conversation };
export type { Role as Speaker, Turn, ConversationEvent } from '../../../src/core/conversation/schema.ts';

/** The logged-in user as GET /api/auth/me declares it, with the policy actions the server says it may perform. */
export type User = ResponseOf<'/api/auth/me', 'get'>['user'];
/** A policy action (src/core/auth/policy.ts), as the API's contract lists them. */
export type Action = User['actions'][number];

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export interface ConversationRow {
  id: string;
  version: number;
  channel: 'voice' | 'chat';
  agentId: string | null;
  agentName: string | null;
  teamId?: string | null;
  teamName: string | null;
  startedAt: string | null;
  durationMs: number | null;
  turnCount: number;
  score: number | null;
  fatal: boolean | null;
  hitCount: number | null;
  /** Ids of the rules hit (for filters and tags). */
  rules?: string[] | null;
  reviewState?: 'unreviewed' | 'in_review' | 'reviewed' | 'appealed' | 'overturned';
  callerNumber?: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Agent {
  id: string;
  name: string;
  teamId: string | null;
  teamName: string | null;
}

/** GET /api/stats/overview: same filters as the list (without paging); the server defaults to the last 30 days. */
export interface OverviewStats {
  from: string;
  to: string;
  timeZone: string;
  total: number;
  scored: number;
  avgScore: number | null;
  /** Conversations with a fatal error. */
  fatal: number;
  perDay: { date: string; count: number; avgScore: number | null }[];
  scoreBuckets: { from: number; to: number; count: number }[];
}

export type ScoreCategory = 'professional' | 'attitude' | 'language';

export interface Hit {
  rule: string;
  /** One of ScoreCategory for the default pack; packs may define more. */
  category: string;
  /** 0-based index into conversation.turns; start/end are UTF-16 offsets into that turn's text. */
  turn: number;
  start: number;
  end: number;
  text: string;
  deduction: number;
  suggestion?: string;
  message?: string;
  /** Stable id of an operator's message and the values in it (docs/rules.md "Operators"). */
  messageId?: string;
  messageValues?: Record<string, string>;
  /** The scorecard item of seed 002's table this hit counts against. */
  item?: string;
  role?: string;
  /** For timing rules (silence, interruption, hang-up): where in the call and how long. */
  atMs?: number;
  durationMs?: number;
  /** Found but not deducted: shown for review (`review` says why, e.g. uncertain speech recognition). */
  suggested?: boolean;
  review?: 'low-asr-confidence';
  /** A learned model's confidence, 0 … 1 (lists and patterns give none). */
  confidence?: number;
}

export interface CheckResult {
  packId: string;
  packVersion: string | number;
  scoredAt?: string;
  machineScore?: number;
  score: { total: number; categories: Partial<Record<ScoreCategory, number>> & Record<string, number> };
  fatal: boolean;
  /** Predicted customer satisfaction, −2 … 2 (null for results saved before it existed). */
  signals?: { satisfaction: number | null };
  hits: Hit[];
}

export interface ConversationDetail {
  conversation: Conversation;
  version: number;
  agentName: string | null;
  teamName: string | null;
  result: CheckResult | null;
}

/** One team, vendor or agent in GET /api/dashboard/overview. */
export interface GroupTotals {
  id: string | null;
  name: string | null;
  total: number;
  scored: number;
  avgScore: number | null;
  fatal: number;
}

/** GET /api/dashboard/overview: same filters as /api/stats/overview. */
export interface DashboardOverview {
  from: string;
  to: string;
  /** Conversations of the filters: the base of hits per 100 calls. */
  calls: number;
  topRules: {
    rule: string;
    name: string | null;
    category: string | null;
    hits: number;
    conversations: number;
    deduction: number;
  }[];
  teams: (GroupTotals & { vendorId: string | null })[];
  vendors: GroupTotals[];
  agents: (GroupTotals & { teamId: string | null })[];
}

export interface PackRule {
  id: string;
  name: string;
  description: string;
  category: string;
  item: string | null;
  deduction: number;
  count: 'each' | 'once';
  flag: boolean;
  channels: ('voice' | 'chat')[] | null;
  seed: string;
  suggestion: string | null;
  operators: string[];
}

export interface ScorecardItem {
  id: string;
  name: string;
  category: string;
  deduction: number;
  judged: 'machine' | 'manual';
  fatal: boolean;
  seed: string;
}

/** GET /api/rules/published. */
export interface PublishedRules {
  pack: { id: string; version: string; description: string };
  categories: { id: string; name: string; max: number }[];
  items: ScorecardItem[];
  rules: PackRule[];
}

/** POST /api/check: a conversation checked with the published pack, nothing stored. */
export interface LiveCheck {
  id: string;
  pack: { id: string; version: string };
  score: { total: number; categories: Record<string, number> };
  fatal: boolean;
  machine: { total: number; categories: Record<string, number>; fatal: boolean };
  hits: Hit[];
  pending: string[];
  notApplicable: string[];
}

/** A review task (GET /api/review/tasks, /api/reviews). */
export interface ReviewTask {
  id: number;
  planId: string | null;
  conversationId: string;
  conversationVersion: number;
  agentId: string | null;
  teamId: string | null;
  inspectorUserId: string;
  reasons: string[];
  status: 'open' | 'finalized';
  machineTotal: number;
  finalTotal: number | null;
  finalFatal: boolean | null;
  createdAt: string;
  finalizedAt: string | null;
  appealDeadline: string | null;
  /** The inspector's comment to the agent, given at finalization. */
  comment?: string | null;
  startedAt?: string | null;
  channel?: 'voice' | 'chat';
}

export type AppealStatus = 'open' | 'upheld' | 'rejected';

export interface Appeal {
  id: number;
  taskId: number;
  conversationId?: string;
  target: { kind: 'hit'; hit: number | null } | { kind: 'item'; item: string | null };
  rule: string | null;
  item: string | null;
  agentId: string | null;
  teamId: string | null;
  reason: string;
  filedAt: string;
  status: AppealStatus;
  decidedAt: string | null;
  decisionReason: string | null;
  totalBefore: number | null;
  totalAfter: number | null;
}

export interface ScorePart {
  total: number;
  categories: Record<string, number>;
  fatal: boolean;
}

/** GET /api/review/tasks/:id and /api/reviews/:id: everything needed to review (or read a review). */
export interface ReviewTaskView {
  task: ReviewTask;
  conversation: Conversation | null;
  hits: (Hit & { index: number; ruleName: string | null })[];
  judgements: {
    hit: number;
    rule: string;
    verdict: 'confirm' | 'reject';
    reason: string;
    judgedAt: string;
  }[];
  deductions: { item: string; occurrences: number; reason: string }[];
  manualItems: { id: string; name: string; category: string; deduction: number; fatal: boolean }[];
  pendingHits: number[];
  score: { machine: ScorePart; final: ScorePart };
  appeals: Appeal[];
  /** What the caller may do here, as the server decides it: work the open task; go on to their next task. */
  actions: { work: boolean; next: boolean };
}
