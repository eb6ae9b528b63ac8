// Coaching (seeds 001 and 004): tenure stages, stage analysis, the suggestion box and case candidates.
export * from './stage.ts';
export * from './stage-report.ts';
export * from './ideas.ts';
export * from './candidates.ts';
