// Shapes of the HTTP API as the web UI reads them (the contract of issue 2's server).
import type { Conversation } from '../../../src/core/conversation/schema.ts';

export type { Conversation };
export type { Role as Speaker, Turn, ConversationEvent } from '../../../src/core/conversation/schema.ts';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: string;
}

export interface ApiErrorBody {
  error: { code: string; message: string };
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
  /** The scorecard item of seed 002's table this hit counts against. */
  item?: string;
  role?: string;
  /** For timing rules (silence, interruption, hang-up): where in the call and how long. */
  atMs?: number;
  durationMs?: number;
}

export interface CheckResult {
  packId: string;
  packVersion: string | number;
  scoredAt?: string;
  machineScore?: number;
  score: { total: number; categories: Partial<Record<ScoreCategory, number>> & Record<string, number> };
  fatal: boolean;
  hits: Hit[];
}

export interface ConversationDetail {
  conversation: Conversation;
  version: number;
  agentName: string | null;
  teamName: string | null;
  result: CheckResult | null;
}
