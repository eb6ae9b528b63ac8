// Storing daily call statistics (docs/product.md "KPI and monthly settlement"): an uploaded CSV/XLSX export, or facts derived from stored
// conversations' meta. Idempotent by (agent, day, source): see src/store/schema/kpi.ts. Audited as one entry per
// import, in the same transaction as the rows. Rows of a month whose statement is approved are refused whole
// (src/settlement/locks.ts): a file that touches a paid month changes nothing.
import { randomUUID } from 'node:crypto';
import type { FieldError } from '../core/conversation/schema.ts';
import { addCounts, ZERO_COUNTS, type CallCounts } from '../core/kpi/index.ts';
import { importCallStats, type SkippedRow } from '../stats/import-stats.ts';
import { assertMonthsOpen, type SettlementMonth } from './locks.ts';
import {
  appendAudit,
  deleteDerivedStats,
  deriveDailyStats,
  DERIVED_SOURCE,
  listAgentPlacements,
  listDailyStats,
  replaceDailyStats,
  type DailyStatsInput,
  type Store,
} from '../store/index.ts';

export interface StatsImportResult {
  importId: string;
  source: string;
  format: string;
  /** Data rows read without error. */
  rowsAccepted: number;
  /** (agent, day) rows written: rows of one agent and day in the file are summed first. */
  agentDays: number;
  months: string[];
  errors: FieldError[];
  skipped: SkippedRow[];
}

/** Sum rows of the same agent and day (one per skill group in many ACD exports). */
export function sumByAgentDay(rows: readonly DailyStatsInput[]): DailyStatsInput[] {
  const by = new Map<string, DailyStatsInput>();
  for (const r of rows) {
    const key = `${r.agentId}\u0000${r.date}`;
    const prev = by.get(key);
    const counts: CallCounts = addCounts(prev ?? ZERO_COUNTS, r);
    by.set(key, { agentId: r.agentId, date: r.date, ...counts });
  }
  return [...by.values()];
}

export async function importStatsFile(
  store: Store,
  o: {
    bytes: Uint8Array;
    source: string;
    timeZone: string;
    actorUserId: string;
    now: Date;
    fileName?: string;
  },
): Promise<StatsImportResult> {
  const parsed = await importCallStats(o.bytes, { timeZone: o.timeZone });
  const vendorOf = new Map(
    (await listAgentPlacements(store, { agentIds: [...new Set(parsed.rows.map((r) => r.agentId))] })).map(
      (a) => [a.agentId, a.vendorId],
    ),
  );
  const errors = [...parsed.errors];
  const good: DailyStatsInput[] = [];
  for (const { line, ...r } of parsed.rows) {
    if (vendorOf.has(r.agentId)) good.push(r);
    else
      errors.push({
        line,
        field: 'agent_id',
        message: `unknown agent ${r.agentId}: add the agent to the organisation first`,
      });
  }
  errors.sort((a, b) => a.line - b.line);
  const rows = sumByAgentDay(good);
  const importId = `csi-${randomUUID()}`;
  const months = [...new Set(rows.map((r) => r.date.slice(0, 7)))].sort();
  const touched: SettlementMonth[] = rows.map((r) => ({
    vendorId: vendorOf.get(r.agentId)!,
    month: r.date.slice(0, 7),
  }));
  await store.db.transaction(async (tx) => {
    await assertMonthsOpen({ db: tx }, touched);
    await replaceDailyStats({ db: tx }, rows, { source: o.source, importId, at: o.now });
    await appendAudit(
      { db: tx },
      {
        actorUserId: o.actorUserId,
        action: 'kpi.stats.import',
        entity: 'call_stats_import',
        entityId: importId,
        after: {
          source: o.source,
          file: o.fileName ?? null,
          format: parsed.format,
          rowsAccepted: good.length,
          agentDays: rows.length,
          months,
          errors: errors.length,
        },
      },
    );
  });
  return {
    importId,
    source: o.source,
    format: parsed.format,
    rowsAccepted: good.length,
    agentDays: rows.length,
    months,
    errors,
    skipped: parsed.skipped,
  };
}

/** Replace the month's `conversations` rows with facts derived from the stored conversations' meta. */
export async function deriveStatsFromConversations(
  store: Store,
  o: { month: string; timeZone: string; actorUserId: string; now: Date },
): Promise<{ importId: string; agentDays: number; agents: number }> {
  const rows = await deriveDailyStats(store, { month: o.month, timeZone: o.timeZone });
  const importId = `csd-${randomUUID()}`;
  // Deriving replaces the month's derived rows of every agent: the vendors of the new rows and of the old ones.
  const placements = await listAgentPlacements(store);
  const vendorOf = new Map(placements.map((a) => [a.agentId, a.vendorId]));
  const old = await listDailyStats(store, { agentIds: placements.map((a) => a.agentId), month: o.month });
  const vendors = new Set(
    [...rows, ...old.filter((r) => r.source === DERIVED_SOURCE)].flatMap(
      (r) => vendorOf.get(r.agentId) ?? [],
    ),
  );
  await store.db.transaction(async (tx) => {
    await assertMonthsOpen(
      { db: tx },
      [...vendors].map((vendorId) => ({ vendorId, month: o.month })),
    );
    await deleteDerivedStats({ db: tx }, { month: o.month });
    await replaceDailyStats({ db: tx }, rows, { source: DERIVED_SOURCE, importId, at: o.now });
    await appendAudit(
      { db: tx },
      {
        actorUserId: o.actorUserId,
        action: 'kpi.stats.derive',
        entity: 'call_stats_import',
        entityId: importId,
        after: { month: o.month, agentDays: rows.length },
      },
    );
  });
  return { importId, agentDays: rows.length, agents: new Set(rows.map((r) => r.agentId)).size };
}
