// The store test harness: every *.store.test.ts runs its cases on both databases (house style §11). PGlite opens in
// a fresh temporary folder; PostgreSQL gets a fresh database per suite (CREATE DATABASE zhijian_test_<random>,
// dropped afterwards), so parallel runs never collide. When PostgreSQL is unreachable its cases are skipped with a
// visible message, except under CI=true, where they fail.
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { MIGRATIONS_FOLDER, openStore } from '../open-store.ts';
import type { Store, StoreKind } from '../store.ts';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

export type TestDriver =
  | { kind: 'pglite' }
  | { kind: 'postgres'; adminUrl: string; available: true }
  | { kind: 'postgres'; adminUrl: string; available: false; reason: string };

export function testDatabaseUrl(): string {
  return process.env.ZHIJIAN_TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
}

let detected: Promise<TestDriver[]> | undefined;

/** Both drivers, with PostgreSQL probed once per test file. */
export function testDrivers(): Promise<TestDriver[]> {
  detected ??= (async () => {
    const adminUrl = testDatabaseUrl();
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return [{ kind: 'pglite' }, { kind: 'postgres', adminUrl, available: true }];
    } catch (e) {
      const reason = `PostgreSQL at ${redact(adminUrl)} is unreachable (${(e as Error).message}); set ZHIJIAN_TEST_DATABASE_URL`;
      if (process.env.CI !== 'true') console.warn(`[store tests] skipping PostgreSQL cases: ${reason}`);
      return [{ kind: 'pglite' }, { kind: 'postgres', adminUrl, available: false, reason }];
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return detected;
}

export interface TestStoreHandle {
  readonly kind: StoreKind;
  /** The store of the current suite (valid inside tests and hooks). */
  store(): Store;
  /** Open another store on the same database (a second PostgreSQL process role); PostgreSQL only. */
  databaseUrl(): string;
}

/** Registers hooks that open a fresh store for the enclosing describe and remove it afterwards. */
export function useTestStore(driver: TestDriver): TestStoreHandle {
  let store: Store | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  let url = '';
  if (driver.kind === 'postgres' && !driver.available) {
    const reason = driver.reason;
    beforeEach((ctx) => {
      if (process.env.CI === 'true') throw new Error(`CI=true requires PostgreSQL: ${reason}`);
      ctx.skip(reason);
    });
  } else {
    beforeAll(async () => {
      const opened = await openFreshStore(driver);
      store = opened.store;
      cleanup = opened.cleanup;
      url = opened.databaseUrl ?? '';
    });
    afterAll(async () => {
      await cleanup?.();
    });
  }
  return {
    kind: driver.kind,
    store() {
      if (!store) throw new Error('test store is not open');
      return store;
    },
    databaseUrl() {
      if (!url) throw new Error('only PostgreSQL suites have a database URL');
      return url;
    },
  };
}

/** A key of the committed migrations (and of what else is given): a changed migration gets new templates. */
function migrationsKey(...extra: Buffer[]): string {
  const hash = createHash('sha256');
  for (const b of extra) hash.update(b);
  for (const file of readdirSync(MIGRATIONS_FOLDER, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!file.endsWith('.sql') && !file.endsWith('.json')) continue;
    hash.update(`\0${file}\0`).update(readFileSync(join(MIGRATIONS_FOLDER, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

let template: Promise<Blob> | undefined;

/**
 * A migrated, empty embedded database as a dump, made once and kept in the temporary folder under a key of the
 * migrations and the PGlite version: a fresh PGlite database costs seconds of initdb and migrations, loading the
 * dump about one, and every store suite opens at least one.
 */
export function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    // the package does not export its package.json: read it beside the resolved entry (…/pglite/dist/index.*)
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    const key = migrationsKey(readFileSync(join(dirname(dirname(entry)), 'package.json')));
    const file = join(tmpdir(), `zhijian-pglite-template-${key}.tar`);
    if (existsSync(file)) return new Blob([readFileSync(file)]);
    const dir = mkdtempSync(join(tmpdir(), 'zhijian-template-'));
    try {
      const store = await openStore({ dataDir: dir });
      let dump: Blob;
      try {
        if (store.driver.kind !== 'pglite') throw new Error('the template is an embedded database');
        dump = await store.driver.client.dumpDataDir('none');
      } finally {
        await store.close();
      }
      // written under a private name and renamed, so a suite starting meanwhile never reads half a file
      const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
      writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
      renameSync(partial, file);
      return dump;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  return template;
}

let pgTemplate: Promise<string> | undefined;

/**
 * The PostgreSQL counterpart: a migrated database `zhijian_test_tpl_<key>` that suites copy with CREATE DATABASE …
 * TEMPLATE (a file copy) instead of migrating a new one. It is made under a temporary name and renamed when
 * complete, under an advisory lock, so parallel runs neither race nor copy half a template.
 */
function postgresTemplate(adminUrl: string): Promise<string> {
  pgTemplate ??= (async () => {
    const name = `zhijian_test_tpl_${migrationsKey()}`;
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
      const found = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (found.rowCount) return name;
      const building = `${name}_${randomBytes(3).toString('hex')}`;
      await client.query(`CREATE DATABASE ${building}`);
      await (
        await openStore({ dataDir: '', databaseUrl: databaseUrlOf(adminUrl, building), poolSize: 1 })
      ).close();
      await client.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
      return name;
    } finally {
      await client.query('select pg_advisory_unlock_all()').catch(() => {});
      await client.end();
    }
  })();
  return pgTemplate;
}

/** The URL of database `name` on the server of `adminUrl`. */
function databaseUrlOf(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Distinct from the product's migration lock (src/store/open-store.ts). */
const TEMPLATE_LOCK_KEY = 7_261_535_022;

export async function openFreshStore(
  driver: TestDriver,
): Promise<{ store: Store; cleanup: () => Promise<void>; databaseUrl?: string }> {
  if (driver.kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'zhijian-store-'));
    const store = await openStore({ dataDir: dir, pgliteTemplate: await pgliteTemplate() });
    return {
      store,
      cleanup: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!driver.available) throw new Error(driver.reason);
  const name = `zhijian_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(
    driver.adminUrl,
    `CREATE DATABASE ${name} TEMPLATE ${await postgresTemplate(driver.adminUrl)}`,
  );
  const databaseUrl = databaseUrlOf(driver.adminUrl, name);
  const store = await openStore({ dataDir: '', databaseUrl, poolSize: 5 });
  return {
    store,
    databaseUrl,
    cleanup: async () => {
      await store.close();
      await adminQuery(driver.adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  return url.replace(/:\/\/([^:@/]+):[^@/]*@/, '://$1:***@');
}
