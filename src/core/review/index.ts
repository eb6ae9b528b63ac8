// Public entry of review, appeal, sampling, calibration and precision: pure rules, no I/O, no clock.
export * from './types.ts';
export { reviewScore, unjudgedScoringHits, checkDeduction } from './recompute.ts';
export type { ReviewScoreInput } from './recompute.ts';
export {
  samplingRuleSchema,
  planScopeSchema,
  selectForReview,
  assignEvenly,
  inPlanScope,
  randomQuota,
  runSeed,
} from './sampling.ts';
export type { SamplingRule, PlanScope, Candidate, Selection, InspectorLoad } from './sampling.ts';
export {
  DEFAULT_APPEAL_WORKING_DAYS,
  WEEKENDS_ONLY,
  PERIOD_KINDS,
  isWorkingDay,
  workingDaysDeadline,
  periodOf,
  previousPeriod,
  parseDays,
  localDay,
} from '../time/index.ts';
export type { WorkCalendar, PeriodKind } from '../time/index.ts';
export { APPEAL_STATUSES, checkAppeal, checkDecision } from './appeal.ts';
export type { AppealStatus, AppealOutcome, AppealableReview } from './appeal.ts';
export { rulePrecision } from './precision.ts';
export type { RulePrecision } from './precision.ts';
export { cohenKappa, fleissKappa, countMatrix } from './kappa.ts';
export type { KappaResult } from './kappa.ts';
export { calibrationReport } from './calibration.ts';
export type {
  CalibrationRating,
  CalibrationInput,
  CalibrationReport,
  ItemAgreement,
  InspectorAgreement,
} from './calibration.ts';
