// KPI, settlement and discipline maths of seeds 002 and 000: pure functions over plain data.
export { aggregateMonthlyStats, localDateOfRow, type DailyStatsRow, type MonthlyStats } from './aggregate.ts';
export {
  computeAgentKpi,
  tallyQaScores,
  type AgentKpiInputs,
  type AgentKpiResult,
  type KpiItemResult,
  type KpiOutcome,
  type QaScoreTally,
} from './compute.ts';
export { addCounts, checkCallCounts, COUNT_FIELDS, ZERO_COUNTS, type CallCounts } from './counts.ts';
export {
  DEFAULT_DISCIPLINE_WINDOW,
  disciplineFinesInMonth,
  disciplineStage,
  onlineStatus,
  type DisciplineFine,
  type DisciplineIncident,
  type DisciplineStage,
  type DisciplineWindow,
  type IncidentReview,
  type OnlineStatus,
  type ReturnConfirmation,
  type ReturnConfirmer,
} from './discipline.ts';
export { divRound, formatFen, mulDivRound, toHundredths } from './money.ts';
export {
  addMonths,
  DEFAULT_TIME_ZONE,
  isCalendarDate,
  isMonth,
  localDateOf,
  monthOf,
} from '../time/index.ts';
export {
  DEFAULT_KPI_POLICY,
  kpiPolicySchema,
  parseKpiPolicy,
  type KpiItemId,
  type KpiItemPolicy,
  type KpiPolicy,
  type KpiPolicyInput,
  type NoDataRule,
  type PolicyParseResult,
} from './policy.ts';
export {
  buildSettlement,
  LINE_KINDS,
  reportDueDate,
  totalsOf,
  verifyStatement,
  type ActualLoss,
  type AdjustingEntry,
  type IdeaReward,
  type ComplaintRecord,
  type ComplaintSeverity,
  type LateCallback,
  type ReportSubmission,
  type SettlementAgent,
  type SettlementInput,
  type SettlementLine,
  type SettlementLineKind,
  type SettlementStatement,
  type SettlementTotals,
} from './settlement.ts';
export {
  isStatementEditable,
  transitionStatement,
  type StatementAction,
  type StatementActor,
  type StatementAuditEvent,
  type StatementErrorCode,
  type StatementRole,
  type StatementState,
  type StatementTransition,
} from './statement-state.ts';
export {
  diffStatements,
  lineKey,
  missingKpiData,
  statementCanonicalText,
  type LineChange,
  type MissingKpiData,
  type StatementDiff,
} from './statement-diff.ts';
