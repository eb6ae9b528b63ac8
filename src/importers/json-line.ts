// One JSONL line of conversation v1 (the format `zhijian check` and bulk ingest stream), in a module of its own:
// the scoring threads of `zhijian check` parse lines and nothing else, and must not load the encoding detection
// the whole-file importers need (./json.ts), since module loading is part of every thread's start-up.
import { parseConversation, type ParseResult } from '../core/conversation/schema.ts';
import { jsonSyntaxError } from './json-locate.ts';

/** Parse one JSONL line (1-based `lineNo`); for streaming large files line by line. */
export function parseJsonlLine(line: string, lineNo: number): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return {
      ok: false,
      errors: [{ line: lineNo, field: '', message: jsonSyntaxError(line, e, lineNo).message }],
    };
  }
  return parseConversation(value, lineNo, line);
}
