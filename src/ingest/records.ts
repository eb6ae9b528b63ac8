// Splitting an ingest request into records (docs/product.md "Conversation v1"): a JSONL body keeps one record per non-blank line
// (line numbers are the body's), a JSON body one per array element (line = element number, 1-based), and an
// uploaded file goes through the importers (src/importers), whose row errors are reported at once. Records are
// kept as text: the chunk jobs parse and validate them, so an upload is stored whole before anything can fail.
import { findUnstorable } from '../core/text/storable.ts';
import { decodeText } from '../importers/encoding.ts';
import { detectFormat, importBuffer, type ImportOptions } from '../importers/index.ts';
import type { IngestItem, NewIngestError, NewIngestRecord } from '../store/index.ts';

export interface SplitInput {
  records: NewIngestRecord[];
  /** Problems found while splitting (file-level or importer row errors). */
  errors: NewIngestError[];
  /** Records rejected while splitting: they appear in `errors` and are never stored as records. */
  rejected: number;
}

/** One record per non-blank line; the line's text is kept verbatim. */
export function splitJsonl(text: string, file?: string): SplitInput {
  const records: NewIngestRecord[] = [];
  const errors: NewIngestError[] = [];
  let lineNo = 0;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lineNo++;
    const item = jsonlLine(lineNo, text.slice(start, end), file);
    if (item !== undefined) {
      if ('record' in item) records.push(item.record);
      else errors.push(item.error);
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return { records, errors, rejected: errors.length };
}

/**
 * What one JSONL line is: a record (its text trimmed, otherwise verbatim), a rejected line, or nothing (blank).
 * Shared by the whole-text split above and the streamed reader (src/ingest/jsonl-stream.ts), so both number and
 * judge lines alike. A rejected line counts as one rejected record.
 */
export function jsonlLine(
  lineNo: number,
  text: string,
  file?: string,
): { record: NewIngestRecord } | { error: NewIngestError } | undefined {
  const line = text.trim();
  // A raw NUL byte cannot even be kept as the record's text (PostgreSQL refuses it): report the line now.
  if (line.includes('\0'))
    return {
      error: {
        line: lineNo,
        field: '',
        message: 'contains a NUL byte, which cannot be stored',
        file: file ?? null,
      },
    };
  if (line === '') return undefined;
  return { record: { line: lineNo, raw: line, ...(file === undefined ? {} : { file }) } };
}

/** A parsed JSON body: an array of conversations, `{ "conversations": [...] }`, or one conversation. */
export function splitJsonValue(value: unknown): SplitInput {
  const wrapped =
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'conversations' in value
      ? value.conversations
      : undefined;
  const list = Array.isArray(wrapped) ? wrapped : Array.isArray(value) ? value : [value];
  const records: NewIngestRecord[] = [];
  const errors: NewIngestError[] = [];
  list.forEach((v, i) => {
    const bad = findUnstorable(v);
    // Checked before JSON.stringify, which overflows the stack on a value nested thousands deep.
    if (bad && bad.message.startsWith('nested')) {
      errors.push({ line: i + 1, field: bad.field, message: bad.message });
    } else {
      records.push({ line: i + 1, raw: JSON.stringify(v) ?? 'null' });
    }
  });
  return { records, errors, rejected: errors.length };
}

/**
 * An uploaded file in any importer format. JSONL files keep their line numbers (parsed by the chunk jobs like a
 * JSONL body); other formats are read by the importers now, their valid conversations stored as records and
 * their bad rows reported with the file's line and column.
 */
export async function splitFile(
  bytes: Uint8Array,
  file: string,
  options: ImportOptions,
): Promise<SplitInput> {
  const format = options.format ?? detectFormat(file, bytes, options.encoding);
  if (format === 'jsonl') return splitJsonl(decodeText(bytes, options.encoding).text, file);
  const imported = await importBuffer(bytes, file, { ...options, format });
  const errors: NewIngestError[] = [
    ...imported.errors.map((e) => ({ ...e, file })),
    // imported but suspicious (e.g. swapped recording channels): shown with the batch, nothing rejected
    ...imported.warnings.map((w) => ({ ...w, file, severity: 'warning' as const })),
  ];
  return {
    records: imported.conversations.map((c) => ({ line: 0, file, raw: JSON.stringify(c) })),
    errors,
    // Every distinct reported line is one rejected row (a row may carry several errors); 0 = the whole file.
    rejected: new Set(imported.errors.map((e) => e.line)).size,
  };
}

export function mergeSplits(parts: readonly SplitInput[]): SplitInput {
  return {
    records: parts.flatMap((p) => p.records),
    errors: parts.flatMap((p) => p.errors),
    rejected: parts.reduce((s, p) => s + p.rejected, 0),
  };
}

/** A split read whole as the stream of items a batch is stored from: its records, its errors, its rejected count. */
export function* itemsOf(split: SplitInput): Generator<IngestItem> {
  for (const record of split.records) yield { record };
  for (const error of split.errors) yield { error };
  yield { rejected: split.rejected };
}
