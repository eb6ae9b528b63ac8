// Store health for GET /api/health and /api/ready: a round trip to the database and its latency, and whether the
// shipped migrations are applied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_FOLDER } from './open-store.ts';
import type { Store, StoreKind } from './store.ts';

export type StoreHealth =
  | { ok: true; kind: StoreKind; latencyMs: number }
  | { ok: false; kind: StoreKind; latencyMs: number; error: string };

export async function storeHealth(store: Store): Promise<StoreHealth> {
  const t0 = performance.now();
  try {
    await store.sql('select 1');
    return { ok: true, kind: store.kind, latencyMs: round(performance.now() - t0) };
  } catch (e) {
    return {
      ok: false,
      kind: store.kind,
      latencyMs: round(performance.now() - t0),
      error: (e as Error).message,
    };
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

export interface MigrationStatus {
  ok: boolean;
  /** Migrations shipped with this program (drizzle/meta/_journal.json). */
  expected: number;
  /** Newest shipped migration recorded as applied in the database. */
  applied: boolean;
}

/**
 * Whether the database carries every migration this program ships: drizzle records each applied migration with
 * its journal time (`created_at`), so the newest journal entry must be there.
 */
export async function migrationStatus(store: Store): Promise<MigrationStatus> {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  const newest = Math.max(...journal.entries.map((e) => e.when));
  const { rows } = await store.sql<{ n: number }>(
    'select count(*)::int as n from drizzle.__drizzle_migrations where created_at >= $1',
    [newest],
  );
  const applied = (rows[0]?.n ?? 0) > 0;
  return { ok: applied, expected: journal.entries.length, applied };
}
