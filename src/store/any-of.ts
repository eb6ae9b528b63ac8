// `column = any($1)` with the whole list as ONE array parameter. drizzle's inArray writes one placeholder per value
// and builds each of them through its query builder: for the 1,000 ids of a re-score chunk that cost more CPU than
// reading the rows (bench:rescore's worker profile), and PostgreSQL parses 1,000 parameters per statement.
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** The column equals one of `values` (text ids); false for an empty list. */
export function anyOf(column: AnyPgColumn, values: readonly string[]): SQL {
  return sql`${column} = any(${sql.param([...values])}::text[])`;
}
