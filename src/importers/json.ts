// Conversation v1 as JSON (one object, an array, or `{ "conversations": [...] }`) and JSONL (one object per
// line, the format `zhijian check` and bulk ingest stream). Each record is validated with parseConversation;
// a bad record is reported with its line and field path and the others are kept.
import { parseConversation, type Conversation, type FieldError } from '../core/conversation/schema.ts';
import { decodeText, type ForcedEncoding } from './encoding.ts';
import { parsedJson } from './json-sniff.ts';
import { jsonSyntaxError, jsonValueLines, lineOfPath } from './json-locate.ts';
import { parseJsonlLine } from './json-line.ts';
import type { Imported } from './types.ts';

export { parseJsonlLine } from './json-line.ts';

export function importJsonl(bytes: Uint8Array, encoding?: ForcedEncoding): Imported {
  const { text } = decodeText(bytes, encoding);
  const conversations: Conversation[] = [];
  const errors: FieldError[] = [];
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lineNo++;
    const line = text.slice(start, end).trim();
    if (line !== '') {
      const r = parseJsonlLine(line, lineNo);
      if (r.ok) conversations.push(r.conversation);
      else errors.push(...r.errors);
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return { conversations, errors };
}

export function importJson(bytes: Uint8Array, encoding?: ForcedEncoding): Imported {
  // parsed once: format detection may already have parsed these bytes (json-sniff.ts)
  const parsed = parsedJson(bytes, encoding);
  const text = parsed.text;
  if (parsed.kind !== 'json') {
    const { line, message } = jsonSyntaxError(text, parsed.error);
    return { conversations: [], errors: [{ line, field: '', message }] };
  }
  const value = parsed.root;
  const wrapped =
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'conversations' in value
      ? value.conversations
      : undefined;
  const records = Array.isArray(wrapped) ? wrapped : Array.isArray(value) ? value : [value];
  const prefix = Array.isArray(wrapped) ? 'conversations.' : Array.isArray(value) ? '' : undefined;
  const conversations: Conversation[] = [];
  const errors: FieldError[] = [];
  let lines: Map<string, number> | undefined;
  records.forEach((record, index) => {
    const r = parseConversation(record, 0);
    if (r.ok) return void conversations.push(r.conversation);
    lines ??= jsonValueLines(text);
    const recordPath = prefix === undefined ? '' : `${prefix}${index}`;
    const recordLine = recordPath === '' ? 1 : lineOfPath(lines, recordPath, 1);
    for (const e of r.errors) {
      const full = [recordPath, e.field].filter((s) => s !== '').join('.');
      // `field` is the JSON path in the file (`3.turns.0.role`), the line that of the offending value
      errors.push({
        line: full === '' ? recordLine : lineOfPath(lines, full, recordLine),
        field: full,
        message: e.message,
      });
    }
  });
  return { conversations, errors };
}
