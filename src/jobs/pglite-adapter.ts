// pg-boss on PGlite. PGlite is one connection: parameterised statements go through `query` (extended protocol);
// pg-boss's parameterless SQL may hold several statements, some wrapped in their own BEGIN … COMMIT with an advisory
// lock, so it goes through `exec` (simple protocol) inside `transaction()`. That keeps PGlite's transaction mutex
// for the whole script, so no other query interleaves, and a failing script is rolled back before the next query
// instead of leaving the single connection in an aborted transaction.
import type { PGlite } from '@electric-sql/pglite';

export interface BossDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export function pgliteBossDb(client: PGlite): BossDb {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) {
        const r = await client.query(text, values);
        return { rows: r.rows };
      }
      const results = await client.transaction(async (tx) => tx.exec(text));
      // Like pg for a single statement: the rows of the (last) statement.
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}
