// openStore: picks the driver, takes the data-folder lock for PGlite, applies the committed migrations.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { packagePath } from '../paths.ts';
import { acquireDataDirLock } from './lock.ts';
import * as schema from './schema/index.ts';
import type { SqlRow, Store, StoreDb } from './store.ts';

export interface OpenStoreOptions {
  /** PostgreSQL URL; when set the embedded database is not used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database (DATA_DIR); ignored when databaseUrl is set. */
  dataDir: string;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Largest number of PostgreSQL connections of this process (default 10). */
  poolSize?: number;
  /**
   * A dumped embedded data folder (PGlite `dumpDataDir`) a NEW embedded database starts from instead of running
   * initdb; ignored when the folder already holds a database. initdb costs seconds per database, which the store
   * tests pay for every suite (src/store/testing/test-store.ts). Migrations still apply on top of it.
   */
  pgliteTemplate?: Blob | undefined;
}

export const MIGRATIONS_FOLDER = packagePath('drizzle');

/** The PGlite cluster lives in a subfolder so the data folder can also hold the lock and other files. */
export const PGLITE_SUBDIR = 'pgdata';

export async function openStore(opts: OpenStoreOptions): Promise<Store> {
  const store = opts.databaseUrl
    ? openPostgres(opts.databaseUrl, opts.poolSize ?? 10)
    : await openPglite(opts.dataDir, opts.pgliteTemplate);
  if (opts.migrate !== false) {
    try {
      await applyMigrations(store);
    } catch (e) {
      await store.close();
      throw e;
    }
  }
  return store;
}

async function openPglite(dataDir: string, template: Blob | undefined): Promise<Store> {
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireDataDirLock(dataDir);
  let client: PGlite;
  try {
    const pgdata = join(resolve(dataDir), PGLITE_SUBDIR);
    const loadDataDir = template && !existsSync(pgdata) ? template : undefined;
    // pg_trgm: the trigram index of text search (drizzle/0009_api_scale.sql); the extension must be loaded
    // at open for CREATE EXTENSION to find it.
    client = await PGlite.create(pgdata, {
      extensions: { pg_trgm },
      ...(loadDataDir ? { loadDataDir } : {}),
    });
  } catch (e) {
    lock.release();
    throw e;
  }
  const db: StoreDb = drizzlePglite(client, { schema });
  let closed = false;
  return {
    kind: 'pglite',
    db,
    driver: { kind: 'pglite', client, dataDir },
    async sql<T extends SqlRow>(text: string, params: readonly unknown[] = []) {
      const r = await client.query<T>(text, [...params]);
      return { rows: r.rows };
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await client.close();
      } finally {
        lock.release();
      }
    },
  };
}

function openPostgres(databaseUrl: string, max: number): Store {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max,
    application_name: 'zhijian',
    // JIT compiles any statement the planner costs above 100,000, which every aggregate over a month of a
    // million calls is: on the dashboard that was seconds of compiling for a query that runs in less (bench:api).
    options: '-c jit=off',
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db: StoreDb = drizzlePg(pool, { schema });
  let closed = false;
  return {
    kind: 'postgres',
    db,
    driver: { kind: 'postgres', pool, databaseUrl },
    async sql<T extends SqlRow>(text: string, params: readonly unknown[] = []) {
      const r = await pool.query<T>(text, [...params]);
      return { rows: r.rows };
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** Serialises migrations of processes starting together (serve + workers) against one PostgreSQL. */
const MIGRATION_LOCK_KEY = 7_261_535_021;

async function applyMigrations(store: Store): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  switch (store.driver.kind) {
    case 'pglite':
      await migratePglite(drizzlePglite(store.driver.client), config);
      return;
    case 'postgres': {
      const client = await store.driver.pool.connect();
      try {
        const db = drizzlePg(client);
        await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
        try {
          await migratePg(db, config);
        } finally {
          await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
        }
      } finally {
        client.release();
      }
      return;
    }
  }
}
