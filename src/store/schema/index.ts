// The whole database schema, one module per area; drizzle-kit reads this file to generate migrations.
export * from './organisation.ts';
export * from './users.ts';
export * from './conversations.ts';
export * from './rules.ts';
export * from './audit.ts';
export * from './ingest.ts';
export * from './rescore.ts';
export * from './review.ts';
export * from './kpi.ts';
export * from './settlement.ts';
export * from './notifications.ts';
export * from './import-profiles.ts';
export * from './calendar-seeds.ts';
