// Shapes of the sampling, calibration, user, organisation, token and audit APIs as the settings screens read them,
// taken from the generated OpenAPI types (src/http/routes/sampling.ts, calibration.ts, users.ts, organisation.ts,
// agents.ts, tokens.ts, audit.ts declare them).
import { everyOf, type ResponseOf } from './typed.ts';

export type SamplingPlan = ResponseOf<'/api/sampling-plans', 'get'>['items'][number];
export type SamplingRule = SamplingPlan['rule'];
export type PlanScope = SamplingPlan['scope'];
export type PeriodKind = SamplingPlan['period'];
export const PERIOD_KINDS = everyOf<PeriodKind>()(['day', 'week', 'month']);
export type SamplingRun = ResponseOf<'/api/sampling-plans/{id}', 'get'>['runs'][number];
/** A review task a sampling run created. */
export type SamplingTask = ResponseOf<'/api/sampling-plans/{id}/run', 'post'>['tasks'][number];

export type CalibrationDetail = ResponseOf<'/api/calibration-sessions/{id}', 'get'>;
export type CalibrationSession = CalibrationDetail['session'];
export type CalibrationScore = CalibrationDetail['scores'][number];
export type CalibrationReport = ResponseOf<'/api/calibration-sessions/{id}/report', 'get'>;
export type ItemAgreement = CalibrationReport['items'][number];
export type InspectorAgreement = CalibrationReport['inspectors'][number];

export type Account = ResponseOf<'/api/users', 'get'>['items'][number];
export type UserRole = Account['role'];
/** Every role, in the order the role menus list them (the server's USER_ROLES, src/core/auth/roles.ts). */
export const USER_ROLES = everyOf<UserRole>()([
  'admin',
  'qa_lead',
  'qa_inspector',
  'team_leader',
  'agent',
  'vendor_manager',
  'complaint_desk',
  'back_office',
  'expert_seat',
]);

export type ClientUnit = ResponseOf<'/api/clients', 'get'>['items'][number];
export type VendorUnit = ResponseOf<'/api/vendors', 'get'>['items'][number];
export type TeamUnit = ResponseOf<'/api/teams', 'get'>['items'][number];
export type AgentUnit = ResponseOf<'/api/agents', 'get'>['items'][number];

export type ApiToken = ResponseOf<'/api/tokens', 'get'>['items'][number];

export type AuditEntry = ResponseOf<'/api/audit', 'get'>['items'][number];
