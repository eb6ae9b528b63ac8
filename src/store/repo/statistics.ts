// Planner statistics after bulk writes. PostgreSQL's autovacuum analyzes a table about a minute after a tenth of it
// changed; a bulk write (a re-score of a new pack version, a large ingest's scoring) followed at once by a read of
// the rows it wrote (an impact preview against that version's stored results) meets statistics that still count the
// new rows as a handful, and the planner then reads a whole table once per row (a preview of 20,000 calls right after
// they were scored: 24 s of one statement). Callers about to read many rows of a table refresh its statistics when
// they are that far behind; ANALYZE samples a fixed number of rows, well under a second at a million.
import type { Store } from '../store.ts';

/** Tables whose statistics are refreshed by callers (a fixed list: the name goes into the statement). */
export type AnalyzedTable = 'results' | 'conversations';

/**
 * ANALYZE `table` when more than `share` of its rows changed since its statistics were last gathered (or it was
 * never analyzed). Returns whether it did. Where the server keeps no change counts (the embedded database) it does
 * nothing.
 */
export async function analyzeIfStale(store: Store, table: AnalyzedTable, share = 0.2): Promise<boolean> {
  const { rows } = await store.sql<{ live: string | number; changed: string | number; analyzed: boolean }>(
    `select n_live_tup as live, n_mod_since_analyze as changed,
            (last_analyze is not null or last_autoanalyze is not null) as analyzed
       from pg_stat_user_tables where schemaname = current_schema() and relname = $1`,
    [table],
  );
  const r = rows[0];
  if (r === undefined || !statisticsStale(Number(r.live), Number(r.changed), r.analyzed, share)) return false;
  await store.sql(`analyze ${table}`);
  return true;
}

/** More than `share` of `live` rows changed since the last ANALYZE, or any change and never analyzed. */
export function statisticsStale(live: number, changed: number, analyzed: boolean, share: number): boolean {
  if (!(changed > 0)) return false;
  return !analyzed || changed > share * Math.max(live, 1);
}
