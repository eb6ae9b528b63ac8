// Shapes of the KPI, settlement, discipline, complaint and ingest APIs as the operations screens read them, taken
// from the generated OpenAPI types (./typed.ts) the routes' zod schemas produce. Money is integer fen.
import { everyOf, type BodyOf, type ResponseOf } from './typed.ts';

export type Vendor = ResponseOf<'/api/vendors', 'get'>['items'][number];
export type Team = ResponseOf<'/api/teams', 'get'>['items'][number];

/** GET /api/kpi: the month's KPI row per agent. */
export type KpiTable = ResponseOf<'/api/kpi', 'get'>;
export type KpiRow = KpiTable['rows'][number];
export type KpiItemKey = keyof KpiRow['items'];
export type KpiItem = KpiRow['items'][KpiItemKey];
/** GET /api/kpi/{agentId}: one agent's KPI with its inputs. */
export type KpiAgentDetail = ResponseOf<'/api/kpi/{agentId}', 'get'>;
export type KpiDaily = KpiAgentDetail['daily'][number];
export type StatsImportResult = ResponseOf<'/api/kpi/stats', 'post'>;

export type StatementSummary = ResponseOf<'/api/settlements', 'get'>['items'][number];
export type StatementState = StatementSummary['state'];
/** GET /api/settlements/{id}: the statement with names, adjusting entries, the inputs check and what the caller may do. */
export type StatementDetail = ResponseOf<'/api/settlements/{id}', 'get'>;
export type StatementLine = StatementDetail['statement']['lines'][number];
export type LineKind = StatementLine['kind'];
/** Every line kind, in the order a statement groups its lines (src/core/kpi/settlement.ts). */
export const LINE_KINDS = everyOf<LineKind>()([
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
]);
export type Adjustment = StatementDetail['adjustments'][number];
/** src/settlement/safety.ts: the statement against today's inputs. */
export type StatementSafety = StatementDetail['safety'];

export type Ledger = ResponseOf<'/api/discipline', 'get'>;
export type AgentLedger = Ledger['agents'][number];
export type Incident = ResponseOf<'/api/discipline/incidents', 'post'>;
export type IncidentReview = Incident['review'];

export type Complaint = ResponseOf<'/api/complaints/{id}', 'get'>;
export type ComplaintSeverity = Complaint['severity'];
export type ComplaintDecision = Complaint['decision'];

/** A saved import profile (GET /api/import-profiles). */
export type ImportProfile = ResponseOf<'/api/import-profiles', 'get'>['items'][number];
type ImportOptions = NonNullable<BodyOf<'/api/import-profiles', 'post'>['options']>;
export type ImportFormat = NonNullable<ImportOptions['format']>;
export type ImportEncoding = NonNullable<ImportOptions['encoding']>;
/** Every importer format, in the order the import screen lists them. */
export const IMPORT_FORMATS = everyOf<ImportFormat>()([
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
]);
/** The encodings the import screen offers to force (gb2312 is left out: gb18030 reads it). */
export const IMPORT_ENCODINGS = [
  'utf-8',
  'gbk',
  'gb18030',
  'big5',
  'utf-16le',
  'utf-16be',
] as const satisfies readonly ImportEncoding[];

export type IngestBatch = ResponseOf<'/api/ingest/{batchId}', 'get'>;
export type FieldError = IngestBatch['errors'][number];
