// Shapes of the KPI, settlement, discipline, complaint and ingest APIs as the operations screens read them
// (src/http/routes/*). Money is integer fen. Where a route declares its response schema the type is taken from the
// generated OpenAPI types (./typed.ts) instead of being written here; the rest still mirror untyped presenters.
import type { ResponseOf } from './typed.ts';

export interface Vendor {
  id: string;
  name: string;
  active: boolean;
  clientId: string;
}
export interface Team {
  id: string;
  name: string;
  active: boolean;
  vendorId: string;
}

export interface KpiItem {
  kind: 'measured' | 'no-data';
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  points: number;
  clamped: 'floor' | 'cap' | null;
  /** Without data: what the policy scored instead; null when measured. */
  noDataRule: 'base' | 'zero' | null;
}
export type KpiItemKey = 'answerRate' | 'satisfaction' | 'qa';
export interface KpiRow {
  agentId: string;
  agentName: string;
  teamId: string;
  vendorId: string;
  policyVersion: string;
  answerRate: number | null;
  satisfaction: number | null;
  qaScore: number | null;
  points: { answerRate: number; satisfaction: number; qa: number; total: number };
  bonusFen: number;
  deductionFen: number;
  outcome: 'bonus' | 'deduction' | 'on-target';
  outcomePercent: number | null;
  monthlyFeeFen: number;
  items: Record<KpiItemKey, KpiItem>;
  inputs: {
    days: number;
    offered: number;
    answered: number;
    answeredWithin20s: number;
    abandonedInQueue: number;
    rated: number;
    satisfied: number;
    ratingAbandoned: number;
    qaCount: number;
  };
}
export interface KpiTable {
  month: string;
  timeZone: string;
  rows: KpiRow[];
}
export interface KpiDaily {
  date: string;
  source: string;
  offered: number;
  answered: number;
  answeredWithin20s: number;
  abandonedInQueue: number;
  rated: number;
  satisfied: number;
  ratingAbandoned: number;
  counted: boolean;
}
export interface KpiAgentDetail {
  month: string;
  timeZone: string;
  kpi: KpiRow | null;
  daily: KpiDaily[];
  qaScores: {
    agentId: string;
    conversationId: string;
    startedAt: string;
    total: number;
    reviewed: boolean;
  }[];
  complaints: {
    id: string;
    receivedOn: string;
    severity: ComplaintSeverity;
    decision: ComplaintDecision;
    conversationId: string | null;
    description: string;
  }[];
  incidents: { id: string; occurredOn: string; review: IncidentReview; description: string }[];
}
export interface FieldError {
  line: number;
  field: string;
  message: string;
  file?: string;
}
export interface StatsImportResult {
  importId: string;
  source: string;
  format: string;
  rowsAccepted: number;
  agentDays: number;
  months: string[];
  errors: FieldError[];
  skipped: { line: number; reason: string }[];
}

export type StatementState = 'draft' | 'confirmed' | 'approved';
export const LINE_KINDS = [
  'base-fee',
  'kpi-bonus',
  'kpi-deduction',
  'complaint',
  'late-callback',
  'late-report',
  'actual-loss',
  'discipline-fine',
  'adjustment',
  'idea-reward',
] as const;
export type LineKind = (typeof LINE_KINDS)[number];
export type StatementSummary = ResponseOf<'/api/settlements', 'get'>['items'][number];
export interface StatementLine {
  kind: LineKind;
  agentId?: string | null;
  /** The day and the record (complaint, callback, incident…) the line comes from, when it has them. */
  date?: string;
  reference?: string;
  amountFen: number;
  description: string;
}
export interface Adjustment {
  id: string;
  corrects: string | null;
  description: string;
  amountFen: number;
  settledInStatementId: string | null;
  createdBy: string;
  createdAt: string;
}
export interface StatementDetail {
  id: string;
  vendorId: string;
  vendorName: string;
  month: string;
  state: StatementState;
  policyVersion: string;
  asOf: string;
  builtAt: string;
  confirmedBy: string | null;
  confirmedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  statement: { lines: StatementLine[]; totals: Partial<Record<LineKind | 'netFen', number>> };
  agentNames: Record<string, string>;
  netFen: number;
  adjustmentsFen: number;
  problems: unknown[];
  adjustments: Adjustment[];
  safety: StatementSafety;
  /** What the caller may do with the statement now (the server decides; src/http/routes/settlement.ts). */
  permittedActions: ('rebuild' | 'acknowledge' | 'confirm' | 'approve' | 'reopen' | 'adjust')[];
}

interface InputsAcknowledgement {
  fingerprint: string;
  userId: string;
  at: string;
  note: string;
}

/** src/settlement/safety.ts: the statement against today's inputs. */
export interface StatementSafety {
  checked: boolean;
  inputsChanged: boolean;
  diff: {
    changed: boolean;
    policyVersion: { before: string; after: string };
    lines: {
      key: string;
      kind: LineKind;
      agentId: string | null;
      description: string;
      beforeFen: number | null;
      afterFen: number | null;
    }[];
    netBeforeFen: number;
    netAfterFen: number;
  } | null;
  missingKpiData: {
    agentId: string;
    item: 'answerRate' | 'satisfaction' | 'qa';
    rule: 'base' | 'zero';
    points: number;
    needsAcknowledgement: boolean;
  }[];
  fingerprint: string;
  attentionNeeded: boolean;
  acknowledgements: {
    'vendor-manager': InputsAcknowledgement | null;
    client: InputsAcknowledgement | null;
  };
}

export type IncidentReview = 'pending' | 'confirmed' | 'rejected';
export type Incident = ResponseOf<'/api/discipline/incidents', 'post'>;
export type Confirmer = 'supervisor' | 'client';
export type AgentLedger = Ledger['agents'][number];
export type Ledger = ResponseOf<'/api/discipline', 'get'>;

export type ComplaintSeverity = 'minor' | 'general' | 'severe';
export type ComplaintDecision = 'pending' | 'responsible' | 'not_responsible';
export type Complaint = ResponseOf<'/api/complaints/{id}', 'get'>;

export const IMPORT_FORMATS = [
  'json',
  'jsonl',
  'csv',
  'xlsx',
  'xls',
  'aliyun',
  'tencent',
  'iflytek',
  'huawei',
  'volcengine',
  'srt',
  'vtt',
  'chat-tsv',
] as const;
export const IMPORT_ENCODINGS = ['utf-8', 'gbk', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;
/** A saved import profile (GET /api/import-profiles). */
export interface ImportProfile {
  id: string;
  name: string;
  description: string | null;
  options: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}
export interface IngestBatch {
  batchId: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  source: string;
  createdAt: string;
  finishedAt: string | null;
  total: number;
  accepted: number;
  rejected: number;
  /** Conversations stored (new + new versions), duplicates skipped: never added to rejected records. */
  stored: number;
  duplicates: number;
  pending: number;
  inserted: number;
  updated: number;
  unchanged: number;
  errors: FieldError[];
  warnings: FieldError[];
  errorCount: number;
  warningCount: number;
}
