// Which stored daily rows count (see schema/kpi.ts): imported sources are different channels and add up; the rows
// derived from conversations count only for an (agent, day) no imported source covers, so deriving after importing
// the ACD's export never counts a call twice.
import type { DailyStatsRow } from '../core/kpi/index.ts';

export interface SourcedDailyRow extends DailyStatsRow {
  source: string;
}

export function effectiveDailyRows(
  rows: readonly SourcedDailyRow[],
  derivedSource: string,
): SourcedDailyRow[] {
  const imported = new Set(
    rows.filter((r) => r.source !== derivedSource).map((r) => `${r.agentId}\u0000${r.date}`),
  );
  return rows.filter((r) => r.source !== derivedSource || !imported.has(`${r.agentId}\u0000${r.date}`));
}
