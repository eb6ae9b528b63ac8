// The store test harness: every *.store.test.ts runs its cases on both databases (house style §11). PGlite opens in
// a fresh temporary folder; PostgreSQL gets a fresh database per suite (CREATE DATABASE zhijian_test_<random>,
// dropped afterwards), so parallel runs never collide. When PostgreSQL is unreachable its cases are skipped with a
// visible message, except under CI=true, where they fail.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { openStore } from '../open-store.ts';
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

export async function openFreshStore(
  driver: TestDriver,
): Promise<{ store: Store; cleanup: () => Promise<void>; databaseUrl?: string }> {
  if (driver.kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'zhijian-store-'));
    const store = await openStore({ dataDir: dir });
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
  await adminQuery(driver.adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(driver.adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
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
