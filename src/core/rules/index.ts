// Public API of the rule engine for the CLI, the server and the jobs. Pure: reading pack files is the caller's job
// (see src/cli/pack-loader.ts → loadPack).
export { compilePack, compileValidPack, validatePack } from './compile.ts';
export { evaluate } from './evaluate.ts';
export { checkLive, liveHitKey, livePack, ruleDecidesMidCall } from './live.ts';
export type { LiveCheck } from './live.ts';
export { PackError, formatIssue } from './pack-error.ts';
export type { PackIssue } from './pack-error.ts';
export { packSchema } from './schema.ts';
export { OPERATORS, getOperator } from './operators/index.ts';
export type { Operator, OperatorMeta } from './operators/index.ts';
export type { CheckResult, Hit, Signals } from './result.ts';
export { HIT_MESSAGES, formatHitMessage, hitMessage } from './hit-messages.ts';
export type { HitMessageId } from './hit-messages.ts';
export { predictSatisfaction } from './satisfaction.ts';
export type { CompiledPack, CompiledRule } from './types.ts';
export type { PackInput } from './schema.ts';
export { compareGolden, expectationOf, expectedSchema } from './golden.ts';
export type { Expected } from './golden.ts';
export { diffResults, impactReport } from './impact.ts';
export type { ConversationDelta, ImpactReport, RuleImpact, ScoredHits } from './impact.ts';
export { packJsonSchema, PACK_SCHEMA_ID } from './json-schema.ts';
export { packRevision, revisionLabel, PACK_VERSION_PATTERN } from './version.ts';
