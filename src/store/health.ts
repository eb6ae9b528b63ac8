// Store health for GET /api/health: a round trip to the database and its latency.
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
