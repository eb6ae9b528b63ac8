// Shapes of the sampling, calibration, user, organisation, token and audit APIs as the settings screens read them
// (src/http/routes/sampling.ts, calibration.ts, users.ts, organisation.ts, agents.ts, tokens.ts, audit.ts).
import type { Conversation, Hit, ReviewTask } from './types.ts';

export type SamplingRule =
  | { kind: 'random'; percent: number }
  | { kind: 'per-agent'; perAgent: number }
  | {
      kind: 'targeted';
      fatal: boolean;
      agentHangup: boolean;
      anyHangup?: boolean;
      complaintRisk: boolean;
      rules: string[];
    };
export type PlanScope =
  { kind: 'all' } | { kind: 'team'; teamIds: string[] } | { kind: 'vendor'; vendorIds: string[] };
export type PeriodKind = 'day' | 'week' | 'month';
export const PERIOD_KINDS: readonly PeriodKind[] = ['day', 'week', 'month'];

export interface SamplingPlan {
  id: string;
  name: string;
  rule: SamplingRule;
  scope: PlanScope;
  period: PeriodKind;
  scheduled: boolean;
  seed: number;
  active: boolean;
  createdByUserId: string | null;
  createdAt: string;
  updatedAt: string;
}
export interface SamplingRun {
  id: number;
  planId: string;
  periodFrom: string;
  periodTo: string;
  ranAt: string;
  actorUserId: string | null;
  candidates: number;
  created: number;
}
export type SamplingTask = ReviewTask & { runId: number | null };

export interface CalibrationSession {
  id: number;
  name: string;
  status: 'open' | 'closed';
  createdByUserId: string;
  leadUserId: string | null;
  createdAt: string;
  closedAt: string | null;
}
export interface CalibrationScore {
  sessionId: number;
  userId: string;
  conversationId: string;
  hits: { hit: number; verdict: 'confirm' | 'reject'; reason: string }[];
  deductions: { item: string; occurrences: number; reason: string }[];
  total: number;
  submittedAt: string;
}
export interface ItemAgreement {
  key: string;
  units: number;
  observed: number | null;
  fleiss: number | null;
  cohen: number | null;
}
export interface InspectorAgreement {
  userId: string;
  conversations: number;
  withMajority: { units: number; agreement: number | null };
  withLead: { units: number; agreement: number | null; kappa: number | null } | null;
  meanScoreDeviation: number | null;
}
export interface CalibrationReport {
  raters: string[];
  overall: ItemAgreement;
  items: ItemAgreement[];
  inspectors: InspectorAgreement[];
}
export interface CalibrationDetail {
  session: CalibrationSession;
  participants: string[];
  conversations: {
    conversationId: string;
    conversationVersion: number;
    conversation: Conversation | null;
    hits: (Hit & { index: number })[];
  }[];
  scores: CalibrationScore[];
  report: CalibrationReport | null;
}

export const USER_ROLES = [
  'admin',
  'qa_lead',
  'qa_inspector',
  'team_leader',
  'agent',
  'vendor_manager',
  'complaint_desk',
  'back_office',
  'expert_seat',
] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface Account {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  agentId: string | null;
  teamId: string | null;
  vendorId: string | null;
  disabled: boolean;
  createdAt: string;
}

export interface OrgUnit {
  id: string;
  name: string;
  active: boolean;
  createdAt: string;
}
export type ClientUnit = OrgUnit;
export type VendorUnit = OrgUnit & { clientId: string };
export type TeamUnit = OrgUnit & { vendorId: string };
export interface AgentUnit {
  id: string;
  name: string;
  teamId: string;
  teamName: string;
  vendorId: string;
  hiredOn: string | null;
  active: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  userId: string;
  username: string;
  actions: string[] | null;
  state: 'active' | 'revoked' | 'expired';
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: { id: string; username: string | null; displayName: string | null } | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}
