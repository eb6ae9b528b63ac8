// Public entry of the scorecard (seed 002 质检标准), for the rule engine, the server and the review screens.
export { machineScore, scoreConversation } from './score.ts';
export { CATEGORY_IDS, categoryIdSchema, scorecardItemSchema, scorecardSchema } from './types.ts';
export type {
  CategoryId,
  CategoryScores,
  ItemScore,
  ItemStatus,
  MachineTally,
  ManualJudgement,
  ScoreBreakdown,
  Scorecard,
  ScorecardItem,
  ScorePart,
} from './types.ts';
