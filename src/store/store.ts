// The store: one drizzle API over two drivers (docs/deploy.md): embedded PGlite in a data folder
// by default, PostgreSQL through a pg Pool when DATABASE_URL is set. Repositories take a Store and work on both.
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Pool } from 'pg';
import type * as schema from './schema/index.ts';

export type StoreSchema = typeof schema;
/** The drizzle database both drivers satisfy; write repositories against this type only. */
export type StoreDb = PgDatabase<PgQueryResultHKT, StoreSchema>;

/** What a repository or command runs on: the store itself or an open transaction (`{ db: tx }`). */
export type DbHandle = { db: StoreDb };

export type StoreDriver =
  { kind: 'pglite'; client: PGlite; dataDir: string } | { kind: 'postgres'; pool: Pool; databaseUrl: string };

export type StoreKind = StoreDriver['kind'];

export type SqlRow = Record<string, unknown>;

export interface Store {
  readonly kind: StoreKind;
  readonly db: StoreDb;
  /** The underlying client, for the job queue and health probes; repositories use `db` or `sql`. */
  readonly driver: StoreDriver;
  /**
   * One parameterised statement ($1, $2 …). Values come back as each driver parses them: cast counts and sums
   * to int or float8 in SQL (`count(*)::int`) so both drivers return numbers.
   */
  sql<T extends SqlRow = SqlRow>(text: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
  close(): Promise<void>;
}
