// Stored JSON columns read back through their schema. A jsonb column is written by one version of zhijian and read
// by every later one, so its value is parsed with zod on the way out instead of trusted by a type cast: a shape that
// a later version extended is upgraded by the schema's defaults, and a row that does not fit fails loudly, naming the
// column, instead of travelling on as a wrong object into money or scores.
//
// Columns written only by validated bulk paths and read in bulk (conversation bodies, result hits, raw ingest lines,
// audit before/after) stay plain jsonb: they are validated where they are written (the conversation v1 schema at
// ingest, the evaluator's own output), and parsing each of a million rows again on re-score would cost more than
// the whole evaluation.
import { customType } from 'drizzle-orm/pg-core';
import { z } from 'zod';

export class StoredJsonError extends Error {
  constructor(
    readonly column: string,
    readonly problems: string,
  ) {
    super(`stored ${column} does not match its schema: ${problems}`);
    this.name = 'StoredJsonError';
  }
}

/** Parse a value read from a jsonb column (drivers hand over text or an already parsed value). */
export function readStoredJson<T>(column: string, schema: z.ZodType<T>, value: unknown): T {
  const raw: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new StoredJsonError(column, z.prettifyError(parsed.error));
  return parsed.data;
}

/**
 * A jsonb column whose value is `schema`'s output: written as JSON, parsed with the schema when read.
 * `column` names it in errors (`table.column`).
 */
export function storedJson<T>(column: string, schema: z.ZodType<T>) {
  return customType<{ data: T; driverData: unknown }>({
    dataType: () => 'jsonb',
    toDriver: (value) => JSON.stringify(value),
    fromDriver: (value) => readStoredJson(column, schema, value),
  })(column.slice(column.indexOf('.') + 1));
}
