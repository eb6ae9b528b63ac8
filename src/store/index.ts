// The store's public surface: open it, probe it, and the repositories. Other layers import from here.
export { openStore, MIGRATIONS_FOLDER, PGLITE_SUBDIR } from './open-store.ts';
export type { OpenStoreOptions } from './open-store.ts';
export type { Store, StoreDb, StoreDriver, StoreKind, StoreSchema, SqlRow } from './store.ts';
export { DataDirLockedError, LOCK_FILE } from './lock.ts';
export { storeHealth } from './health.ts';
export type { StoreHealth } from './health.ts';
export * as schema from './schema/index.ts';
export * from './repo/organisation.ts';
export * from './repo/users.ts';
export * from './repo/conversations.ts';
export * from './repo/results.ts';
export * from './repo/stats.ts';
export * from './repo/audit.ts';
export * from './repo/overview.ts';
