// One stored record → a conversation or its field errors (conversation v1, src/core/conversation/schema.ts).
import type { ParseResult } from '../core/conversation/schema.ts';
import { parseJsonlLine } from '../importers/index.ts';

/** Largest stored record read as one conversation (a day-long chat transcript is well under 1 MB). */
export const MAX_RECORD_CHARS = 8 * 1024 * 1024;

/**
 * Parse and validate a stored record. parseConversation refuses what the database cannot store (NUL, lone
 * surrogates, deep nesting) with the field; this also refuses an oversized record, so that one record is its own
 * error and never fails the chunk's transaction. Nothing here may throw: a throw would fail the whole chunk.
 */
export function parseRecord(raw: string, line: number): ParseResult {
  if (raw.length > MAX_RECORD_CHARS) {
    return {
      ok: false,
      errors: [{ line, field: '', message: `record longer than ${MAX_RECORD_CHARS} characters` }],
    };
  }
  try {
    return parseJsonlLine(raw, line);
  } catch (e) {
    return {
      ok: false,
      errors: [{ line, field: '', message: `unreadable record: ${(e as Error).message}` }],
    };
  }
}
