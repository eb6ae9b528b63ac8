// One stored record → a conversation or its field errors (conversation v1, src/core/conversation/schema.ts).
import type { ParseResult } from '../core/conversation/schema.ts';
import { parseJsonlLine } from '../importers/index.ts';

/**
 * Parse and validate a stored record. Beyond the schema, a NUL character (U+0000) is refused here: PostgreSQL
 * cannot store it in text or jsonb, and failing inside the chunk's transaction would hold back the whole chunk.
 */
export function parseRecord(raw: string, line: number): ParseResult {
  const r = parseJsonlLine(raw, line);
  if (!r.ok) return r;
  if (raw.includes('\\u0000') && JSON.stringify(r.conversation).includes('\\u0000')) {
    return {
      ok: false,
      errors: [{ line, field: '', message: 'contains a NUL character (\\u0000), which cannot be stored' }],
    };
  }
  return r;
}
